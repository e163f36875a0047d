import { expect, test } from "vitest";

test("the package exports exactly its public API", async () => {
  expect(Object.keys(await import("@quytrinh/exercises")).sort()).toEqual([
    "DEFAULT_DEFECT_COUNT",
    "DEFECT_KINDS",
    "EXERCISE_FORMATS",
    "EXERCISE_SOURCE",
    "MIN_EXERCISE_STEPS",
    "answerKeyDocument",
    "applicableDefectKinds",
    "blanksExercise",
    "createExercise",
    "errorsExercise",
    "errorsProblems",
    "exerciseDrawio",
    "exerciseJson",
    "exerciseMermaid",
    "exerciseMessages",
    "exerciseProblems",
    "exerciseSteps",
    "handoutDocument",
    "injectDefects",
    "orderExercise",
    "seededRandom",
    "selfCheck",
    "writeExercise",
  ]);
});
