import type { Message } from "./message.js";

/** The note on every registry-based diagnostic: the date the registry was last checked. */
export const registryChecked = {
  vi: ({ date }) => `Theo sổ văn bản pháp lý kiểm tra lần cuối ngày ${date}`,
  en: ({ date }) => `According to the legal registry last checked on ${date}`,
} satisfies Message<{ date: string }>;
