import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { configJsonSchemaText } from "../scripts/config-json-schema.js";

const committed = readFileSync(new URL("../schema/config.schema.json", import.meta.url), "utf8");

describe("schema/config.schema.json", () => {
  test("matches QuytrinhConfigSchema (run `pnpm --filter @quytrinh/cli schema` if not)", () => {
    expect(committed).toBe(configJsonSchemaText());
  });

  test("lists the agency defaults and the validation settings, and rejects unknown keys", () => {
    const schema = JSON.parse(committed);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        "issuingBody",
        "approvers",
        "lanes",
        "flowchart",
        "rules",
        "registry",
      ]),
    );
    expect(schema.additionalProperties).toBe(false);
  });
});
