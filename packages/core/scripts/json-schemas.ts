import { z } from "zod";
import { DocumentControlSchema } from "../src/model/document-control.js";
import { ProcedureSchema } from "../src/model/procedure.js";

/** A JSON Schema file this package ships: its name under `schema/` and its text. */
export interface JsonSchemaFile {
  name: string;
  text: string;
}

const BASE_URL = "https://unpkg.com/@quytrinh/core/schema/";

/**
 * The JSON Schemas generated from the zod model, as they are written to `schema/`:
 * the whole procedure (as accepted on input, defaults optional) and the YAML front matter
 * officials type: document control without the positions the parser adds and without `extra`
 * (unknown keys are written at the top level), every key optional so that an editor does not flag
 * a half-written file (the validator reports a missing code or title with its position).
 */
export function jsonSchemaFiles(): JsonSchemaFile[] {
  return [
    file("procedure.schema.json", "Quy trình ISO (quytrinh procedure model)", ProcedureSchema),
    file(
      "front-matter.schema.json",
      "Front matter của quy trình ISO (quytrinh document control)",
      DocumentControlSchema.omit({ place: true, fieldPlaces: true, extra: true }).partial({
        code: true,
        title: true,
      }),
    ),
  ];
}

function file(name: string, title: string, schema: z.ZodType): JsonSchemaFile {
  const { $schema, ...generated } = z.toJSONSchema(schema, { io: "input" });
  const json = { $schema, $id: `${BASE_URL}${name}`, title, ...generated };
  return { name, text: `${JSON.stringify(json, null, 2)}\n` };
}
