import type { Step } from "@quytrinh/core";

/** One lane: a safe id, its title (the actor as written, NFC) and the steps in it. */
export interface Lane {
  id: string;
  title: string;
}

/** The lanes in order of first appearance and, per step index, the index of its lane. */
export interface LaneAssignment {
  lanes: Lane[];
  laneOfStep: number[];
}

/** The actor whose lane a step goes in: its first responsible actor, trimmed and NFC. */
function laneTitle(step: Step, noLane: string): string {
  const actor = step.actors[0]?.normalize("NFC").trim();
  return actor ? actor : noLane;
}

/** Puts each step in the lane of its first actor; steps without one share the `noLane` lane. */
export function assignLanes(steps: readonly Step[], noLane: string): LaneAssignment {
  const lanes: Lane[] = [];
  const indexByTitle = new Map<string, number>();
  const laneOfStep = steps.map((step) => {
    const title = laneTitle(step, noLane);
    let index = indexByTitle.get(title);
    if (index === undefined) {
      index = lanes.length;
      indexByTitle.set(title, index);
      lanes.push({ id: `lane${index + 1}`, title });
    }
    return index;
  });
  return { lanes, laneOfStep };
}
