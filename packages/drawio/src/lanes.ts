import type { Step } from "@quytrinh/core";

/** Lane titles in order of first appearance and the lane of each step, by position in the table. */
export interface LaneAssignment {
  titles: string[];
  laneOfStep: number[];
}

/**
 * Puts each step in the lane of its first responsible actor (trimmed, NFC); steps without one
 * share a lane titled `noLane`. With `enabled` false everything is in lane 0 and there are no titles.
 */
export function assignLanes(
  steps: readonly Step[],
  noLane: string,
  enabled: boolean,
): LaneAssignment {
  if (!enabled) return { titles: [], laneOfStep: steps.map(() => 0) };
  const titles: string[] = [];
  const indexByTitle = new Map<string, number>();
  const laneOfStep = steps.map((step) => {
    const title = step.actors[0]?.normalize("NFC").trim() || noLane;
    let index = indexByTitle.get(title);
    if (index === undefined) {
      index = titles.length;
      indexByTitle.set(title, index);
      titles.push(title);
    }
    return index;
  });
  return { titles, laneOfStep };
}
