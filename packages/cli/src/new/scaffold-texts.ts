import type { Language } from "@quytrinh/core";

/** The fixed wording of a new procedure in one language; `blank` hints become placeholders. */
export interface ScaffoldTexts {
  blank: {
    code: string;
    parentBody: string;
    issuingBody: string;
    tthcCode: string;
    name: (role: string) => string;
    position: (role: string) => string;
    specificLaw: string;
    conditions: string;
    dossierItem: string;
    processingTime: string;
    receiptPlace: string;
    fee: string;
    reviewNotes: string;
    reviewTime: string;
    approvalTime: string;
    result: string;
    retention: string;
  };
  roles: { preparedBy: string; reviewedBy: string; approvedBy: string };
  firstIssue: { section: string; description: string };
  purpose: (title: string, issuingBody: string) => string;
  scope: (title: string) => string[];
  references: string[];
  definitions: [term: string, meaning: string][];
  legalBasis: string[];
  sets: string;
  actors: { applicant: string; desk: string; officer: string; head: string };
  duties: { applicant: string; desk: string; officer: string; head: string };
  steps: {
    submit: string;
    receive: string;
    receiveNotes: string;
    review: string;
    complete: string;
    incomplete: string;
    supplement: string;
    approve: string;
    hand: string;
    deskTime: string;
    shortTime: string;
    reviewTime: string;
    approvalTime: string;
    processingTime: string;
  };
  forms: [code: string, name: string, source: string][];
  records: { dossier: string; deskRecords: string; deskRetention: string };
}

const FORMS_SOURCE = "Thông tư 03/2025/TT-VPCP";

/** Legal documents every procedure under the one-stop mechanism cites (checked against the starter registry). */
const ONE_STOP_LAW = [
  "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông.",
  "Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Văn phòng Chính phủ quy định các mẫu biểu thực hiện cơ chế một cửa, một cửa liên thông.",
];

const vi: ScaffoldTexts = {
  blank: {
    code: "mã quy trình, ví dụ QT-HT-01",
    parentBody: "cơ quan chủ quản",
    issuingBody: "cơ quan ban hành",
    tthcCode: "mã thủ tục trên Cổng Dịch vụ công quốc gia",
    name: (role) => `họ tên ${role}`,
    position: (role) => `chức vụ ${role}`,
    specificLaw: "các văn bản quy định riêng thủ tục này, ghi vào mục 5.1, mỗi văn bản một dòng",
    conditions: "điều kiện thực hiện thủ tục, hoặc ghi Không",
    dossierItem: "tên thành phần hồ sơ, mỗi thành phần một dòng",
    processingTime: "đối chiếu thời hạn giải quyết của thủ tục rồi xóa chỗ này",
    receiptPlace: "nơi tiếp nhận hồ sơ và trả kết quả",
    fee: "mức phí, lệ phí hoặc ghi Không",
    reviewNotes: "nội dung thẩm định",
    reviewTime: "kiểm tra lại thời gian rồi xóa chỗ này",
    approvalTime: "kiểm tra lại thời gian rồi xóa chỗ này",
    result: "tên kết quả giải quyết",
    retention: "thời gian lưu, ví dụ Vĩnh viễn",
  },
  roles: {
    preparedBy: "người soạn thảo",
    reviewedBy: "người xem xét",
    approvedBy: "người phê duyệt",
  },
  firstIssue: { section: "Toàn bộ", description: "Ban hành lần đầu" },
  purpose: (title, issuingBody) =>
    `Quy định trình tự, cách thức giải quyết thủ tục “${title}” thuộc thẩm quyền của ${issuingBody}, bảo đảm đúng pháp luật, đúng thời hạn, công khai, minh bạch.`,
  scope: (title) => [
    `Tổ chức, cá nhân có yêu cầu giải quyết thủ tục “${title}”.`,
    "Bộ phận Một cửa, công chức chuyên môn và lãnh đạo cơ quan giải quyết thủ tục.",
  ],
  references: [
    "TCVN ISO 9001:2015 Hệ thống quản lý chất lượng – Các yêu cầu.",
    "Các văn bản pháp luật nêu tại mục 5.1.",
  ],
  definitions: [
    ["TTHC", "Thủ tục hành chính"],
    ["BM", "Biểu mẫu"],
  ],
  legalBasis: ONE_STOP_LAW,
  sets: "01 bộ",
  actors: {
    applicant: "Người yêu cầu",
    desk: "Bộ phận Một cửa",
    officer: "Công chức chuyên môn",
    head: "Lãnh đạo cơ quan",
  },
  duties: {
    applicant: "nộp hồ sơ đầy đủ, chính xác.",
    desk: "tiếp nhận, kiểm tra hồ sơ, trả kết quả.",
    officer: "thẩm định hồ sơ, trình ký kết quả.",
    head: "ký kết quả giải quyết.",
  },
  steps: {
    submit: "Nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến",
    receive: "Tiếp nhận, kiểm tra hồ sơ",
    receiveNotes: "Hồ sơ đầy đủ thì lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả và Phiếu kiểm soát",
    review: "Thẩm định: hồ sơ đủ điều kiện giải quyết?",
    complete: "Đủ",
    incomplete: "Chưa đủ",
    supplement: "Thông báo bổ sung, hoàn thiện hồ sơ",
    approve: "Ký kết quả giải quyết",
    hand: "Trả kết quả",
    deskTime: "30 phút",
    shortTime: "15 phút",
    reviewTime: "1 ngày làm việc",
    approvalTime: "0,5 ngày làm việc",
    processingTime: "03 ngày làm việc",
  },
  forms: [
    ["BM01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", `Mẫu 01, ${FORMS_SOURCE}`],
    ["BM02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", `Mẫu 02, ${FORMS_SOURCE}`],
    ["BM06", "Phiếu kiểm soát quá trình giải quyết hồ sơ", `Mẫu 06, ${FORMS_SOURCE}`],
  ],
  records: {
    dossier: "Hồ sơ giải quyết thủ tục",
    deskRecords:
      "Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ",
    deskRetention: "05 năm",
  },
};

const en: ScaffoldTexts = {
  blank: {
    code: "procedure code, e.g. QT-HT-01",
    parentBody: "parent body",
    issuingBody: "issuing body",
    tthcCode: "procedure code on the National Public Service Portal",
    name: (role) => `name of the ${role}`,
    position: (role) => `position of the ${role}`,
    specificLaw: "the legal documents specific to this procedure, in section 5.1, one per line",
    conditions: "conditions for the procedure, or None",
    dossierItem: "name of a dossier document, one per line",
    processingTime: "check against the legal time limit, then delete this",
    receiptPlace: "where dossiers are received and results returned",
    fee: "fee, or None",
    reviewNotes: "what is examined",
    reviewTime: "check the time, then delete this",
    approvalTime: "check the time, then delete this",
    result: "name of the result",
    retention: "retention period, e.g. Permanent",
  },
  roles: { preparedBy: "preparer", reviewedBy: "reviewer", approvedBy: "approver" },
  firstIssue: { section: "All", description: "First issue" },
  purpose: (title, issuingBody) =>
    `Sets out how the procedure “${title}” is handled by ${issuingBody}: lawfully, on time and transparently.`,
  scope: (title) => [
    `Organisations and individuals applying for the procedure “${title}”.`,
    "The one-stop desk, the specialist officers and the head of the agency handling it.",
  ],
  references: [
    "TCVN ISO 9001:2015 Quality management systems – Requirements.",
    "The legal documents listed in section 5.1.",
  ],
  definitions: [
    ["TTHC", "Administrative procedure (thủ tục hành chính)"],
    ["BM", "Form (biểu mẫu)"],
  ],
  legalBasis: ONE_STOP_LAW,
  sets: "1 set",
  actors: {
    applicant: "Applicant",
    desk: "One-stop desk",
    officer: "Specialist officer",
    head: "Head of the agency",
  },
  duties: {
    applicant: "submits a complete and accurate dossier.",
    desk: "receives and checks dossiers, returns results.",
    officer: "examines the dossier and submits the result for signature.",
    head: "signs the result.",
  },
  steps: {
    submit: "Submit the dossier in person, by post or online",
    receive: "Receive and check the dossier",
    receiveNotes: "A complete dossier gets a receipt with the return date and a control slip",
    review: "Examine: does the dossier qualify?",
    complete: "Yes",
    incomplete: "No",
    supplement: "Ask for the missing documents",
    approve: "Sign the result",
    hand: "Return the result",
    deskTime: "30 minutes",
    shortTime: "15 minutes",
    reviewTime: "1 working day",
    approvalTime: "0.5 working days",
    processingTime: "3 working days",
  },
  forms: [
    ["BM01", "Receipt with the return date", `Mẫu 01, ${FORMS_SOURCE}`],
    ["BM02", "Request to complete the dossier", `Mẫu 02, ${FORMS_SOURCE}`],
    ["BM06", "Processing control slip", `Mẫu 06, ${FORMS_SOURCE}`],
  ],
  records: {
    dossier: "Procedure dossier",
    deskRecords: "Receipts and processing control slips",
    deskRetention: "5 years",
  },
};

/** The wording of new procedures by language. */
export const SCAFFOLD_TEXTS: Record<Language, ScaffoldTexts> = { vi, en };
