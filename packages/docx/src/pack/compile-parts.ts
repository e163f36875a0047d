import { type Document, encodeUtf8, Packer } from "docx";
import { spliceDrawings, withSplice } from "../flowchart/drawing-splice.js";

/** docx's own compiler, which `Packer` keeps in a private static field (docx 9.15). */
interface PartCompiler {
  compile(document: Document): Map<string, string | Uint8Array | ArrayBuffer>;
}

/** The content types part, which Office expects first in a package. */
const CONTENT_TYPES = "[Content_Types].xml";

/** docx's compiler, or `undefined` if a docx release no longer keeps it where 9.15 does. */
export const partCompiler: PartCompiler | undefined = findCompiler();

function findCompiler(): PartCompiler | undefined {
  const compiler: unknown = Reflect.get(Packer, "compiler");
  if (typeof compiler !== "object" || compiler === null || !("compile" in compiler))
    return undefined;
  return typeof compiler.compile === "function" ? (compiler as PartCompiler) : undefined;
}

/**
 * The parts of a document's package as bytes, compiled by docx as `Packer` compiles them (the
 * flowchart drawings written by `xmlString` and spliced in), with `[Content_Types].xml` moved
 * first and the others in docx's order.
 */
export function compileParts(compiler: PartCompiler, document: Document): [string, Uint8Array][] {
  const { result, drawings } = withSplice(() => compiler.compile(document));
  const parts = [...result].map(([path, data]): [string, Uint8Array] => [
    path,
    bytesOf(typeof data === "string" ? spliceDrawings(data, drawings) : data),
  ]);
  return [
    ...parts.filter(([path]) => path === CONTENT_TYPES),
    ...parts.filter(([path]) => path !== CONTENT_TYPES),
  ];
}

function bytesOf(data: string | Uint8Array | ArrayBuffer): Uint8Array {
  if (typeof data === "string") return encodeUtf8(data);
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}
