import type { Language, Severity } from "@quytrinh/core";

/** Every sentence the CLI itself prints, in one language. */
export interface CliMessages {
  programDescription: string;
  checkDescription: string;
  pathsArgument: string;
  jsonOption: string;
  langOption: string;
  severity: Record<Severity, string>;
  suggestion: string;
  noIssues: string;
  summary: (counts: { files: number; errors: number; warnings: number; infos: number }) => string;
  fileNotFound: (path: string) => string;
  fileUnreadable: (path: string, code: string) => string;
  noMarkdownFiles: (path: string) => string;
  fileEmpty: string;
  fileEmptyNote: string;
  encodingInvalid: string;
  encodingUtf16: string;
  encodingNote: string;
  internalError: (message: string) => string;
  missingInput: string;
  unknownOption: (option: string) => string;
  unknownCommand: (command: string) => string;
  invalidLanguage: string;
  usageProblem: (detail: string) => string;
  helpHint: string;
}

const vi: CliMessages = {
  programDescription: "Kiểm tra và xuất bản quy trình ISO viết bằng Markdown",
  checkDescription: "Kiểm tra các tệp quy trình (.md) và in các lỗi, cảnh báo kèm vị trí",
  pathsArgument: "tệp hoặc thư mục (thư mục được quét tìm *.md)",
  jsonOption: "in báo cáo dạng JSON cho công cụ khác",
  langOption: "ngôn ngữ thông báo: vi hoặc en",
  severity: { error: "lỗi", warning: "cảnh báo", info: "lưu ý" },
  suggestion: "Gợi ý",
  noIssues: "không có vấn đề",
  summary: ({ files, errors, warnings, infos }) =>
    `${files} tệp: ${errors} lỗi, ${warnings} cảnh báo${infos > 0 ? `, ${infos} lưu ý` : ""}`,
  fileNotFound: (path) => `Không tìm thấy tệp hoặc thư mục \`${path}\``,
  fileUnreadable: (path, code) => `Không đọc được \`${path}\` (${code})`,
  noMarkdownFiles: (path) => `Thư mục \`${path}\` không có tệp \`.md\` nào`,
  fileEmpty: "Tệp trống, chưa có nội dung quy trình",
  fileEmptyNote: "Xem mẫu đầy đủ trong docs/format.vi.md",
  encodingInvalid:
    "Tệp không được lưu bằng mã UTF-8 (có thể là Windows-1258 hoặc TCVN3); hãy mở tệp và lưu lại với mã hóa UTF-8",
  encodingUtf16: "Tệp được lưu bằng mã UTF-16; hãy mở tệp và lưu lại với mã hóa UTF-8",
  encodingNote:
    "Notepad: Tệp → Lưu thành… → Mã hóa: UTF-8. VS Code: bấm tên mã hóa ở thanh trạng thái → Save with Encoding → UTF-8. Tệp gõ bằng phông TCVN3 (ABC) cần chuyển mã sang Unicode trước (ví dụ bằng Unikey)",
  internalError: (message) => `Lỗi nội bộ khi xử lý tệp: ${message}`,
  missingInput: "Thiếu tệp hoặc thư mục cần kiểm tra, ví dụ: quytrinh check examples",
  unknownOption: (option) => `Không có tùy chọn \`${option}\``,
  unknownCommand: (command) => `Không có lệnh \`${command}\``,
  invalidLanguage: "`--lang` chỉ nhận `vi` hoặc `en`",
  usageProblem: (detail) => `Câu lệnh chưa đúng: ${detail}`,
  helpHint: "Xem hướng dẫn: quytrinh --help",
};

const en: CliMessages = {
  programDescription: "Check and publish ISO procedures written in Markdown",
  checkDescription:
    "Check procedure files (.md) and print errors and warnings with their positions",
  pathsArgument: "files or folders (folders are searched for *.md)",
  jsonOption: "print a JSON report for other tools",
  langOption: "language of the messages: vi or en",
  severity: { error: "error", warning: "warning", info: "info" },
  suggestion: "Suggestion",
  noIssues: "no issues found",
  summary: ({ files, errors, warnings, infos }) =>
    `${plural(files, "file")}: ${plural(errors, "error")}, ${plural(warnings, "warning")}${infos > 0 ? `, ${infos} info` : ""}`,
  fileNotFound: (path) => `Cannot find file or folder \`${path}\``,
  fileUnreadable: (path, code) => `Cannot read \`${path}\` (${code})`,
  noMarkdownFiles: (path) => `Folder \`${path}\` contains no \`.md\` files`,
  fileEmpty: "The file is empty: it has no procedure yet",
  fileEmptyNote: "See the complete example in docs/format.en.md",
  encodingInvalid:
    "The file is not saved as UTF-8 (perhaps Windows-1258 or TCVN3); open it and save it again with UTF-8 encoding",
  encodingUtf16: "The file is saved as UTF-16; open it and save it again with UTF-8 encoding",
  encodingNote:
    "Notepad: File → Save as… → Encoding: UTF-8. VS Code: click the encoding in the status bar → Save with Encoding → UTF-8. Text typed in a TCVN3 (ABC) font must first be converted to Unicode (for example with Unikey)",
  internalError: (message) => `Internal error while processing the file: ${message}`,
  missingInput: "Missing files or folders to check, for example: quytrinh check examples",
  unknownOption: (option) => `Unknown option \`${option}\``,
  unknownCommand: (command) => `Unknown command \`${command}\``,
  invalidLanguage: "`--lang` accepts only `vi` or `en`",
  usageProblem: (detail) => `Invalid command line: ${detail}`,
  helpHint: "See: quytrinh --help",
};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** The CLI's messages in the given language. */
export function cliMessages(lang: Language): CliMessages {
  return lang === "en" ? en : vi;
}
