import type { WordBlock } from "./word-block.js";

/** The core properties of a document (`docProps/core.xml`), already safe text. */
export interface CoreProperties {
  creator: string;
  /** Left out of the package when empty. */
  title: string;
  description?: string;
}

/**
 * A Word document before packing: the blocks of its body, and of the header and footer on every
 * page when it has them, on A4 with the Decree 30/2020 margins. Pack it to bytes with `packDocx`.
 */
export interface WordDocument {
  readonly body: readonly WordBlock[];
  readonly header?: readonly WordBlock[];
  readonly footer?: readonly WordBlock[];
  readonly properties: CoreProperties;
}
