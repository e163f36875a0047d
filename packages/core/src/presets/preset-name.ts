import { z } from "zod";

/** The shipped presets: `recommended` (the default) and `strict`. */
export const PresetNameSchema = z.enum(["recommended", "strict"]);
export type PresetName = z.infer<typeof PresetNameSchema>;
