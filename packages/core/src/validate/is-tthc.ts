import type { Procedure } from "../model/procedure.js";

/**
 * Whether a procedure handles an administrative procedure (thủ tục hành chính): it has TTHC details
 * (section 5's dossier, time, place, fee) or a national TTHC code in its front matter.
 */
export function isTthc(procedure: Procedure): boolean {
  return procedure.tthc !== undefined || (procedure.control.tthcCode ?? "").trim() !== "";
}
