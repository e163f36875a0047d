import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** Memory of a process tree in MB: RSS summed (counts shared pages once per process) and PSS. */
export interface TreeMemory {
  rssMb: number;
  /** Proportional set size: shared pages split between the processes that share them (Linux). */
  pssMb: number;
}

/** The ids of this process and all its descendants (browsers and their helpers). */
function processTree(): { pid: number; rssKb: number }[] {
  const rows = execFileSync("ps", ["-e", "-o", "pid=,ppid=,rss="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number));
  const mine = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid = 0, ppid = 0] of rows) {
      if (mine.has(ppid) && !mine.has(pid)) {
        mine.add(pid);
        grew = true;
      }
    }
  }
  return rows
    .filter(([pid = 0]) => mine.has(pid))
    .map(([pid = 0, , rssKb = 0]) => ({ pid, rssKb }));
}

/** A process's PSS in kB from `/proc/<pid>/smaps_rollup`, or its RSS where that cannot be read. */
function pssKb(pid: number, rssKb: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? rssKb);
  } catch {
    return rssKb;
  }
}

/** Memory of this process and all its descendants, now. */
export function treeMemory(): TreeMemory {
  const tree = processTree();
  const rssKb = tree.reduce((sum, entry) => sum + entry.rssKb, 0);
  const pss = tree.reduce((sum, entry) => sum + pssKb(entry.pid, entry.rssKb), 0);
  return { rssMb: rssKb / 1024, pssMb: pss / 1024 };
}

/** CPU time (user + system) of this process and all its descendants alive now, in ms (Linux). */
export function treeCpuMs(): number {
  let ticks = 0;
  for (const { pid } of processTree()) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

/** Runs `work` while sampling `treeMemory` every 100 ms; returns its value and the peaks. */
export async function withPeakMemory<T>(
  work: () => Promise<T>,
): Promise<{ value: T; peak: TreeMemory }> {
  const peak = { rssMb: 0, pssMb: 0 };
  const sample = () => {
    const now = treeMemory();
    peak.rssMb = Math.max(peak.rssMb, now.rssMb);
    peak.pssMb = Math.max(peak.pssMb, now.pssMb);
  };
  const timer = setInterval(sample, 100);
  try {
    const value = await work();
    sample();
    return { value, peak };
  } finally {
    clearInterval(timer);
  }
}
