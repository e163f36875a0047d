import { createHash } from "node:crypto";
import { todayInVietnam } from "@quytrinh/core";
import type { BuildFormat } from "./build-formats.js";
import type { PublishTask } from "./publish-task.js";
import { toolVersion } from "./tool-version.js";

const registryHashes = new WeakMap<object, string>();
let version: string | undefined;

/**
 * The text the content hash covers besides the file's bytes: the tool's version, today's date
 * (rules such as `review-overdue` compare dates), the formats, the PNG scale and every setting of
 * the file's task. A legal registry is hashed once per loaded registry.
 */
export function settingsKey(
  task: Omit<PublishTask, "bytes">,
  formats: readonly BuildFormat[],
  scale: number,
): string {
  version ??= toolVersion();
  const { registry, ...validate } = task.validate ?? {};
  return JSON.stringify({
    version,
    today: todayInVietnam(),
    formats,
    scale,
    task: { ...task, validate },
    registry: registry === undefined ? null : registryHash(registry),
  });
}

function registryHash(registry: object): string {
  let hash = registryHashes.get(registry);
  if (hash === undefined) {
    hash = createHash("sha256").update(JSON.stringify(registry)).digest("hex");
    registryHashes.set(registry, hash);
  }
  return hash;
}
