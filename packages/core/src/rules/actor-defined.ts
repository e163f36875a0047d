import type { Procedure } from "../model/procedure.js";
import { foldText } from "../validate/fold-text.js";
import type { Message } from "../validate/message.js";
import { nearestMatch } from "../validate/nearest-match.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  nearMiss: {
    vi: ({ step, actor, defined }) =>
      `Bước \`${step}\`: \`${actor}\` viết khác với \`${defined}\` ở mục Trách nhiệm`,
    en: ({ step, actor, defined }) =>
      `Step \`${step}\`: \`${actor}\` is written differently from \`${defined}\` in the responsibilities section`,
  } satisfies Message<{ step: string; actor: string; defined: string }>,
  undefinedActor: {
    vi: ({ step, actor }) => `Bước \`${step}\`: \`${actor}\` không có trong mục Trách nhiệm`,
    en: ({ step, actor }) =>
      `Step \`${step}\`: \`${actor}\` is not in the responsibilities section`,
  } satisfies Message<{ step: string; actor: string }>,
};

/** Whether `actor` is a defined actor, or an abbreviation (section 4) that stands for one. */
function isDefined(procedure: Procedure, defined: string[], actor: string): boolean {
  if (defined.includes(actor)) return true;
  const folded = foldText(actor);
  return procedure.definitions.some(
    (definition) =>
      foldText(definition.term) === folded &&
      defined.some((name) => foldText(name) === foldText(definition.meaning)),
  );
}

/**
 * Every actor of a step appears in the responsibilities section, spelled the same way; a near miss
 * ("Bộ phận một cửa" for "Bộ phận Một cửa", a missing diacritic) gets the defined spelling as the fix.
 */
export const actorDefined = defineRule({
  id: "actor-defined",
  description: {
    vi: "Người thực hiện các bước khớp với mục Trách nhiệm",
    en: "Step actors match the responsibilities section",
  },
  check({ procedure, t, report }) {
    const defined = procedure.responsibilities
      .map((responsibility) => responsibility.actor.normalize("NFC").trim())
      .filter((actor) => actor !== "");
    if (defined.length === 0) return;
    for (const step of procedure.steps) {
      for (const written of step.actors) {
        const actor = written.normalize("NFC").trim();
        if (actor === "" || isDefined(procedure, defined, actor)) continue;
        const near = nearestMatch(actor, defined);
        report({
          reason: near
            ? t(messages.nearMiss, { step: step.id, actor, defined: near })
            : t(messages.undefinedActor, { step: step.id, actor }),
          place: step.place,
          expected: near,
          actual: actor,
        });
      }
    }
  },
});
