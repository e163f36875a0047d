import type { ErrorsMessages } from "./errors-messages.js";

/** Vietnamese, the default. */
export const vi: ErrorsMessages = {
  title: (procedure) => `Bài tập: tìm điểm chưa phù hợp – ${procedure}`,
  instructions: (procedure, count) => [
    `Quy trình «${procedure}» dưới đây có ${count} điểm chưa phù hợp: sai người thực hiện, sai thời gian, thiếu nhánh, căn cứ pháp lý hết hiệu lực, biểu mẫu, thứ tự bước hoặc hồ sơ lưu.`,
    "Tìm từng điểm, ghi rõ vị trí (bước hoặc mục) và cách sửa vào bảng trả lời.",
    "Sửa trực tiếp trên máy tính: mở tệp .drawio (hoặc .md) kèm theo, sửa lưu đồ rồi nộp lại 01 lưu đồ đã chỉnh sửa.",
  ],
  step: (stepId) => `Bước ${stepId}`,
  section: (heading) => `Mục ${heading}`,
  legalItem: (heading, number) => `Mục ${heading}, văn bản thứ ${number}`,
  recordItem: (heading, name) => `Mục ${heading}, hồ sơ «${name}»`,
  stepTime: (stepId, heading) => `Bước ${stepId} (cột Thời gian), đối chiếu Mục ${heading}`,
  actorUndefined: (stepId, actor) =>
    `Bước ${stepId} giao cho «${actor}», không có trong mục Trách nhiệm (không còn cấp huyện từ 01/7/2025)`,
  actorUndefinedFix: (actor) => `Ghi lại người thực hiện: «${actor}»`,
  actorMissing: (stepId) => `Bước ${stepId} không ghi người hoặc bộ phận thực hiện`,
  actorMissingFix: (actors) => `Ghi người thực hiện: «${actors}»`,
  timeOverLimit: (stepId, duration, limit) =>
    `Thời gian bước ${stepId} (${duration}) làm tổng thời gian giải quyết vượt thời hạn «${limit}»`,
  timeOverLimitFix: (stepId, duration) => `Sửa thời gian bước ${stepId} về «${duration}»`,
  branchMissing: (stepId, kept) => `Bước quyết định ${stepId} chỉ có một nhánh («${kept}»)`,
  branchMissingFix: (missing) => `Bổ sung nhánh «${missing}»`,
  outOfOrder: (early, earlyAction, late, lateAction) =>
    `Sai thứ tự: bước ${early} «${earlyAction}» đứng trước bước ${late} «${lateAction}»`,
  outOfOrderFix: (early, earlyAction, late, lateAction) =>
    `Đổi lại thứ tự: bước ${early} là «${earlyAction}», bước ${late} là «${lateAction}»`,
  formUndefined: (stepId, code) =>
    `Bước ${stepId} dùng biểu mẫu ${code} nhưng mục Biểu mẫu không có mẫu này`,
  formUndefinedFix: (stepId, code) =>
    `Bỏ ${code} khỏi bước ${stepId}, hoặc bổ sung ${code} vào mục Biểu mẫu nếu bước này thực sự dùng mẫu đó`,
  legalSuperseded: (number, by) => `Căn cứ pháp lý ${number} đã được thay thế bởi ${by}`,
  legalSupersededFix: (citation) => `Thay bằng: «${citation}»`,
  legalSupersededAddedFix: (number, by) =>
    `Bỏ văn bản ${number}; văn bản đang có hiệu lực là ${by}`,
  recordNoKeeper: (name) => `Hồ sơ «${name}» không ghi trách nhiệm lưu`,
  recordNoKeeperFix: (keeper) => `Ghi trách nhiệm lưu: «${keeper}»`,
  recordNoRetention: (name) => `Hồ sơ «${name}» không ghi thời gian lưu`,
  recordNoRetentionFix: (retention) => `Ghi thời gian lưu: «${retention}»`,
  tooManyDefects: (asked, available) =>
    `Yêu cầu ${asked} điểm chưa phù hợp nhưng quy trình này chỉ đủ chỗ cho ${available} điểm thuộc các loại khác nhau`,
  tooManyDefectsFix: (available) => `Chọn số lượng từ 1 đến ${available}`,
};
