import type { Language } from "../model/document-control.js";
import type { SectionKey } from "../model/sections.js";

/** The usual heading of each known section, in Vietnamese and English, for messages. */
export const sectionLabels: Record<SectionKey, Record<Language, string>> = {
  purpose: { vi: "Mục đích", en: "Purpose" },
  scope: { vi: "Phạm vi áp dụng", en: "Scope" },
  references: { vi: "Tài liệu viện dẫn", en: "References" },
  definitions: { vi: "Định nghĩa / Viết tắt", en: "Definitions / Abbreviations" },
  responsibilities: { vi: "Trách nhiệm", en: "Responsibilities" },
  content: { vi: "Nội dung quy trình", en: "Procedure content" },
  legalBasis: { vi: "Cơ sở pháp lý", en: "Legal basis" },
  conditions: { vi: "Điều kiện thực hiện", en: "Conditions" },
  dossier: { vi: "Thành phần hồ sơ", en: "Dossier" },
  sets: { vi: "Số lượng hồ sơ", en: "Number of sets" },
  processingTime: { vi: "Thời gian xử lý", en: "Processing time" },
  receiptPlace: { vi: "Nơi tiếp nhận và trả kết quả", en: "Place of receipt and return" },
  fee: { vi: "Lệ phí", en: "Fee" },
  flowchart: { vi: "Lưu đồ", en: "Flowchart" },
  steps: { vi: "Quy trình xử lý công việc", en: "Steps" },
  forms: { vi: "Biểu mẫu", en: "Forms" },
  records: { vi: "Hồ sơ cần lưu", en: "Records" },
};
