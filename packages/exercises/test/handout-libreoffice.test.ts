import { packDocx } from "@quytrinh/docx";
import { beforeAll, describe, expect, test } from "vitest";
import {
  flat,
  type OfficePdf,
  type OfficeTools,
  officePdf,
  officeTools,
} from "../../docx/test/support/office.js";
import { answerKeyDocument, createExercise, type Exercise, handoutDocument } from "../src/index.js";
import { EXAMPLES } from "./support/examples.js";

const kinds = ["order", "blanks", "errors"] as const;
const all = EXAMPLES.flatMap(({ name, procedure }) =>
  kinds.map((kind) => ({
    name,
    kind,
    exercise: createExercise(procedure, kind, { seed: 11 }).exercise as Exercise,
  })),
);
/** The two samples the training plans name: birth registration and marital status. */
const classroom = all.filter(({ name }) =>
  ["dang-ky-khai-sinh", "xac-nhan-tinh-trang-hon-nhan"].includes(name),
);

/** Flat text where a line broken after a hyphen or slash in a narrow column is joined again. */
const joined = (text: string) => flat(text).replace(/([-/]) /g, "$1");

/** How many times `part` occurs in `text`. */
const count = (text: string, part: string) => text.split(part).length - 1;

const tools = officeTools();
const skip = "skip" in tools ? tools.skip : undefined;

describe.skipIf(skip !== undefined)(
  `handouts and answer keys in LibreOffice${skip ? ` (skipped: ${skip})` : ""}`,
  () => {
    const pdfs = new Map<string, { handout: OfficePdf; key: OfficePdf }>();
    beforeAll(async () => {
      for (const { name, kind, exercise } of classroom) {
        pdfs.set(`${name}/${kind}`, {
          handout: officePdf(
            tools as OfficeTools,
            await packDocx(handoutDocument(exercise, { procedureFile: "x-quy-trinh.docx" })),
          ),
          key: officePdf(tools as OfficeTools, await packDocx(answerKeyDocument(exercise))),
        });
      }
    }, 600_000);

    test.each(classroom)(
      "$kind on $name: the handout has title, instructions and material",
      ({ name, kind, exercise }) => {
        const text = flat(pdfs.get(`${name}/${kind}`)?.handout.text() ?? "");
        expect(text).toContain(flat(exercise.title));
        for (const line of exercise.instructions) expect(text).toContain(flat(line));
        if (kind === "order") {
          // Each step's text is on its card once, and nowhere in the frame.
          for (const card of exercise.cards ?? []) expect(count(text, flat(card.action))).toBe(1);
          for (const stepId of exercise.flowchartLabels?.keys() ?? []) {
            expect(text).toContain(`${stepId}. ……`);
          }
        } else if (kind === "errors") {
          expect(text).toContain("«x-quy-trinh.docx»");
          for (const step of exercise.procedure.steps) expect(text).toContain(`${step.id}.`);
        } else {
          // Each blanked text is in the word bank once, and its box shows only the number.
          for (const answer of exercise.answers) {
            expect(count(text, flat(answer.fix))).toBe(1);
            expect(text).toContain(`${answer.stepId}. (${answer.number})`);
          }
        }
      },
    );

    test.each(classroom)(
      "$kind on $name: the answer key gives every answer",
      ({ name, kind, exercise }) => {
        const text = flat(pdfs.get(`${name}/${kind}`)?.key.text() ?? "");
        expect(text).toContain(`Đáp án – ${flat(exercise.title)}`);
        for (const answer of exercise.answers) {
          expect(joined(text)).toContain(joined(answer.fix));
          if (kind === "errors") expect(joined(text)).toContain(joined(answer.what));
        }
        if (kind === "order") {
          const labels = exercise.answers.map((answer) => answer.fix).join(" – ");
          expect(text).toContain(`Thứ tự đúng của các thẻ: ${labels}.`);
        }
        // "order" and "blanks" show the right flowchart after the table, a box per step.
        if (kind !== "errors") {
          for (const step of exercise.procedure.steps) expect(text).toContain(`${step.id}.`);
        }
      },
    );

    test.each(classroom)("$kind on $name: set in Liberation Serif only", ({ name, kind }) => {
      const pair = pdfs.get(`${name}/${kind}`);
      for (const font of [...(pair?.handout.fonts ?? []), ...(pair?.key.fonts ?? [])]) {
        expect(font).toMatch(/\+LiberationSerif/);
      }
    });
  },
);
