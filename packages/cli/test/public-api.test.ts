import { expect, test } from "vitest";

test("the public API of @quytrinh/cli", async () => {
  expect(Object.keys(await import("@quytrinh/cli")).sort()).toEqual([
    "BUILD_FORMATS",
    "CONFIG_FILE_NAMES",
    "LanesSettingSchema",
    "QuytrinhConfigSchema",
    "SignatorySchema",
    "cliMessages",
    "createBuilder",
    "run",
    "scaffoldMarkdown",
  ]);
});
