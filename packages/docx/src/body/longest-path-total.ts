import { formatDuration, longestPath, type Procedure } from "@quytrinh/core";
import { labelsFor } from "../labels.js";
import type { ResolvedOptions } from "../options.js";

/**
 * The working time along the longest path through the steps, written for people ("4 giờ"), naming
 * the steps on that path whose time is not known; `undefined` when no step time is known.
 */
export function longestPathTotal(
  procedure: Procedure,
  options: ResolvedOptions,
): string | undefined {
  const path = longestPath(procedure, { hoursPerDay: options.hoursPerDay });
  if (path.steps.length === 0 || path.unknown.length === path.steps.length) return undefined;
  const total = formatDuration(path.minutes, {
    lang: options.lang,
    hoursPerDay: options.hoursPerDay,
  });
  if (path.unknown.length === 0) return total;
  return `${total} (${labelsFor(options.lang).notCounted} ${path.unknown.join(", ")})`;
}
