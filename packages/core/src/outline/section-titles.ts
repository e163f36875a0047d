import type { Language } from "../model/document-control.js";
import type { SectionKey } from "../model/sections.js";

/** The heading each known section carries in the canonical format and in published documents. */
export const SECTION_TITLES: Readonly<Record<Language, Readonly<Record<SectionKey, string>>>> = {
  vi: {
    purpose: "Mục đích",
    scope: "Phạm vi áp dụng",
    references: "Tài liệu viện dẫn",
    definitions: "Định nghĩa / Viết tắt",
    responsibilities: "Trách nhiệm",
    content: "Nội dung quy trình",
    legalBasis: "Cơ sở pháp lý",
    conditions: "Điều kiện thực hiện",
    dossier: "Thành phần hồ sơ",
    sets: "Số lượng hồ sơ",
    processingTime: "Thời gian xử lý",
    receiptPlace: "Nơi tiếp nhận và trả kết quả",
    fee: "Lệ phí",
    flowchart: "Lưu đồ",
    steps: "Quy trình xử lý công việc",
    forms: "Biểu mẫu",
    records: "Hồ sơ cần lưu",
  },
  en: {
    purpose: "Purpose",
    scope: "Scope",
    references: "References",
    definitions: "Definitions",
    responsibilities: "Responsibilities",
    content: "Procedure",
    legalBasis: "Legal basis",
    conditions: "Conditions",
    dossier: "Dossier",
    sets: "Number of sets",
    processingTime: "Processing time",
    receiptPlace: "Place of receipt and return",
    fee: "Fee",
    flowchart: "Flowchart",
    steps: "Steps",
    forms: "Forms",
    records: "Records",
  },
};
