import { SECTION_TITLES, type SectionKey } from "@quytrinh/core";
import { foldLabel, synonymIndex } from "./fold-label.js";

/**
 * Headings recognised for each known section, Vietnamese then English. Matching ignores case,
 * diacritics, punctuation and numbering, so "IV - ĐỊNH NGHĨA/VIẾT TẮT" is `definitions`.
 */
export const SECTION_SYNONYMS: Readonly<Record<SectionKey, readonly string[]>> = {
  purpose: ["Mục đích", "Mục đích yêu cầu", "Purpose"],
  scope: ["Phạm vi áp dụng", "Phạm vi", "Đối tượng áp dụng", "Scope"],
  references: ["Tài liệu viện dẫn", "Tài liệu tham chiếu", "Tài liệu liên quan", "References"],
  definitions: [
    "Định nghĩa / Viết tắt",
    "Định nghĩa",
    "Viết tắt",
    "Chữ viết tắt",
    "Định nghĩa và viết tắt",
    "Định nghĩa và chữ viết tắt",
    "Thuật ngữ và chữ viết tắt",
    "Thuật ngữ, định nghĩa và chữ viết tắt",
    "Giải thích từ ngữ",
    "Definitions",
    "Abbreviations",
    "Definitions and abbreviations",
    "Terms and abbreviations",
  ],
  responsibilities: ["Trách nhiệm", "Trách nhiệm thực hiện", "Responsibilities"],
  content: ["Nội dung quy trình", "Trình tự thực hiện", "Nội dung", "Procedure", "Content"],
  legalBasis: ["Cơ sở pháp lý", "Căn cứ pháp lý", "Legal basis"],
  conditions: [
    "Điều kiện thực hiện",
    "Điều kiện",
    "Điều kiện thực hiện TTHC",
    "Điều kiện thực hiện thủ tục hành chính",
    "Conditions",
  ],
  dossier: ["Thành phần hồ sơ", "Thành phần, số lượng hồ sơ", "Dossier", "Required documents"],
  sets: ["Số lượng hồ sơ", "Số bộ hồ sơ", "Number of sets"],
  processingTime: [
    "Thời gian xử lý",
    "Thời hạn giải quyết",
    "Thời gian giải quyết",
    "Thời hạn xử lý",
    "Processing time",
    "Time limit",
  ],
  receiptPlace: [
    "Nơi tiếp nhận và trả kết quả",
    "Nơi tiếp nhận hồ sơ và trả kết quả",
    "Địa điểm tiếp nhận và trả kết quả",
    "Nơi tiếp nhận",
    "Place of receipt and return",
  ],
  fee: ["Lệ phí", "Phí", "Phí, lệ phí", "Phí và lệ phí", "Fee", "Fees"],
  flowchart: ["Lưu đồ", "Lưu đồ quy trình", "Sơ đồ quy trình", "Flowchart"],
  steps: [
    "Quy trình xử lý công việc",
    "Các bước",
    "Các bước thực hiện",
    "Quy trình",
    "Quy trình thực hiện",
    "Quy trình xử lý",
    "Trình tự xử lý công việc",
    "Steps",
    "Process steps",
  ],
  forms: ["Biểu mẫu", "Danh mục biểu mẫu", "Forms"],
  records: ["Hồ sơ cần lưu", "Hồ sơ lưu", "Lưu hồ sơ", "Records"],
};

const INDEX = synonymIndex(SECTION_SYNONYMS);
const ENGLISH = new Set(Object.values(SECTION_TITLES.en).map(foldLabel));

/** The section a heading title (without numbering) names, if any. */
export function sectionKeyOf(title: string): SectionKey | undefined {
  return INDEX.get(foldLabel(title));
}

/** Whether a heading title is one of the English section names. */
export function isEnglishTitle(title: string): boolean {
  return ENGLISH.has(foldLabel(title));
}

/** Every folded section synonym, for suggesting the nearest one to a misspelled heading. */
export function foldedSectionLabels(): Iterable<string> {
  return INDEX.keys();
}

/** The key of a folded synonym. */
export function sectionKeyOfFolded(folded: string): SectionKey | undefined {
  return INDEX.get(folded);
}
