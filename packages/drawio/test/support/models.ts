import { type Procedure, ProcedureSchema, type StepKind } from "@quytrinh/core";

/** A step as the tests write it: id and action, anything else optional. */
export interface TestStep {
  id: string;
  action: string;
  kind?: StepKind;
  actors?: string[];
  outputs?: string[];
  branches?: { label?: string; target: string }[];
  duration?: string;
}

/** A schema-valid procedure from a few test steps (`process` steps unless a kind is given). */
export function testProcedure(steps: readonly TestStep[], title = "Quy trình thử"): Procedure {
  return ProcedureSchema.parse({
    control: { code: "QT-THU-01", title },
    steps: steps.map(({ duration, ...step }) => ({
      kind: "process",
      actors: [],
      ...step,
      ...(duration === undefined ? {} : { duration: { text: duration, kind: "unparsed" } }),
    })),
  });
}
