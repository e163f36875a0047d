import type { Place } from "../model/place.js";
import type { Procedure } from "../model/procedure.js";
import { type SectionKey, SectionKeySchema } from "../model/sections.js";
import type { Message } from "../validate/message.js";
import { fieldPlace, sectionPlace } from "../validate/places.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  unfilled: {
    vi: ({ placeholder }) => `Chưa điền nội dung vào chỗ đánh dấu \`${placeholder}\``,
    en: ({ placeholder }) => `The marked blank \`${placeholder}\` is not filled in yet`,
  } satisfies Message<{ placeholder: string }>,
  fix: {
    vi: ({ hint }) => `Thay cả cụm \`[[…]]\` bằng nội dung thật: ${hint}`,
    en: ({ hint }) => `Replace the whole \`[[…]]\` with the real text: ${hint}`,
  } satisfies Message<{ hint: string }>,
};

/**
 * A blank left for the author, as `quytrinh new` writes it: `[[điền: tên cơ quan]]`, or
 * `[[fill in: agency name]]` in English documents. Case and spaces inside the brackets do not matter.
 */
const PLACEHOLDER = /\[\[\s*(?:điền|fill in)\s*:\s*([^\]]*?)\s*\]\]/giu;

/** Model keys that hold positions or settings, not the author's text. */
const SKIPPED_KEYS = new Set(["place", "fieldPlaces", "sectionPlaces", "rules"]);

interface Found {
  placeholder: string;
  hint: string;
  place: Place | undefined;
}

function isSectionKey(key: string): key is SectionKey {
  return (SectionKeySchema.options as readonly string[]).includes(key);
}

/**
 * Every placeholder in `value` (any nesting), placed at the nearest node that has a place. A node
 * reports each placeholder once: a legal document's title repeats what its `text` says.
 */
function collect(
  value: unknown,
  place: Place | undefined,
  found: Found[],
  seen?: Set<string>,
): void {
  if (typeof value === "string") {
    for (const match of value.normalize("NFC").matchAll(PLACEHOLDER)) {
      if (seen?.has(match[0])) continue;
      seen?.add(match[0]);
      found.push({ placeholder: match[0], hint: match[1] ?? "", place });
    }
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, place, found);
  } else if (typeof value === "object" && value !== null) {
    const own = (value as { place?: Place }).place ?? place;
    const inNode = new Set<string>();
    for (const [key, child] of Object.entries(value)) {
      if (!SKIPPED_KEYS.has(key)) collect(child, own, found, inNode);
    }
  }
}

/** Placeholders in the front matter, each at the field it was written in. */
function inControl(procedure: Procedure, found: Found[]): void {
  const visit = (value: unknown, path: string): void => {
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (!SKIPPED_KEYS.has(key)) visit(child, path === "" ? key : `${path}.${key}`);
      }
    } else collect(value, fieldPlace(procedure, path), found);
  };
  visit(procedure.control, "");
}

/** Placeholders in the body, each at its node, else at the heading of the section holding it. */
function inBody(procedure: Procedure, found: Found[]): void {
  const { control: _control, tthc, ...sections } = procedure;
  for (const [key, value] of Object.entries(sections)) {
    if (SKIPPED_KEYS.has(key)) continue;
    const section = key === "stepColumns" ? "steps" : key;
    collect(value, isSectionKey(section) ? sectionPlace(procedure, section) : undefined, found);
  }
  if (!tthc) return;
  const tthcPlace = tthc.place ?? sectionPlace(procedure, "content");
  for (const [key, value] of Object.entries(tthc)) {
    const section = key === "dossierNotes" ? "dossier" : key;
    const place = isSectionKey(section) ? sectionPlace(procedure, section) : undefined;
    if (key !== "place") collect(value, place ?? tthcPlace, found);
  }
}

/**
 * No blank marked for the author (`[[điền: …]]`, as `quytrinh new` writes them) is left in the
 * document: each one is reported where it was written.
 */
export const placeholderUnfilled = defineRule({
  id: "placeholder-unfilled",
  description: {
    vi: "Không còn chỗ đánh dấu `[[điền: …]]` chưa điền",
    en: "No `[[fill in: …]]` blank is left unfilled",
  },
  check({ procedure, t, report }) {
    const found: Found[] = [];
    inControl(procedure, found);
    inBody(procedure, found);
    for (const { placeholder, hint, place } of found) {
      report({
        reason: t(messages.unfilled, { placeholder }),
        place,
        expected: hint === "" ? undefined : t(messages.fix, { hint }),
        actual: placeholder,
      });
    }
  },
});
