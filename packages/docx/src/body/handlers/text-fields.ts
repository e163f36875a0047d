import type { Procedure } from "@quytrinh/core";
import { STYLE } from "../../page/styles.js";
import { safeParagraph } from "../../text/safe-run.js";
import type { SectionHandler } from "../body-context.js";

/** A handler for a section that is one line of text picked from the procedure. */
function textField(pick: (procedure: Procedure) => string | undefined): SectionHandler {
  return ({ procedure }) => {
    const text = pick(procedure);
    return text ? [safeParagraph(text, { style: STYLE.body })] : [];
  };
}

/** 5.x Số lượng hồ sơ. */
export const sets = textField((procedure) => procedure.tthc?.sets);
/** 5.x Thời gian xử lý: the legal limit as written. */
export const processingTime = textField((procedure) => procedure.tthc?.processingTime?.text);
/** 5.x Nơi tiếp nhận và trả kết quả. */
export const receiptPlace = textField((procedure) => procedure.tthc?.receiptPlace);
/** 5.x Lệ phí. */
export const fee = textField((procedure) => procedure.tthc?.fee);
