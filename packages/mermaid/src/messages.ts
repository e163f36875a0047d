/** Languages the generated labels and diagnostics are written in. */
export type Lang = "vi" | "en";

/** The fixed words and diagnostic sentences of one language. */
export interface Messages {
  start: string;
  end: string;
  noLane: string;
  tooLargeText: (size: number, limit: number) => string;
  tooManyEdges: (edges: number, limit: number) => string;
  tooLargeFix: string;
  unknownTarget: (from: string, target: string) => string;
  unknownTargetFix: string;
  selfLoop: (step: string) => string;
  selfLoopFix: string;
}

const vi: Messages = {
  start: "Bắt đầu",
  end: "Kết thúc",
  noLane: "Chưa rõ trách nhiệm",
  tooLargeText: (size, limit) =>
    `Lưu đồ quá lớn: ${size} ký tự, Mermaid chỉ vẽ được tối đa ${limit} ký tự`,
  tooManyEdges: (edges, limit) =>
    `Lưu đồ có quá nhiều mũi tên: ${edges}, Mermaid chỉ vẽ được tối đa ${limit}`,
  tooLargeFix: "Tách quy trình thành các quy trình con nhỏ hơn (khoảng 12 bước mỗi lưu đồ)",
  unknownTarget: (from, target) =>
    `Bước \`${from}\` chuyển tới \`${target}\`, nhưng không có bước nào như vậy`,
  unknownTargetFix: "Sửa cột Chuyển tiếp thành mã của một bước có trong bảng, hoặc `Kết thúc`",
  selfLoop: (step) =>
    `Bước \`${step}\` quay lại chính nó; Mermaid chưa vẽ được vòng này trong làn, nên các bước được nhóm theo trách nhiệm`,
  selfLoopFix: "Chọn `lanes: none` hoặc `group`, hoặc tách bước thành hai bước",
};

const en: Messages = {
  start: "Start",
  end: "End",
  noLane: "No responsible unit",
  tooLargeText: (size, limit) =>
    `Flowchart too large: ${size} characters, Mermaid draws at most ${limit}`,
  tooManyEdges: (edges, limit) =>
    `Flowchart has too many arrows: ${edges}, Mermaid draws at most ${limit}`,
  tooLargeFix: "Split the procedure into smaller sub-procedures (about 12 steps per flowchart)",
  unknownTarget: (from, target) =>
    `Step \`${from}\` goes to \`${target}\`, but there is no such step`,
  unknownTargetFix: "Change the transition to the id of a step in the table, or `END`",
  selfLoop: (step) =>
    `Step \`${step}\` goes back to itself; Mermaid cannot draw that loop in swimlanes yet, so steps are grouped by actor instead`,
  selfLoopFix: "Choose `lanes: none` or `group`, or split the step in two",
};

/** The messages for a language (Vietnamese by default). */
export function messagesFor(lang: Lang = "vi"): Messages {
  return lang === "en" ? en : vi;
}
