import { type Procedure, ProcedureSchema, parseDuration, parseLegalCitation } from "@quytrinh/core";

const legal = [
  "Luật số 60/2014/QH13 ngày 20/11/2014 của Quốc hội về Hộ tịch.",
  "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch.",
  "Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP.",
  "Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực.",
  "Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Văn phòng Chính phủ quy định các mẫu biểu thực hiện cơ chế một cửa, một cửa liên thông.",
];

const TTPVHCC = "Công chức TTPVHCC";
const HO_TICH = "Công chức Tư pháp – Hộ tịch";

/** The birth-registration procedure of examples/dang-ky-khai-sinh.md, built by hand as a model. */
export function khaiSinh(): Procedure {
  return ProcedureSchema.parse({
    control: {
      code: "QT-HT-01",
      title: "Đăng ký khai sinh",
      tthcCode: "1.001193",
      parentBody: "UBND thành phố Hải Phòng",
      issuingBody: "UBND xã Tân Trường",
      issue: "01",
      effectiveDate: "2026-03-02",
      preparedBy: { name: "Nguyễn Thị Hằng", position: HO_TICH, date: "2026-02-20" },
      reviewedBy: { name: "Trần Văn Bình", position: "Phó Chủ tịch UBND xã", date: "2026-02-25" },
      approvedBy: { name: "Lê Minh Tuấn", position: "Chủ tịch UBND xã", date: "2026-02-27" },
    },
    purpose: [
      {
        type: "paragraph",
        text: "Quy định trình tự, cách thức giải quyết thủ tục đăng ký khai sinh thuộc thẩm quyền của UBND xã.",
      },
    ],
    scope: [
      {
        type: "list",
        ordered: false,
        items: [
          { text: "Cá nhân có yêu cầu đăng ký khai sinh cho trẻ em." },
          { text: "Công chức TTPVHCC xã, công chức Tư pháp – Hộ tịch và lãnh đạo UBND xã." },
        ],
      },
    ],
    references: [{ text: "TCVN ISO 9001:2015 Hệ thống quản lý chất lượng – Các yêu cầu." }],
    definitions: [
      { term: "UBND", meaning: "Ủy ban nhân dân" },
      { term: "TTPVHCC", meaning: "Trung tâm Phục vụ hành chính công" },
    ],
    legalBasis: legal.map(parseLegalCitation),
    responsibilities: [{ actor: "Chủ tịch UBND xã", duty: "ký Giấy khai sinh." }],
    tthc: {
      conditions: [{ type: "paragraph", text: "Đăng ký trong thời hạn 60 ngày kể từ ngày sinh." }],
      dossier: [
        { name: "Tờ khai đăng ký khai sinh", originals: 1, copies: 0 },
        { name: "Giấy chứng sinh", originals: 1, copies: 0 },
      ],
      dossierNotes: [{ type: "paragraph", text: "Lưu ý: người yêu cầu xuất trình Căn cước." }],
      sets: "01 bộ",
      processingTime: parseDuration("Trong ngày"),
      receiptPlace: "Trung tâm Phục vụ hành chính công xã Tân Trường",
      fee: "Miễn lệ phí đối với đăng ký khai sinh đúng hạn.",
    },
    steps: [
      {
        id: "B1",
        kind: "process",
        action: "Nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến",
        actors: ["Người yêu cầu"],
        outputs: ["Tờ khai"],
      },
      {
        id: "B2",
        kind: "decision",
        action: "Kiểm tra hồ sơ đầy đủ, hợp lệ?",
        actors: [TTPVHCC],
        duration: parseDuration("30 phút"),
        outputs: ["BM01", "BM02", "BM06"],
        branches: [
          { label: "Đủ", target: "B4" },
          { label: "Chưa đủ", target: "B3" },
        ],
      },
      {
        id: "B3",
        kind: "process",
        action: "Hướng dẫn bổ sung, hoàn thiện hồ sơ",
        actors: [TTPVHCC],
        duration: parseDuration("15 phút"),
        outputs: ["BM02"],
        branches: [{ target: "B1" }],
      },
      {
        id: "B4",
        kind: "process",
        action: "Thẩm định hồ sơ, ghi Sổ đăng ký khai sinh và cập nhật CSDL hộ tịch điện tử",
        actors: [HO_TICH],
        duration: parseDuration("2 giờ"),
        outputs: ["Sổ đăng ký khai sinh", "dự thảo Giấy khai sinh"],
        notes: "Lấy số định danh cá nhân",
      },
      {
        id: "B5",
        kind: "process",
        action: "Ký Giấy khai sinh",
        actors: ["Chủ tịch UBND xã"],
        duration: parseDuration("1 giờ"),
        outputs: ["Giấy khai sinh"],
      },
      {
        id: "B6",
        kind: "process",
        action: "Trả kết quả, cập nhật sổ theo dõi",
        actors: [TTPVHCC],
        duration: parseDuration("30 phút"),
        outputs: ["BM07"],
        branches: [{ target: "END" }],
      },
    ],
    forms: [
      {
        code: "BM01",
        name: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
        source: "Mẫu 01, Thông tư 03/2025/TT-VPCP",
      },
      {
        code: "BM02",
        name: "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
        source: "Mẫu 02, Thông tư 03/2025/TT-VPCP",
      },
      { code: "BM06", name: "Phiếu kiểm soát quá trình giải quyết hồ sơ" },
      { code: "BM07", name: "Sổ theo dõi hồ sơ" },
    ],
    records: [
      { name: "Hồ sơ đăng ký khai sinh", keeper: HO_TICH, retention: "Vĩnh viễn" },
      { name: "Sổ theo dõi hồ sơ", keeper: TTPVHCC, retention: "05 năm" },
    ],
    extraSections: [
      {
        title: "Ghi chú thêm",
        depth: 2,
        after: "fee",
        blocks: [{ type: "paragraph", text: "Mục bổ sung của đơn vị." }],
      },
    ],
  });
}
