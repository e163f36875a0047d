import { Bench } from "tinybench";
import { median } from "./median.js";

/** How to measure: rounds of tinybench runs, each with a minimum time and iteration count. */
export interface MeasureOptions {
  /** Rounds; tasks swap order every round so that machine load falls on all alike (default 6). */
  rounds?: number;
  /** Minimum milliseconds per task and round (default 250). */
  time?: number;
  /** Minimum iterations per task and round (default 8). */
  iterations?: number;
}

/**
 * Median time in milliseconds of each named task, measured side by side: every round runs all
 * tasks (after a warm-up), in alternating order, and the medians are taken over all samples.
 */
export async function medianMs(
  tasks: Record<string, () => unknown>,
  options: MeasureOptions = {},
): Promise<Record<string, number>> {
  const { rounds = 6, time = 250, iterations = 8 } = options;
  const samples = new Map<string, number[]>(Object.keys(tasks).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time, iterations, warmupTime: 50, warmupIterations: 3 });
    const order = Object.entries(tasks);
    if (round % 2 === 1) order.reverse();
    for (const [name, task] of order) bench.add(name, task);
    await bench.run();
    for (const task of bench.tasks) {
      if (task.result?.error || !task.result) {
        throw new Error(
          `benchmark ${task.name} failed: ${task.result?.error?.message ?? "no result"}`,
        );
      }
      samples.get(task.name)?.push(...task.result.latency.samples);
    }
  }
  return Object.fromEntries([...samples].map(([name, values]) => [name, median(values)]));
}
