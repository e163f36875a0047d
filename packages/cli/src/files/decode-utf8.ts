import type { Diagnostic, Place } from "@quytrinh/core";
import { cliDiagnostic } from "../check/cli-diagnostic.js";
import type { CliMessages } from "../messages.js";

const REPLACEMENT = "\uFFFD";

/** The text of a file, or why it could not be decoded. */
export type DecodeResult = { text: string } | { diagnostic: Diagnostic };

/**
 * Decodes file bytes as strict UTF-8 (a leading BOM is dropped). Anything else, such as a
 * Windows-1258 file, gives an `encoding-invalid` diagnostic pointing at the first bad byte.
 */
export function decodeUtf8(bytes: Uint8Array, messages: CliMessages): DecodeResult {
  if (hasUtf16Bom(bytes)) {
    return {
      diagnostic: encodingDiagnostic(messages.encodingUtf16, "UTF-16", undefined, messages),
    };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const { place, byte } = locateInvalidByte(bytes);
    const actual = byte === undefined ? undefined : `0x${byte.toString(16).toUpperCase()}`;
    return { diagnostic: encodingDiagnostic(messages.encodingInvalid, actual, place, messages) };
  }
}

function encodingDiagnostic(
  reason: string,
  actual: string | undefined,
  place: Place | undefined,
  messages: CliMessages,
): Diagnostic {
  return cliDiagnostic({
    ruleId: "encoding-invalid",
    reason,
    place,
    ...(actual ? { actual } : {}),
    note: messages.encodingNote,
  });
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * Finds the first byte that is not valid UTF-8: decodes leniently, then skips any U+FFFD that the
 * file really contains (its bytes are EF BF BD) until one stands for a bad byte.
 */
function locateInvalidByte(bytes: Uint8Array): { place: Place | undefined; byte?: number } {
  const lenient = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const encoder = new TextEncoder();
  for (let index = lenient.indexOf(REPLACEMENT); index !== -1; ) {
    const offset = encoder.encode(lenient.slice(0, index)).length;
    const literal =
      bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (!literal) {
      const start = pointAt(lenient, index);
      const place = { start, end: { line: start.line, column: start.column + 1 } };
      const byte = bytes[offset];
      return byte === undefined ? { place } : { place, byte };
    }
    index = lenient.indexOf(REPLACEMENT, index + 1);
  }
  return { place: undefined };
}

function pointAt(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf("\n") + 1;
  const line = before.split("\n").length;
  const bom = line === 1 && text.startsWith("\uFEFF") ? 1 : 0;
  return { line, column: index - lineStart + 1 - bom };
}
