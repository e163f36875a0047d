import { expect, test } from "vitest";
import { toDrawio } from "../src/index.js";
import { birthRegistration } from "./support/examples.js";

test("the birth-registration example's .drawio file (the one in docs/) is unchanged", async () => {
  await expect(toDrawio(birthRegistration())).toMatchFileSnapshot(
    "../docs/dang-ky-khai-sinh.drawio",
  );
});
