import { Worker } from "node:worker_threads";
import type { WorkerScript } from "./worker-script.js";

/** A worker thread died (crash, out of memory, `process.exit`) while it held a task. */
export class WorkerCrash extends Error {
  override name = "WorkerCrash";
}

/** A fixed number of worker threads, each running one task at a time. */
export interface WorkerPool<Task, Result> {
  /** Runs a task on the next free worker; rejects with `WorkerCrash` if that worker dies. */
  run(task: Task): Promise<Result>;
  /** Stops every worker; tasks running or still queued are rejected. */
  close(): Promise<void>;
}

interface Job<Task, Result> {
  task: Task;
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
}

interface Slot<Task, Result> {
  worker: Worker;
  job?: Job<Task, Result>;
}

/**
 * A pool of `size` workers started from `script`, speaking `{ id, task }` → `{ id, result }` or
 * `{ id, error }`. Workers start on the first task; a worker that dies fails its own task with a
 * `WorkerCrash` and is replaced, so the rest of the batch goes on. Idle workers do not keep the
 * process alive.
 */
export function createWorkerPool<Task, Result>(
  script: WorkerScript,
  size: number,
): WorkerPool<Task, Result> {
  const slots: Slot<Task, Result>[] = [];
  const queue: Job<Task, Result>[] = [];
  let nextId = 0;
  let closed = false;

  const start = (): Slot<Task, Result> => {
    const slot: Slot<Task, Result> = { worker: new Worker(script.filename, script.options) };
    slot.worker.unref();
    slot.worker.on("message", (message: { result?: Result; error?: string }) => {
      const job = slot.job;
      delete slot.job;
      if ("error" in message) job?.reject(new Error(message.error));
      else job?.resolve(message.result as Result);
      dispatch(slot);
    });
    const died = (reason: string) => {
      const index = slots.indexOf(slot);
      if (index === -1) return;
      slots.splice(index, 1);
      slot.job?.reject(new WorkerCrash(reason));
      delete slot.job;
      if (!closed) dispatch(start());
    };
    slot.worker.on("error", (error) => died(error.message));
    slot.worker.on("exit", (code) => died(`exit code ${code}`));
    slots.push(slot);
    return slot;
  };

  const dispatch = (slot: Slot<Task, Result>) => {
    const job = queue.shift();
    if (job === undefined || closed) {
      slot.worker.unref();
      return;
    }
    slot.job = job;
    slot.worker.ref();
    nextId += 1;
    slot.worker.postMessage({ id: nextId, task: job.task });
  };

  return {
    run(task) {
      if (closed) return Promise.reject(new Error("the worker pool is closed"));
      return new Promise<Result>((resolve, reject) => {
        queue.push({ task, resolve, reject });
        const idle = slots.find((slot) => slot.job === undefined);
        if (idle) dispatch(idle);
        else if (slots.length < size) dispatch(start());
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error("the worker pool is closed"));
      const stopping = slots.splice(0);
      for (const slot of stopping) slot.job?.reject(new Error("the worker pool is closed"));
      await Promise.all(stopping.map((slot) => slot.worker.terminate()));
    },
  };
}
