import type { MessageCatalogue } from "./catalogue.js";

/** Vietnamese messages (the default). */
export const vi: MessageCatalogue = {
  "encoding-invalid": () => "Tệp có ký tự lỗi mã hóa `�`; hãy lưu lại tệp ở dạng UTF-8",
  "front-matter-missing": () =>
    "Thiếu phần thông tin tài liệu (YAML giữa hai dòng `---`) ở đầu tệp",
  "front-matter-invalid": () => "Phần thông tin tài liệu phải gồm các dòng `khóa: giá trị`",
  "yaml-invalid": ({ code, detail }) =>
    `Phần thông tin tài liệu (YAML) bị lỗi: ${YAML_PROBLEMS[code] ?? detail}`,
  "front-matter-field-invalid": ({ field, expected }) =>
    `Giá trị của trường \`${field}\` không hợp lệ, cần ${expected}`,
  "front-matter-key-unknown": ({ key, expected }) =>
    `Trường \`${key}\` không có trong định dạng, có phải \`${expected}\`?`,
  "date-invalid": ({ field, value }) =>
    `Ngày \`${value}\` của trường \`${field}\` không hợp lệ hoặc không tồn tại`,
  "duration-unparsed": ({ text }) => `Không đọc được thời gian \`${text}\``,
  "legal-citation-unparsed": ({ text }) =>
    `Không tách được loại, số hiệu và ngày của văn bản \`${text}\``,
  "section-duplicate": ({ title }) => `Mục \`${title}\` xuất hiện nhiều lần; nội dung được gộp lại`,
  "section-unknown": ({ title, expected }) =>
    `Mục \`${title}\` không phải mục chuẩn, có phải \`${expected}\`?`,
  "steps-table-missing": () => "Không tìm thấy bảng các bước của quy trình",
  "steps-table-empty": () => "Bảng các bước của quy trình không có dòng nào",
  "steps-column-missing": ({ column }) => `Bảng các bước thiếu cột \`${column}\``,
  "steps-column-unknown": ({ column, expected }) =>
    `Cột \`${column}\` không phải cột chuẩn, có phải \`${expected}\`?`,
  "branch-unparsed": ({ id, text }) =>
    `Không đọc được hướng chuyển tiếp \`${text}\` của bước \`${id}\``,
};

/** Vietnamese wording of the YAML library's common error codes. */
const YAML_PROBLEMS: Readonly<Record<string, string>> = {
  DUPLICATE_KEY: "khóa bị lặp lại",
  BAD_INDENT: "thụt lề không đúng",
  TAB_AS_INDENT: "thụt lề bằng phím Tab, hãy dùng dấu cách",
  MISSING_CHAR: "thiếu ký tự đóng (dấu ngoặc hoặc dấu nháy)",
  MULTILINE_IMPLICIT_KEY: "khóa viết trên nhiều dòng hoặc thiếu dấu `:`",
  BLOCK_AS_IMPLICIT_KEY: "khóa viết trên nhiều dòng hoặc thiếu dấu `:`",
  UNEXPECTED_TOKEN: "có ký tự không đúng chỗ",
  BAD_SCALAR_START: "giá trị bắt đầu bằng ký tự đặc biệt, hãy đặt giá trị trong dấu nháy",
  BAD_DQ_ESCAPE: "ký tự thoát `\\` không hợp lệ trong dấu nháy kép",
  BLOCK_IN_FLOW: "danh sách nhiều dòng nằm trong dấu ngoặc",
};
