import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { WorkerOptions } from "node:worker_threads";

/** What `new Worker(...)` needs to start a worker: a file (or code) and its options. */
export interface WorkerScript {
  filename: string | URL;
  options: WorkerOptions;
}

/**
 * How to start the worker module `name` next to `moduleUrl` (pass `import.meta.url`). From the
 * bundle (`dist/*.js`) it is `<name>.js` as is; from source (`*.ts`, run with tsx) it is
 * `<name>.ts`, loaded through tsx registered inside the worker, with the `source` condition.
 */
export function workerScript(name: string, moduleUrl: string): WorkerScript {
  if (!moduleUrl.endsWith(".ts")) {
    return { filename: new URL(`./${name}.js`, moduleUrl), options: {} };
  }
  // `require.resolve` gives tsx's CommonJS entry; the worker imports its ES module twin.
  const api = createRequire(moduleUrl)
    .resolve("tsx/esm/api")
    .replace(/\.cjs$/, ".mjs");
  const tsx = pathToFileURL(api).href;
  const worker = new URL(`./${name}.ts`, moduleUrl).href;
  const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); });`;
  return { filename: code, options: { eval: true, execArgv: ["--conditions=source"] } };
}
