import { z } from "zod";

/** A 1-based point in a source file. */
export const PointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0).optional(),
});
export type Point = z.infer<typeof PointSchema>;

/** The span of a node in the source file it was parsed from. */
export const PlaceSchema = z.object({
  start: PointSchema,
  end: PointSchema,
});
export type Place = z.infer<typeof PlaceSchema>;

/** Optional `place` shared by every model node, so rules in core can point at a source line. */
export const placed = { place: PlaceSchema.optional() };
