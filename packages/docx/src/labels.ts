import type { Language } from "@quytrinh/core";

/** The fixed words of the document, in one language. */
export interface Labels {
  procedure: string;
  code: string;
  issue: string;
  effectiveDate: string;
  page: string;
  prepared: string;
  reviewed: string;
  approved: string;
  position: string;
  signature: string;
  name: string;
  date: string;
  revisionTitle: string;
  revisionDate: string;
  revisionSection: string;
  revisionDescription: string;
  revisionIssue: string;
  firstIssue: string;
  /** "(Kèm theo Quyết định số … ngày … của …)" with the decision, or with dots to fill in by hand. */
  attachedTo: (decision: string | undefined) => string;
  distributionTitle: string;
  recipient: string;
  copies: string;
  medium: string;
  none: string;
  number: string;
  dossierItem: string;
  original: string;
  copy: string;
  note: string;
  dossierNotes: string;
  term: string;
  meaning: string;
  actor: string;
  duty: string;
  step: string;
  action: string;
  responsible: string;
  time: string;
  outputs: string;
  explanation: string;
  next: string;
  end: string;
  start: string;
  totalTime: string;
  legalLimit: string;
  notCounted: string;
  formCode: string;
  formName: string;
  formSource: string;
  recordName: string;
  recordKeeper: string;
  recordRetention: string;
  flowchartPart: (part: number, parts: number) => string;
  flowchartAlt: string;
  offPageLegend: string;
}

const vi: Labels = {
  procedure: "QUY TRÌNH",
  code: "Mã số",
  issue: "Lần ban hành",
  effectiveDate: "Ngày hiệu lực",
  page: "Trang",
  prepared: "Soạn thảo",
  reviewed: "Xem xét",
  approved: "Phê duyệt",
  position: "Chức vụ",
  signature: "Chữ ký",
  name: "Họ và tên",
  date: "Ngày",
  revisionTitle: "THEO DÕI TÌNH TRẠNG SỬA ĐỔI",
  revisionDate: "Ngày",
  revisionSection: "Trang/Phần",
  revisionDescription: "Mô tả nội dung sửa đổi",
  revisionIssue: "Lần ban hành",
  firstIssue: "Ban hành lần đầu",
  attachedTo: (decision) =>
    `(Kèm theo ${decision ?? "Quyết định số ……/QĐ-…… ngày …/…/…… của ……………………"})`,
  distributionTitle: "PHÂN PHỐI TÀI LIỆU",
  recipient: "Nơi nhận",
  copies: "Số bản",
  medium: "Hình thức",
  none: "Không có.",
  number: "TT",
  dossierItem: "Tên thành phần hồ sơ",
  original: "Bản chính",
  copy: "Bản sao",
  note: "Ghi chú",
  dossierNotes: "Lưu ý",
  term: "Thuật ngữ",
  meaning: "Giải thích",
  actor: "Đơn vị, cá nhân",
  duty: "Trách nhiệm",
  step: "Bước",
  action: "Nội dung công việc",
  responsible: "Trách nhiệm",
  time: "Thời gian",
  outputs: "Biểu mẫu/Kết quả",
  explanation: "Diễn giải",
  next: "Chuyển tiếp",
  end: "Kết thúc",
  start: "Bắt đầu",
  totalTime: "Tổng thời gian theo đường dài nhất",
  legalLimit: "Thời hạn theo quy định",
  notCounted: "chưa tính",
  formCode: "Mã biểu mẫu",
  formName: "Tên biểu mẫu",
  formSource: "Nguồn",
  recordName: "Tên hồ sơ",
  recordKeeper: "Trách nhiệm lưu",
  recordRetention: "Thời gian lưu",
  flowchartPart: (part, parts) => `Lưu đồ (phần ${part}/${parts})`,
  flowchartAlt: "Lưu đồ quy trình",
  offPageLegend: "Hình ngũ giác ghi số bước là điểm nối với bước đó ở phần khác của lưu đồ.",
};

const en: Labels = {
  procedure: "PROCEDURE",
  code: "Code",
  issue: "Issue",
  effectiveDate: "Effective date",
  page: "Page",
  prepared: "Prepared by",
  reviewed: "Reviewed by",
  approved: "Approved by",
  position: "Position",
  signature: "Signature",
  name: "Full name",
  date: "Date",
  revisionTitle: "REVISION HISTORY",
  revisionDate: "Date",
  revisionSection: "Page/Section",
  revisionDescription: "Description of the change",
  revisionIssue: "Issue",
  firstIssue: "First issue",
  attachedTo: (decision) =>
    `(Attached to ${decision ?? "Decision No. ……/QĐ-…… dated …/…/…… of ……………………"})`,
  distributionTitle: "DISTRIBUTION",
  recipient: "Recipient",
  copies: "Copies",
  medium: "Medium",
  none: "None.",
  number: "No.",
  dossierItem: "Document",
  original: "Original",
  copy: "Copy",
  note: "Note",
  dossierNotes: "Note",
  term: "Term",
  meaning: "Meaning",
  actor: "Unit or person",
  duty: "Responsibility",
  step: "Step",
  action: "Task",
  responsible: "Responsible",
  time: "Time",
  outputs: "Forms/Results",
  explanation: "Details",
  next: "Next",
  end: "End",
  start: "Start",
  totalTime: "Total time along the longest path",
  legalLimit: "Legal time limit",
  notCounted: "not counting",
  formCode: "Form code",
  formName: "Form name",
  formSource: "Source",
  recordName: "Record",
  recordKeeper: "Kept by",
  recordRetention: "Retention",
  flowchartPart: (part, parts) => `Flowchart (part ${part}/${parts})`,
  flowchartAlt: "Procedure flowchart",
  offPageLegend: "Two pentagons with the same step number are the ends of one arrow to that step.",
};

/** The labels for a language. */
export function labelsFor(language: Language): Labels {
  return language === "en" ? en : vi;
}
