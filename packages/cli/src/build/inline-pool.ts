import type { PublishResult, PublishTask } from "./publish-task.js";
import type { WorkerPool } from "./worker-pool.js";

/**
 * The "pool" of `--jobs 1`: runs each task in the main thread, one at a time, without the start-up
 * cost of a worker thread (about 1–2 s from source). The pipeline is loaded on the first task.
 */
export function createInlinePool(): WorkerPool<PublishTask, PublishResult> {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    run(task) {
      const result = queue.then(async () => {
        const { publishProcedure } = await import("./publish-procedure.js");
        return publishProcedure(task);
      });
      queue = result.catch(() => {});
      return result;
    },
    async close() {},
  };
}
