import type { Message } from "./message.js";

/** Messages of the engine itself: bad rule configuration and crashed rules. */
export const engineMessages = {
  unknownRule: {
    vi: ({ id }) => `Không có quy tắc \`${id}\``,
    en: ({ id }) => `Unknown rule \`${id}\``,
  } satisfies Message<{ id: string }>,
  invalidSetting: {
    vi: ({ id }) =>
      `Mức của quy tắc \`${id}\` phải là \`off\`, \`info\`, \`warn\`, \`error\` hoặc \`[mức, tùy chọn]\``,
    en: ({ id }) =>
      `The level of rule \`${id}\` must be \`off\`, \`info\`, \`warn\`, \`error\` or \`[level, options]\``,
  } satisfies Message<{ id: string }>,
  invalidOptions: {
    vi: ({ id, problem }) => `Tùy chọn của quy tắc \`${id}\` không hợp lệ: ${problem}`,
    en: ({ id, problem }) => `Invalid options for rule \`${id}\`: ${problem}`,
  } satisfies Message<{ id: string; problem: string }>,
  noOptions: {
    vi: ({ id }) => `Quy tắc \`${id}\` không có tùy chọn`,
    en: ({ id }) => `Rule \`${id}\` takes no options`,
  } satisfies Message<{ id: string }>,
  crashed: {
    vi: ({ id, error }) => `Quy tắc \`${id}\` gặp lỗi khi chạy: ${error}`,
    en: ({ id, error }) => `Rule \`${id}\` crashed: ${error}`,
  } satisfies Message<{ id: string; error: string }>,
  crashedNote: {
    vi: () => "Đây là lỗi của công cụ, không phải của tài liệu; các quy tắc khác vẫn được kiểm tra",
    en: () => "This is a fault in the tool, not in the document; the other rules still ran",
  } satisfies Message,
};
