import type { Diagnostic, Language, ValidateConfig } from "@quytrinh/core";
import type { FlowchartImage } from "@quytrinh/docx";
import type { LaneMode } from "@quytrinh/mermaid";
import type { AgencyDefaults } from "./agency-defaults.js";
import type { BuildFormat } from "./build-formats.js";

/** The CPU part of building one file, sent to a worker thread (so: structured-cloneable data). */
export interface PublishTask {
  /** The path as shown to the user, for the diagnostics. */
  file: string;
  /** The file's bytes, decoded in the worker. */
  bytes: Uint8Array;
  /** Language of the CLI's own messages (`--lang`). */
  messagesLang: Language;
  /** Language of the file: `--lang`, the config's `language` or `vi`. */
  lang: Language;
  /** What `validate` gets; absent to skip validation (a second pass that only adds a picture). */
  validate?: ValidateConfig;
  lanes: LaneMode;
  direction: "TD" | "LR";
  /** Formats the worker makes (`docx`, `mmd`, `json`, `md`); images are drawn in the main thread. */
  formats: BuildFormat[];
  /** Whether to return the Mermaid text, for images drawn in the browser. */
  mermaid: boolean;
  /** Flowchart in the Word document; `image` needs `image`, otherwise `docx` is left out. */
  flowchart: "native" | "image";
  image?: FlowchartImage;
  /** The config's agency defaults, filled in where the front matter says nothing. */
  agency?: AgencyDefaults;
  /** Working hours per day, for the Word document's time sums. */
  hoursPerDay?: number;
}

/** What a worker made of one `PublishTask`. */
export interface PublishResult {
  /** The files' contents by format. */
  outputs: { format: BuildFormat; data: string | Uint8Array }[];
  /** The flowchart's Mermaid text, when asked for and drawable. */
  mermaid?: string;
  /** The same flowchart in group lanes, for the browser to draw if the swimlanes go wrong. */
  mermaidFallback?: string;
  /** Everything found: read, parse and validation problems, in reading order. */
  diagnostics: Diagnostic[];
  /** Whether the file could not be read as a procedure at all, so nothing was made. */
  stopped: boolean;
}
