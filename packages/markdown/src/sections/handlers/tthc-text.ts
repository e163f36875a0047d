import { parseDuration } from "@quytrinh/core";
import { toBlocks } from "../../source/rich-text.js";
import { tthcOf } from "../procedure-draft.js";
import { textEntries } from "../text-entries.js";
import type { SectionHandler } from "./section-handler.js";

type TextField = "sets" | "receiptPlace" | "fee";

/** A TTHC field written as short text: its lines joined, appended to any earlier text. */
function textField(field: TextField): SectionHandler {
  return (nodes, draft, context, at) => {
    const { entries, leftover } = textEntries(nodes, context);
    const tthc = tthcOf(draft, at.place);
    const lines = [tthc[field], ...entries.map((entry) => entry.text)].filter(Boolean);
    if (lines.length > 0) tthc[field] = lines.join("\n");
    return toBlocks(leftover, context);
  };
}

/** Số lượng hồ sơ ("01 bộ"). */
export const readSets = textField("sets");

/** Nơi tiếp nhận và trả kết quả. */
export const readReceiptPlace = textField("receiptPlace");

/** Lệ phí. */
export const readFee = textField("fee");

/** Thời gian xử lý: the legal limit as a duration; unreadable text is kept, with a warning. */
export const readProcessingTime: SectionHandler = (nodes, draft, context, at) => {
  const { entries, leftover } = textEntries(nodes, context);
  const tthc = tthcOf(draft, at.place);
  const first = entries[0];
  if (first) {
    const text = [tthc.processingTime?.text, ...entries.map((entry) => entry.text)]
      .filter(Boolean)
      .join("\n");
    const duration = parseDuration(text);
    tthc.processingTime = duration;
    if (duration.kind === "unparsed") {
      context.reporter.report("duration-unparsed", { text }, first.place, {
        actual: text,
        expected: "0,5 ngày",
      });
    }
  }
  return toBlocks(leftover, context);
};
