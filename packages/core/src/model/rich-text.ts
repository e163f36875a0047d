import { z } from "zod";
import { placed } from "./place.js";

/** A paragraph of plain text. */
export const ParagraphSchema = z.object({
  type: z.literal("paragraph"),
  text: z.string(),
  ...placed,
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

/** One item of a list; nested blocks keep sub-lists and extra paragraphs. */
export interface ListItem {
  text: string;
  children?: Block[] | undefined;
}

/** A bulleted or numbered list. */
export interface List {
  type: "list";
  ordered: boolean;
  items: ListItem[];
  place?: z.infer<typeof placed.place>;
}

/** A table kept as text cells, for sections the format does not know. */
export const TableSchema = z.object({
  type: z.literal("table"),
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  ...placed,
});
export type Table = z.infer<typeof TableSchema>;

/** A block of rich text: a paragraph, a list or a table. */
export type Block = Paragraph | List | Table;

export const ListItemSchema: z.ZodType<ListItem> = z.lazy(() =>
  z.object({
    text: z.string(),
    children: z.array(BlockSchema).optional(),
  }),
);

export const ListSchema: z.ZodType<List> = z.lazy(() =>
  z.object({
    type: z.literal("list"),
    ordered: z.boolean(),
    items: z.array(ListItemSchema),
    ...placed,
  }),
);

/** Any block of rich text. */
export const BlockSchema: z.ZodType<Block> = z.lazy(() =>
  z.union([ParagraphSchema, ListSchema, TableSchema]),
);

/** Rich text: paragraphs, lists and tables in order. */
export const RichTextSchema = z.array(BlockSchema);
export type RichText = Block[];
