import { z } from "zod";
import { QuytrinhConfigSchema } from "../src/config/quytrinh-config.js";

/** Where the published schema lives, for `$schema` in users' config files. */
export const CONFIG_SCHEMA_URL = "https://unpkg.com/@quytrinh/cli/schema/config.schema.json";

/** The text of `schema/config.schema.json`, generated from `QuytrinhConfigSchema`. */
export function configJsonSchemaText(): string {
  const { $schema, ...generated } = z.toJSONSchema(QuytrinhConfigSchema, { io: "input" });
  const json = {
    $schema,
    $id: CONFIG_SCHEMA_URL,
    title: "Cấu hình quytrinh (quytrinh.config.json / .yaml)",
    ...generated,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
