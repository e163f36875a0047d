import { durationMinutes } from "../duration/duration-minutes.js";
import { stepMinutes } from "../duration/step-minutes.js";
import { minutesPerUnit } from "../duration/working-time.js";
import { longestPath } from "../graph/longest-path.js";
import type { Procedure } from "../model/procedure.js";
import type { Step } from "../model/step.js";
import { enumeratePaths } from "./enumerate-paths.js";

/** Options for `analyzeTime`. */
export interface AnalyzeTimeOptions {
  /** Working hours in a day; default 8. */
  hoursPerDay?: number;
  /** The most paths to list; default 100. The longest path is exact whatever the cap. */
  maxPaths?: number;
}

/** One way through the flow and the working time it takes. */
export interface TimedPath {
  /** Step ids in order. */
  steps: string[];
  /** Working minutes of the steps whose duration is known. */
  minutes: number;
  /** Steps on the path whose duration is missing, same-day or unparsed. */
  unknown: string[];
}

/** One actor's part of the longest path. */
export interface ActorTime {
  actor: string;
  minutes: number;
  /** Fraction of the longest path's known time, 0 to 1. */
  share: number;
}

/** Where the time of a procedure goes, and how it compares with the legal limit. */
export interface TimeAnalysis {
  /** Complete paths from the first step to an end, loops cut at their back edges. */
  paths: TimedPath[];
  /** Whether more paths exist than `maxPaths` allowed to list. */
  truncated: boolean;
  longest: TimedPath;
  /** The legal processing time in working minutes ("Trong ngày" is one working day), if it parses. */
  limit?: number;
  /** `limit` minus the longest path; negative when the procedure overruns its limit. */
  slack?: number;
  /** Whether the legal processing time is "Trong ngày" (same day). */
  sameDay: boolean;
  /** Each actor's minutes on the longest path (a step's time split evenly among its actors), most first. */
  byActor: ActorTime[];
}

const DEFAULT_MAX_PATHS = 100;

/** Totals per path, the longest path, slack against the legal limit and each actor's share of time. */
export function analyzeTime(procedure: Procedure, options: AnalyzeTimeOptions = {}): TimeAnalysis {
  const working = options.hoursPerDay === undefined ? {} : { hoursPerDay: options.hoursPerDay };
  const steps = new Map<string, Step>();
  for (const step of procedure.steps) if (!steps.has(step.id)) steps.set(step.id, step);
  const timed = (ids: string[]): TimedPath => {
    const known = ids.map((id) => {
      const step = steps.get(id);
      return step ? stepMinutes(step, working) : undefined;
    });
    return {
      steps: ids,
      minutes: known.reduce<number>((sum, minutes) => sum + (minutes ?? 0), 0),
      unknown: ids.filter((_, index) => known[index] === undefined),
    };
  };
  const enumerated = enumeratePaths(procedure, options.maxPaths ?? DEFAULT_MAX_PATHS);
  const longest = longestPath(procedure, working);
  const analysis: TimeAnalysis = {
    paths: enumerated.paths.map(timed),
    truncated: enumerated.truncated,
    longest: { steps: longest.steps, minutes: longest.minutes, unknown: longest.unknown },
    sameDay: procedure.tthc?.processingTime?.kind === "same-day",
    byActor: actorTimes(
      longest.steps.map((id) => steps.get(id)),
      working,
    ),
  };
  const time = procedure.tthc?.processingTime;
  const limit =
    time === undefined
      ? undefined
      : time.kind === "same-day"
        ? minutesPerUnit("day", working)
        : durationMinutes(time, working);
  if (limit !== undefined) {
    analysis.limit = limit;
    analysis.slack = limit - longest.minutes;
  }
  return analysis;
}

function actorTimes(steps: (Step | undefined)[], working: { hoursPerDay?: number }): ActorTime[] {
  const minutes = new Map<string, number>();
  for (const step of steps) {
    const actors = (step?.actors ?? [])
      .map((actor) => actor.trim())
      .filter((actor) => actor !== "");
    const taken = step ? (stepMinutes(step, working) ?? 0) : 0;
    for (const actor of actors)
      minutes.set(actor, (minutes.get(actor) ?? 0) + taken / actors.length);
  }
  const total = [...minutes.values()].reduce((sum, value) => sum + value, 0);
  return [...minutes]
    .map(([actor, value]) => ({ actor, minutes: value, share: total === 0 ? 0 : value / total }))
    .sort((a, b) => b.minutes - a.minutes || a.actor.localeCompare(b.actor, "vi"));
}
