import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { createWorkerPool, WorkerCrash } from "../src/build/worker-pool.js";
import { tempFolder } from "./temp-folder.js";

// A worker speaking the pool's protocol: doubles numbers, dies on "die", throws on "throw".
const WORKER = `
import { parentPort, threadId } from "node:worker_threads";
parentPort.on("message", ({ id, task }) => {
  if (task === "die") process.exit(3);
  if (task === "throw") return parentPort.postMessage({ id, error: "bad task" });
  parentPort.postMessage({ id, result: { doubled: task * 2, threadId } });
});
`;

async function pool(size: number) {
  const folder = await tempFolder({});
  const file = join(folder, "worker.mjs");
  await writeFile(file, WORKER);
  return createWorkerPool<number | string, { doubled: number; threadId: number }>(
    { filename: pathToFileURL(file), options: {} },
    size,
  );
}

describe("createWorkerPool", () => {
  test("runs tasks on up to `size` threads and returns each task's own result", async () => {
    const workers = await pool(2);
    try {
      const results = await Promise.all([1, 2, 3, 4, 5].map((n) => workers.run(n)));
      expect(results.map((result) => result.doubled)).toEqual([2, 4, 6, 8, 10]);
      expect(new Set(results.map((result) => result.threadId)).size).toBe(2);
    } finally {
      await workers.close();
    }
  });

  test("a worker that dies fails only its task with WorkerCrash and is replaced", async () => {
    const workers = await pool(1);
    try {
      const settled = await Promise.allSettled([
        workers.run(1),
        workers.run("die"),
        workers.run(2),
        workers.run(3),
      ]);
      expect(settled.map((entry) => entry.status)).toEqual([
        "fulfilled",
        "rejected",
        "fulfilled",
        "fulfilled",
      ]);
      const crash = settled[1];
      expect(crash?.status === "rejected" && crash.reason).toBeInstanceOf(WorkerCrash);
      const after = settled
        .slice(2)
        .map((entry) => (entry.status === "fulfilled" ? entry.value.doubled : undefined));
      expect(after).toEqual([4, 6]);
    } finally {
      await workers.close();
    }
  });

  test("an exception reported by the worker rejects that task only", async () => {
    const workers = await pool(1);
    try {
      await expect(workers.run("throw")).rejects.toThrow("bad task");
      expect((await workers.run(21)).doubled).toBe(42);
    } finally {
      await workers.close();
    }
  });

  test("after close, queued and new tasks are refused", async () => {
    const workers = await pool(1);
    const queued = Promise.allSettled([workers.run(1), workers.run(2)]);
    await workers.close();
    const settled = await queued;
    expect(settled.map((entry) => entry.status)).toEqual(["rejected", "rejected"]);
    await expect(workers.run(3)).rejects.toThrow("closed");
  });
});
