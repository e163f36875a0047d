import type { ExerciseKind } from "../../exercise.js";
import type { KindHandler } from "../kind-handler.js";
import { blanks } from "./blanks.js";
import { errors } from "./errors.js";
import { order } from "./order.js";

/** The handler of each kind: a new kind is one file and one entry here. */
export const KIND_HANDLERS: Record<ExerciseKind, KindHandler> = { order, blanks, errors };
