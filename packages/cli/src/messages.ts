import type { Language, Severity } from "@quytrinh/core";

/** Every sentence the CLI itself prints, in one language. */
export interface CliMessages {
  /** The language these messages are in. */
  lang: Language;
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
  presetOption: string;
  registryOption: string;
  timeOption: string;
  failOnOption: string;
  fileSyntax: (kind: "config" | "registry", detail: string) => string;
  fileInvalid: (kind: "config" | "registry", field: string, detail: string) => string;
  renderDescription: string;
  formatOption: string;
  outOption: string;
  lanesOption: string;
  directionOption: string;
  scaleOption: string;
  browserOption: string;
  invalidFormat: (value: string, known: readonly string[]) => string;
  parseFailed: string;
  renderFailed: (format: string, error: string) => string;
  outputConflict: (output: string, other: string) => string;
  outputOverwritesInput: (output: string) => string;
  outputOutside: (output: string) => string;
  noGlobMatches: (pattern: string) => string;
  buildDescription: string;
  buildFormatOption: string;
  jobsOption: string;
  forceOption: string;
  flowchartOption: string;
  buildParseFailed: string;
  workerCrashed: (message: string) => string;
  buildSummary: (counts: {
    files: number;
    built: number;
    unchanged: number;
    failed: number;
    errors: number;
    warnings: number;
    seconds: number;
    out: string;
  }) => string;
  renderSummary: (counts: {
    files: number;
    written: number;
    failed: number;
    out: string;
  }) => string;
}

const vi: CliMessages = {
  lang: "vi",
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
  presetOption: "bộ quy tắc: recommended (mặc định) hoặc strict",
  registryOption: "tệp YAML danh mục văn bản pháp luật (mặc định: danh mục có sẵn)",
  timeOption: "in bảng phân tích thời gian của từng quy trình",
  failOnOption: "mức gây mã thoát 1: error hoặc warning",
  fileSyntax: (kind, detail) =>
    `${kind === "config" ? "Tệp cấu hình" : "Danh mục văn bản"} viết sai cú pháp YAML/JSON: ${detail}`,
  fileInvalid: (kind, field, detail) =>
    `${kind === "config" ? "Tệp cấu hình" : "Danh mục văn bản"} có giá trị không hợp lệ ở \`${field || "(gốc)"}\`: ${detail}`,
  renderDescription: "Vẽ lưu đồ của các quy trình ra tệp .mmd, .svg, .png hoặc .drawio",
  formatOption: "định dạng, cách nhau bằng dấu phẩy: mmd, svg, png, drawio",
  outOption: "thư mục ghi kết quả",
  lanesOption: "làn theo người thực hiện: auto, none, swimlane hoặc group",
  directionOption: "hướng lưu đồ: TD (trên xuống) hoặc LR (trái sang phải)",
  scaleOption: "độ phân giải ảnh PNG",
  browserOption: "đường dẫn tới Chrome, Chromium hoặc Edge",
  invalidFormat: (value, known) =>
    `Không có định dạng \`${value}\`; chọn trong ${known.join(", ")}`,
  parseFailed: "Quy trình còn lỗi nên chưa vẽ được lưu đồ; sửa các lỗi ở trên rồi chạy lại",
  renderFailed: (format, error) => `Không vẽ được ảnh ${format}: ${error}`,
  outputConflict: (output, other) =>
    `Tệp kết quả \`${output}\` trùng tên với tệp của \`${other}\`; hãy đổi tên một trong hai tệp`,
  outputOverwritesInput: (output) => `Tệp kết quả \`${output}\` sẽ ghi đè lên một tệp đầu vào`,
  outputOutside: (output) => `Tệp kết quả \`${output}\` nằm ngoài thư mục \`--out\``,
  noGlobMatches: (pattern) => `Mẫu \`${pattern}\` không khớp với tệp \`.md\` nào`,
  buildDescription:
    "Xuất bản các quy trình: kiểm tra rồi ghi văn bản Word, lưu đồ và các định dạng khác vào --out",
  buildFormatOption: "định dạng, cách nhau bằng dấu phẩy: docx, mmd, svg, png, json, md",
  jobsOption: "số luồng xử lý song song (mặc định: số lõi CPU)",
  forceOption: "xuất bản lại mọi tệp, kể cả tệp không thay đổi",
  flowchartOption: "lưu đồ trong văn bản Word: native (hình vẽ Word) hoặc image (ảnh)",
  buildParseFailed: "Quy trình còn lỗi nên chưa xuất bản được; sửa các lỗi ở trên rồi chạy lại",
  workerCrashed: (message) => `Luồng xử lý bị dừng đột ngột khi xử lý tệp này: ${message}`,
  buildSummary: ({ files, built, unchanged, failed, errors, warnings, seconds, out }) =>
    `${files} quy trình trong ${seconds.toFixed(1).replace(".", ",")} giây: ${built} đã xuất bản, ${unchanged} không đổi (bỏ qua), ${failed} thất bại; ${errors} lỗi, ${warnings} cảnh báo. Kết quả: ${out}`,
  renderSummary: ({ files, written, failed, out }) =>
    `${files} quy trình: đã ghi ${written} tệp vào ${out}, ${failed} quy trình lỗi`,
};

const en: CliMessages = {
  lang: "en",
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
  presetOption: "rule preset: recommended (default) or strict",
  registryOption: "YAML legal registry file (default: the starter registry)",
  timeOption: "print each procedure's time analysis",
  failOnOption: "lowest severity that makes the exit code 1: error or warning",
  fileSyntax: (kind, detail) =>
    `${kind === "config" ? "Config file" : "Legal registry"} is not valid YAML/JSON: ${detail}`,
  fileInvalid: (kind, field, detail) =>
    `${kind === "config" ? "Config file" : "Legal registry"} has an invalid value at \`${field || "(root)"}\`: ${detail}`,
  renderDescription: "Draw the procedures' flowcharts as .mmd, .svg, .png or .drawio files",
  formatOption: "formats, comma-separated: mmd, svg, png, drawio",
  outOption: "folder to write the results to",
  lanesOption: "lanes per actor: auto, none, swimlane or group",
  directionOption: "flow direction: TD (top-down) or LR (left to right)",
  scaleOption: "pixel density of PNG images",
  browserOption: "path of Chrome, Chromium or Edge",
  invalidFormat: (value, known) => `Unknown format \`${value}\`; choose from ${known.join(", ")}`,
  parseFailed:
    "The procedure has errors, so no flowchart was drawn; fix the errors above and run again",
  renderFailed: (format, error) => `Cannot draw the ${format} image: ${error}`,
  outputConflict: (output, other) =>
    `Output \`${output}\` has the same name as the output of \`${other}\`; rename one of the two files`,
  outputOverwritesInput: (output) => `Output \`${output}\` would overwrite an input file`,
  outputOutside: (output) => `Output \`${output}\` is outside the \`--out\` folder`,
  noGlobMatches: (pattern) => `Pattern \`${pattern}\` matches no \`.md\` file`,
  buildDescription:
    "Publish procedures: check them, then write Word documents, flowcharts and other formats to --out",
  buildFormatOption: "formats, comma-separated: docx, mmd, svg, png, json, md",
  jobsOption: "number of parallel worker threads (default: the number of CPU cores)",
  forceOption: "publish every file again, even unchanged ones",
  flowchartOption: "flowchart in Word documents: native (Word shapes) or image (a picture)",
  buildParseFailed:
    "The procedure has errors, so nothing was published; fix the errors above and run again",
  workerCrashed: (message) => `The worker thread stopped while processing this file: ${message}`,
  buildSummary: ({ files, built, unchanged, failed, errors, warnings, seconds, out }) =>
    `${plural(files, "procedure")} in ${seconds.toFixed(1)} s: ${built} built, ${unchanged} unchanged (skipped), ${failed} failed; ${plural(errors, "error")}, ${plural(warnings, "warning")}. Output: ${out}`,
  renderSummary: ({ files, written, failed, out }) =>
    `${plural(files, "procedure")}: wrote ${plural(written, "file")} to ${out}, ${failed} failed`,
};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** The CLI's messages in the given language. */
export function cliMessages(lang: Language): CliMessages {
  return lang === "en" ? en : vi;
}
