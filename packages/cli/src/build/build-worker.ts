import { parentPort } from "node:worker_threads";
import { publishProcedure } from "./publish-procedure.js";
import type { PublishTask } from "./publish-task.js";

// The worker thread of `quytrinh build`: answers each `{ id, task }` with `{ id, result }`, or
// `{ id, error }` for an unexpected exception (the file is then reported, the worker lives on).
parentPort?.on("message", async ({ id, task }: { id: number; task: PublishTask }) => {
  try {
    parentPort?.postMessage({ id, result: await publishProcedure(task) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
