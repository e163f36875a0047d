/** Realistic Vietnamese wording for generated procedures (commune level, after the 2025 reform). */

/** Administrative procedures a commune handles: title, code prefix and the result document. */
export const topics = [
  { title: "Cấp giấy phép xây dựng nhà ở riêng lẻ", field: "XD", result: "Giấy phép xây dựng" },
  {
    title: "Đăng ký thành lập hộ kinh doanh",
    field: "KT",
    result: "Giấy chứng nhận đăng ký hộ kinh doanh",
  },
  { title: "Chứng thực hợp đồng, giao dịch", field: "CT", result: "Hợp đồng đã chứng thực" },
  { title: "Đăng ký kết hôn", field: "HT", result: "Giấy chứng nhận kết hôn" },
  { title: "Xác nhận hộ gia đình làm nông nghiệp", field: "NN", result: "Giấy xác nhận" },
  {
    title: "Trợ cấp xã hội hằng tháng cho người cao tuổi",
    field: "XH",
    result: "Quyết định trợ cấp",
  },
  { title: "Cấp giấy phép tổ chức lễ hội", field: "VH", result: "Văn bản chấp thuận" },
  {
    title: "Giải quyết tranh chấp đất đai",
    field: "DD",
    result: "Quyết định giải quyết tranh chấp",
  },
] as const;

/** Officials who act in steps, with the units they belong to. */
export const actors = [
  "Công chức TTPVHCC",
  "Công chức Tư pháp – Hộ tịch",
  "Công chức Văn hóa – Xã hội",
  "Công chức Địa chính – Xây dựng",
  "Công chức Kinh tế",
  "Phó Chủ tịch UBND xã",
  "Văn phòng HĐND và UBND xã",
] as const;

/** Ordinary process steps. */
export const actions = [
  "Thẩm định hồ sơ và đối chiếu với quy định hiện hành",
  "Kiểm tra thực địa, lập biên bản xác minh",
  "Tra cứu thông tin trong CSDL quốc gia về dân cư",
  "Lấy ý kiến các bộ phận chuyên môn liên quan",
  "Tổng hợp ý kiến, hoàn thiện hồ sơ trình",
  "Dự thảo văn bản kết quả giải quyết",
  "Xem xét, cho ý kiến đối với dự thảo",
  "Cập nhật thông tin vào hệ thống thông tin giải quyết TTHC",
  "Niêm yết công khai tại trụ sở UBND xã",
  "Thông báo cho người yêu cầu nộp phí, lệ phí",
] as const;

/** Questions a decision step asks, with its two branch labels. */
export const decisions = [
  { question: "Hồ sơ đủ điều kiện giải quyết?", yes: "Có", no: "Không" },
  { question: "Kết quả xác minh phù hợp?", yes: "Đạt", no: "Không đạt" },
  { question: "Lãnh đạo đồng ý với dự thảo?", yes: "Đồng ý", no: "Không đồng ý" },
] as const;

/** Durations as officials write them. */
export const durations = [
  "15 phút",
  "30 phút",
  "1 giờ",
  "2 giờ",
  "4 giờ",
  "0,5 ngày",
  "01 ngày",
  "02 ngày làm việc",
] as const;

/** Explanations (diễn giải) for process steps. */
export const notes = [
  "Thực hiện trên hệ thống thông tin giải quyết TTHC của tỉnh",
  "Trường hợp cần xác minh thì thông báo cho người yêu cầu biết",
  "Ghi rõ ý kiến vào Phiếu kiểm soát quá trình giải quyết hồ sơ",
  "",
] as const;

/** The one-stop forms of Thông tư 03/2025/TT-VPCP. */
export const forms = [
  { code: "BM01", name: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", source: "Mẫu 01" },
  { code: "BM02", name: "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", source: "Mẫu 02" },
  { code: "BM03", name: "Phiếu từ chối giải quyết hồ sơ", source: "Mẫu 03" },
  { code: "BM05", name: "Phiếu xin lỗi và hẹn lại ngày trả kết quả", source: "Mẫu 05" },
  { code: "BM06", name: "Phiếu kiểm soát quá trình giải quyết hồ sơ", source: "Mẫu 06" },
  { code: "BM07", name: "Sổ theo dõi hồ sơ", source: "Mẫu 07" },
] as const;
