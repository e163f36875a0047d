import type { ProcedureInput } from "../../../src/index.js";

type StepInput = NonNullable<ProcedureInput["steps"]>[number];

/** A process step done by the one-stop officer, with overrides. */
export function step(id: string, extra: Partial<StepInput> = {}): StepInput {
  return { id, kind: "process", action: `Việc ${id}`, actors: ["Công chức TTPVHCC"], ...extra };
}

/** A parsed amount duration such as `2 giờ`. */
export function amount(text: string, value: number, unit: "minute" | "hour" | "day") {
  return { text, kind: "amount" as const, amount: value, unit };
}
