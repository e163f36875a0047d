import type { Procedure } from "@quytrinh/core";
import mammoth from "mammoth";
import { describe, expect, test } from "vitest";
import { packDocx, toDocx } from "../src/index.js";
import { hostileProcedure } from "./models/hostile.js";
import { khaiSinh } from "./models/khai-sinh.js";
import { largeProcedure } from "./models/large-procedure.js";
import { fixtureModel, fixturesWithModel } from "./support/fixtures.js";

/** Mammoth names the paragraph styles it has no HTML mapping for; that is not a problem. */
const HARMLESS = /^Unrecognised (paragraph|run) style/;

async function read(procedure: Procedure) {
  const buffer = Buffer.from(await packDocx(toDocx(procedure)));
  const { value, messages } = await mammoth.convertToHtml({ buffer });
  return { html: value, problems: messages.filter((message) => !HARMLESS.test(message.message)) };
}

describe("mammoth, a second DOCX reader", { timeout: 60_000 }, () => {
  for (const name of fixturesWithModel()) {
    test(`reads the ${name} fixture without errors or warnings`, async () => {
      const { html, problems } = await read(fixtureModel(name));
      expect(problems).toEqual([]);
      expect(html).toContain("<table>");
    });
  }

  test("reads the birth-registration model with its steps", async () => {
    const { html, problems } = await read(khaiSinh());
    expect(problems).toEqual([]);
    expect(html).toContain("Thẩm định hồ sơ, ghi Sổ đăng ký khai sinh");
  });

  test("reads a 60-step document", { timeout: 60_000 }, async () => {
    const { html, problems } = await read(largeProcedure(60));
    expect(problems).toEqual([]);
    expect(html).toContain("Thực hiện nội dung công việc số 60");
  });

  test("reads hostile text, with markup as text and U+FFFD for lone surrogates", async () => {
    const { html, problems } = await read(hostileProcedure());
    expect(problems).toEqual([]);
    expect(html).toContain('&lt;w:t&gt;Hồ sơ &amp; "giấy" tờ&lt;/w:t&gt; ]]&gt;');
    expect(html).toContain("Lỗi\uFFFDmã\uFFFDhóa");
    const controls = [...html].filter((char) => char < " " && !"\t\n\r".includes(char));
    expect(controls).toEqual([]);
  });
});
