import { parseDuration } from "../../src/duration/parse-duration.js";
import { type Step, StepSchema } from "../../src/model/step.js";

/**
 * Builds a procedure's steps from a compact description for graph tests:
 * `"B1 30 phút"`, `"B2 1 giờ -> B4, B3"`, `"B0 start"`, `"B9 end"` (no duration after the id means none).
 */
export function stepsOf(...lines: string[]): { steps: Step[] } {
  return {
    steps: lines.map((line) => {
      const [head = "", targets] = line.split("->");
      const [id = "", ...words] = head.trim().split(/\s+/u);
      const kind = words[0] === "start" || words[0] === "end" ? words[0] : "process";
      const text = kind === "process" ? words.join(" ") : "";
      return StepSchema.parse({
        id,
        kind,
        action: `Action ${id}`,
        actors: [],
        ...(text === "" ? {} : { duration: parseDuration(text) }),
        branches: (targets ?? "")
          .split(",")
          .map((target) => target.trim())
          .filter((target) => target !== "")
          .map((target) => ({ target })),
      });
    }),
  };
}

/** A flow of `count` steps of `minutes` each, every step also looping back to the first one. */
export function longFlow(count: number, minutes: number): { steps: Step[] } {
  const ids = Array.from({ length: count }, (_, index) => `B${index + 1}`);
  return stepsOf(
    ...ids.map((id, index) => `${id} ${minutes} phút -> ${ids[index + 1] ?? "END"}, B1`),
  );
}
