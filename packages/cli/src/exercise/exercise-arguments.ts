import { EXERCISE_FORMATS, type ExerciseFormat } from "@quytrinh/exercises/formats";
import { InvalidArgumentError } from "commander";
import { parseFormatList } from "../render/output-formats.js";
import type { ExerciseCliMessages } from "./exercise-cli-messages.js";

/** Reads `--seed`: a whole number from 0 to `Number.MAX_SAFE_INTEGER`, else a usage error. */
export function parseSeed(value: string, messages: ExerciseCliMessages): number {
  const seed = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(seed)) {
    throw new InvalidArgumentError(messages.invalidSeed);
  }
  return seed;
}

/** Reads `--count`: a whole number from 1 up, else a usage error. */
export function parseCount(value: string, messages: ExerciseCliMessages): number {
  const count = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(count) || count < 1) {
    throw new InvalidArgumentError(messages.invalidCount);
  }
  return count;
}

/** Reads `--format docx,drawio`: the formats in order, each once, else a usage error. */
export function parseExerciseFormats(
  value: string,
  messages: ExerciseCliMessages,
): ExerciseFormat[] {
  const parsed = parseFormatList(value, EXERCISE_FORMATS);
  if ("unknown" in parsed) throw new InvalidArgumentError(messages.invalidFormat(parsed.unknown));
  return parsed.formats;
}
