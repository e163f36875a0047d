import type { Language } from "@quytrinh/core";

/** Every sentence `quytrinh new` prints, in one language. */
export interface NewMessages {
  description: string;
  titleArgument: string;
  outOption: string;
  codeOption: string;
  langOption: string;
  titleEmpty: string;
  folderMissing: (folder: string) => string;
  fileExists: (file: string) => string;
  configInvalid: (config: string) => string;
  writeFailed: (file: string, code: string) => string;
  created: (file: string, code: string | undefined) => string;
  nextSteps: (file: string, placeholders: number) => string;
}

const vi: NewMessages = {
  description:
    "Tạo một tệp quy trình mới theo mẫu chuẩn: đủ các mục, bảng các bước mẫu, thông tin lấy từ tệp cấu hình",
  titleArgument: 'tên quy trình, ví dụ "Đăng ký khai sinh"',
  outOption:
    "tệp hoặc thư mục để ghi (mặc định: tên quy trình viết không dấu, ví dụ dang-ky-khai-sinh.md, trong thư mục hiện tại)",
  codeOption:
    "mã quy trình, ví dụ QT-HT-05 (mặc định: số tiếp theo theo `codePattern` của tệp cấu hình)",
  langOption:
    "ngôn ngữ của quy trình mới và của thông báo: vi hoặc en (mặc định: `language` của tệp cấu hình, rồi vi)",
  titleEmpty: 'Chưa có tên quy trình, ví dụ: quytrinh new "Đăng ký khai sinh"',
  folderMissing: (folder) =>
    `Không có thư mục \`${folder}\`; hãy tạo thư mục trước hoặc chọn thư mục khác bằng --out`,
  fileExists: (file) =>
    `Tệp \`${file}\` đã có; lệnh new không ghi đè tệp có sẵn. Hãy chọn tên khác bằng --out`,
  configInvalid: (config) =>
    `Tệp cấu hình \`${config}\` có lỗi nên chưa tạo quy trình; sửa các lỗi dưới đây rồi chạy lại`,
  writeFailed: (file, code) => `Không ghi được \`${file}\` (${code})`,
  created: (file, code) => `Đã tạo \`${file}\`${code === undefined ? "" : ` (mã ${code})`}`,
  nextSteps: (file, placeholders) =>
    placeholders === 0
      ? `Kiểm tra: quytrinh check ${file}`
      : `Còn ${placeholders} chỗ đánh dấu [[điền: …]]: thay mỗi chỗ bằng nội dung thật, rồi kiểm tra: quytrinh check ${file}`,
};

const en: NewMessages = {
  description:
    "Create a new procedure file in the standard format: every section, a starter steps table, details from the config file",
  titleArgument: 'title of the procedure, e.g. "Đăng ký khai sinh"',
  outOption:
    "file or folder to write to (default: the title without diacritics, e.g. dang-ky-khai-sinh.md, in the current folder)",
  codeOption:
    "procedure code, e.g. QT-HT-05 (default: the next number of the config's `codePattern`)",
  langOption:
    "language of the new procedure and of the messages: vi or en (default: the config's `language`, else vi)",
  titleEmpty: 'The procedure has no title, e.g.: quytrinh new "Đăng ký khai sinh"',
  folderMissing: (folder) =>
    `There is no folder \`${folder}\`; create it first or choose another with --out`,
  fileExists: (file) =>
    `\`${file}\` already exists; new never overwrites a file. Choose another name with --out`,
  configInvalid: (config) =>
    `The config file \`${config}\` has errors, so no procedure was created; fix them and run again`,
  writeFailed: (file, code) => `Cannot write \`${file}\` (${code})`,
  created: (file, code) => `Created \`${file}\`${code === undefined ? "" : ` (code ${code})`}`,
  nextSteps: (file, placeholders) =>
    placeholders === 0
      ? `Check it: quytrinh check ${file}`
      : `${placeholders} blanks marked [[fill in: …]] are left: replace each with the real text, then check: quytrinh check ${file}`,
};

/** The messages of `quytrinh new` in `lang`. */
export function newMessages(lang: Language): NewMessages {
  return lang === "en" ? en : vi;
}
