import type { StepKind } from "@quytrinh/core";
import { foldLabel } from "../vocabulary/fold-label.js";

const START = /^(?:bat dau|start|begin)\b/u;
const END = /^(?:ket thuc|end|finish)\b/u;

/**
 * A step's kind from what it says: two or more branches or a question ("…?") make a decision,
 * "Bắt đầu"/"Start" a start, "Kết thúc"/"End" an end, anything else a process.
 */
export function stepKind(action: string, branchCount: number): StepKind {
  if (branchCount >= 2) return "decision";
  const folded = foldLabel(action);
  if (START.test(folded)) return "start";
  if (END.test(folded)) return "end";
  return action.trimEnd().endsWith("?") ? "decision" : "process";
}
