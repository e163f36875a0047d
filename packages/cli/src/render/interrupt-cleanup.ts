import { rmSync } from "node:fs";
import { pendingTempFiles } from "./write-atomic.js";

const exitCodes = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * On SIGINT or SIGTERM during a batch: removes the temporary files being written, runs `cleanup`
 * (closing the browser) and exits with 130 or 143. Returns the function that removes the handlers.
 */
export function onInterrupt(cleanup: () => Promise<void>): () => void {
  const handlers = Object.entries(exitCodes).map(([signal, code]) => {
    const handler = () => {
      for (const temp of pendingTempFiles) rmSync(temp, { force: true });
      void cleanup().finally(() => process.exit(code));
    };
    process.once(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => {
    for (const remove of handlers) remove();
  };
}
