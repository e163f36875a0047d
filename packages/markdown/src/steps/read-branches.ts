import type { Branch } from "@quytrinh/core";
import { readTarget } from "./step-id.js";

/** Branches read from a "Chuyển tiếp" cell, and the parts that could not be read. */
export interface ReadBranches {
  branches: Branch[];
  /** Parts kept as a branch to their raw text, to report. */
  unparsed: string[];
}

const ARROW = /\s*(?:→|->|=>|⇒|⟶|➔|➜)\s*/u;
const COLON = /^(.+?)\s*:\s*(.+)$/u;

/**
 * Reads "Đủ → B4; Chưa đủ → B3", "→ B1", "Có: B4", "Kết thúc" (→ `END`). Parts are separated by
 * `;` or new lines, or by `,` when every comma-separated part reads as a branch.
 */
export function readBranches(text: string): ReadBranches {
  const branches: Branch[] = [];
  const unparsed: string[] = [];
  for (const part of splitParts(text)) {
    const branch = readPart(part);
    if (branch) branches.push(branch);
    else {
      branches.push({ target: part });
      unparsed.push(part);
    }
  }
  return { branches, unparsed };
}

function splitParts(text: string): string[] {
  const parts = text
    .split(/[;\n]/u)
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.flatMap((part) => {
    const pieces = part.split(",").map((piece) => piece.trim());
    return pieces.length > 1 && pieces.every((piece) => readPart(piece)) ? pieces : [part];
  });
}

function readPart(part: string): Branch | undefined {
  const arrow = ARROW.exec(part);
  if (arrow) {
    const label = part.slice(0, arrow.index).trim();
    const target = part.slice(arrow.index + arrow[0].length).trim();
    if (!target) return undefined;
    return labelled(label, readTarget(target) ?? target);
  }
  const whole = readTarget(part);
  if (whole) return { target: whole };
  const colon = COLON.exec(part);
  const target = colon?.[2] === undefined ? undefined : readTarget(colon[2]);
  return colon?.[1] && target ? labelled(colon[1].trim(), target) : undefined;
}

function labelled(label: string, target: string): Branch {
  return label ? { label, target } : { target };
}
