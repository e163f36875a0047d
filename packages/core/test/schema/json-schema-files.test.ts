import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { jsonSchemaFiles } from "../../scripts/json-schemas.js";

const committed = (name: string) =>
  readFileSync(new URL(`../../schema/${name}`, import.meta.url), "utf8");

describe("committed JSON Schemas", () => {
  test.each(jsonSchemaFiles().map((file) => [file.name, file.text]))(
    "schema/%s matches the zod model (run `pnpm --filter @quytrinh/core schema` if not)",
    (name, text) => {
      expect(committed(name)).toBe(text);
    },
  );

  test("the front-matter schema lists what officials type, not what the parser adds", () => {
    const schema = JSON.parse(committed("front-matter.schema.json"));
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["code", "title", "preparedBy", "revisions"]),
    );
    expect(schema.properties).not.toHaveProperty("place");
    expect(schema.properties).not.toHaveProperty("fieldPlaces");
    expect(schema.properties).not.toHaveProperty("extra");
    expect(schema.required).toBeUndefined();
  });

  test("the front-matter schema rejects impossible dates, as the model does", () => {
    const pattern = new RegExp(
      JSON.parse(committed("front-matter.schema.json")).properties.effectiveDate.pattern,
    );
    expect(
      ["2024-02-29", "2026-02-30", "2025-02-29", "2026-13-01"].map((date) => pattern.test(date)),
    ).toEqual([true, false, false, false]);
  });

  test("the procedure schema requires only the document control, since the rest has defaults", () => {
    expect(JSON.parse(committed("procedure.schema.json")).required).toEqual(["control"]);
  });
});
