/** Where a citation's summary (trích yếu) begins after the issuer: "của Chính phủ | quy định chi tiết ...". */
const TITLE_START =
  /(?<![\p{L}\p{N}])(?:về|Về|V\/v|v\/v|quy định|Quy định|hướng dẫn|Hướng dẫn|sửa đổi|Sửa đổi|bổ sung|ban hành|Ban hành|công bố|phê duyệt|cắt giảm|đơn giản hóa|đơn giản hoá|thành lập|thực hiện|triển khai|bãi bỏ|thi hành|tăng cường|kiện toàn|phân cấp|phân định|ủy quyền|uỷ quyền|áp dụng|chấn chỉnh|đẩy mạnh|tiếp tục|điều chỉnh|hợp nhất|công nhận)(?![\p{L}\p{N}])/u;

/** Whether `text` contains a word that starts a summary, so it cannot be part of a name or issuer. */
export function hasTitleStart(text: string): boolean {
  return TITLE_START.test(text);
}

/** Splits "Chính phủ quy định chi tiết ..." into the issuer and the summary that follows it. */
export function splitIssuerAndTitle(text: string): { issuer: string; title?: string } {
  const start = TITLE_START.exec(text);
  if (!start || start.index === 0) return { issuer: text.replace(/[\s,]+$/u, "") };
  return {
    issuer: text.slice(0, start.index).replace(/[\s,]+$/u, ""),
    title: text.slice(start.index).trim(),
  };
}
