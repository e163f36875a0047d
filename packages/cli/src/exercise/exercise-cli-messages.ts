import type { Language } from "@quytrinh/core";

/** Every sentence `quytrinh exercise` prints, in one language (the rest come from `cliMessages`). */
export interface ExerciseCliMessages {
  description: string;
  procedureArgument: string;
  kindOption: string;
  seedOption: string;
  outOption: string;
  countOption: string;
  formatOption: string;
  browserOption: string;
  registryOption: string;
  invalidSeed: string;
  invalidCount: string;
  invalidFormat: (value: string) => string;
  outputOutside: (name: string) => string;
  outputOverwritesInput: (name: string) => string;
  stopped: string;
  written: (count: number, kind: string, out: string) => string;
}

const vi: ExerciseCliMessages = {
  description:
    "Tạo bài tập lưu đồ cho lớp tập huấn (sắp xếp các bước, điền chỗ trống, tìm điểm không phù hợp) kèm đáp án",
  procedureArgument: "tệp quy trình (.md) làm bài mẫu",
  kindOption: "loại bài tập: order (sắp xếp các bước), blanks (điền chỗ trống), errors (tìm lỗi)",
  seedOption: "số đề (số nguyên ≥ 0): cùng số đề cho cùng bài tập",
  outOption: "thư mục ghi các tệp bài tập",
  countOption: "số chỗ trống (blanks) hoặc số lỗi cài vào (errors)",
  formatOption:
    "các tệp cần tạo, cách nhau bởi dấu phẩy: docx, drawio, md (quy trình có lỗi, bài errors), svg, png, json",
  browserOption: "đường dẫn trình duyệt Chrome/Chromium/Edge để vẽ svg, png",
  registryOption: "tệp YAML danh mục văn bản pháp luật cho bài errors (mặc định: danh mục có sẵn)",
  invalidSeed: "`--seed` phải là số nguyên từ 0 trở lên, ví dụ: --seed 1",
  invalidCount: "`--count` phải là số nguyên từ 1 trở lên",
  invalidFormat: (value) =>
    `Không có định dạng \`${value}\`; chọn trong: docx, drawio, md, svg, png, json`,
  outputOutside: (name) => `Tệp \`${name}\` sẽ nằm ngoài thư mục \`--out\`; không ghi`,
  outputOverwritesInput: (name) => `Tệp \`${name}\` sẽ ghi đè lên tệp quy trình đầu vào; không ghi`,
  stopped: "Không tạo được bài tập từ quy trình này; sửa các lỗi trên rồi chạy lại",
  written: (count, kind, out) => `Đã ghi ${count} tệp bài tập «${kind}» vào ${out}:`,
};

const en: ExerciseCliMessages = {
  description:
    "Make flowchart exercises for a training class (put in order, fill in the blanks, find the non-conformities) with answer keys",
  procedureArgument: "procedure file (.md) to make the exercise from",
  kindOption: "kind of exercise: order, blanks or errors",
  seedOption: "exercise number (a whole number ≥ 0): the same number gives the same exercise",
  outOption: "folder to write the exercise files to",
  countOption: "number of blanks (blanks) or of injected defects (errors)",
  formatOption:
    "files to make, separated by commas: docx, drawio, md (the defective procedure, errors kind), svg, png, json",
  browserOption: "path of a Chrome, Chromium or Edge browser, to draw svg and png",
  registryOption: "YAML file of legal documents for the errors kind (default: the built-in one)",
  invalidSeed: "`--seed` must be a whole number from 0 up, e.g. --seed 1",
  invalidCount: "`--count` must be a whole number from 1 up",
  invalidFormat: (value) =>
    `Unknown format \`${value}\`; choose from docx, drawio, md, svg, png, json`,
  outputOutside: (name) => `File \`${name}\` would be outside the \`--out\` folder; not written`,
  outputOverwritesInput: (name) =>
    `File \`${name}\` would overwrite the input procedure; not written`,
  stopped: "No exercise can be made from this procedure; fix the errors above and run again",
  written: (count, kind, out) => `Wrote ${count} files of the “${kind}” exercise to ${out}:`,
};

/** The messages of `quytrinh exercise` in one language. */
export function exerciseCliMessages(lang: Language): ExerciseCliMessages {
  return lang === "en" ? en : vi;
}
