export type * from "./exercise.js";
