import type { Language } from "@quytrinh/core";

/** Every sentence `quytrinh watch` prints, in one language. */
export interface WatchMessages {
  description: string;
  watching: (count: number) => string;
  changed: (time: string, files: string) => string;
  buildCrashed: (message: string) => string;
  stopped: string;
}

const vi: WatchMessages = {
  description:
    "Dựng các quy trình như lệnh build, rồi dựng lại mỗi tệp ngay khi được lưu và in các lỗi, cảnh báo của nó",
  watching: (count) =>
    `Đang theo dõi ${count} thư mục; lưu một tệp .md để dựng lại, bấm Ctrl-C để dừng`,
  changed: (time, files) => `[${time}] Đã lưu: ${files}`,
  buildCrashed: (message) => `Lỗi nội bộ khi dựng lại, vẫn tiếp tục theo dõi: ${message}`,
  stopped: "Đã dừng theo dõi",
};

const en: WatchMessages = {
  description:
    "Build the procedures like build, then rebuild each file as soon as it is saved and print its problems",
  watching: (count) =>
    `Watching ${count} folder${count === 1 ? "" : "s"}; save a .md file to rebuild it, press Ctrl-C to stop`,
  changed: (time, files) => `[${time}] Saved: ${files}`,
  buildCrashed: (message) => `Internal error while rebuilding, still watching: ${message}`,
  stopped: "Stopped watching",
};

/** The messages of `quytrinh watch` in `lang`. */
export function watchMessages(lang: Language): WatchMessages {
  return lang === "en" ? en : vi;
}
