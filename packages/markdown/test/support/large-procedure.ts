/**
 * A valid procedure of about `bytes` characters: many legal-basis lines, definitions, extra
 * sections of paragraphs and lists, and a steps table of `steps` rows with branches.
 */
export function largeProcedure(bytes: number, steps: number): string {
  const rows = Array.from({ length: steps }, (_, index) => {
    const id = index + 1;
    const next = id < steps ? `Đủ → B${id + 1}; Chưa đủ → B1` : "→ Kết thúc";
    return `| B${id} | Kiểm tra hồ sơ bước ${id}? | Công chức TTPVHCC | 30 phút | BM01; BM02 | ${next} | Ghi chú ${id} |`;
  });
  const head = [
    "---",
    "code: QT-HT-99",
    "title: Quy trình rất dài",
    "effectiveDate: 2026-03-02",
    "---",
    "",
    "# Quy trình rất dài",
    "",
    "## 1. Mục đích",
    "",
  ];
  const tail = [
    "",
    "## 5. Nội dung quy trình",
    "",
    "### 5.1. Quy trình xử lý công việc",
    "",
    "| Bước | Nội dung công việc | Trách nhiệm | Thời gian | Biểu mẫu/Kết quả | Chuyển tiếp | Diễn giải |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ];
  const fixed = [...head, ...tail].join("\n").length;
  const paragraph =
    "Quy định trình tự, cách thức giải quyết thủ tục hành chính thuộc thẩm quyền của UBND xã, bảo đảm đúng pháp luật, đúng thời hạn và công khai, minh bạch.";
  const item =
    "- Công chức Trung tâm Phục vụ hành chính công xã tiếp nhận, kiểm tra và trả kết quả.";
  const body: string[] = [];
  let size = fixed;
  for (let index = 0; size < bytes; index += 1) {
    const block = index % 2 === 0 ? `${paragraph}\n` : `${item}\n${item}\n`;
    body.push(block);
    size += block.length + 1;
  }
  return [...head, ...body, ...tail].join("\n");
}
