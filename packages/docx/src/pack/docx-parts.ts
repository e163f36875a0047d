import { type Document, encodeUtf8, Packer } from "docx";
import { unzipSync } from "fflate";

/** docx's own compiler, which `Packer` keeps in a private static field (docx 9.15). */
interface PartCompiler {
  compile(document: Document): Map<string, string | Uint8Array | ArrayBuffer>;
}

/** docx's compiler, or `undefined` if a docx release no longer keeps it where 9.15 does. */
export const partCompiler: PartCompiler | undefined = findCompiler();

function findCompiler(): PartCompiler | undefined {
  const compiler: unknown = Reflect.get(Packer, "compiler");
  if (typeof compiler !== "object" || compiler === null || !("compile" in compiler))
    return undefined;
  return typeof compiler.compile === "function" ? (compiler as PartCompiler) : undefined;
}

/**
 * The parts docx writes for a document, as bytes by path in docx's order: from its compiler
 * directly (several times faster), or from the zip `Packer.pack` makes (when there is no
 * compiler, or `via: "zip"`).
 */
export async function docxParts(
  document: Document,
  via: "compiler" | "zip" = partCompiler ? "compiler" : "zip",
): Promise<[string, Uint8Array][]> {
  if (via === "zip" || !partCompiler) {
    return Object.entries(unzipSync(await Packer.pack(document, "uint8array")));
  }
  return [...partCompiler.compile(document)].map(([path, data]) => [path, bytesOf(data)]);
}

function bytesOf(data: string | Uint8Array | ArrayBuffer): Uint8Array {
  if (typeof data === "string") return encodeUtf8(data);
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}
