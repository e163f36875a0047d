/** Languages of the words the diagram adds itself. */
export type Lang = "vi" | "en";

/** The words a diagram adds that are not in the procedure. */
export interface Messages {
  start: string;
  end: string;
  noLane: string;
  untitled: string;
}

const vi: Messages = {
  start: "Bắt đầu",
  end: "Kết thúc",
  noLane: "Chưa rõ trách nhiệm",
  untitled: "Lưu đồ",
};

const en: Messages = {
  start: "Start",
  end: "End",
  noLane: "No responsible unit",
  untitled: "Flowchart",
};

/** The words for a language (Vietnamese by default). */
export function messagesFor(lang: Lang = "vi"): Messages {
  return lang === "en" ? en : vi;
}
