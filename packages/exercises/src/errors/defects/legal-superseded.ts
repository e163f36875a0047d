import {
  citationOf,
  findRegistryDocument,
  type LegalDocument,
  type LegalRegistry,
  legalStanding,
  type RegistryDocument,
} from "@quytrinh/core";
import type { DefectPlan, DefectPlanner } from "../defect-plan.js";

const SPOT = "legal-basis";

/** The registry entry a legal-basis line cites, if the registry knows it. */
function entryOf(registry: LegalRegistry, citation: LegalDocument): RegistryDocument | undefined {
  const number = citation.number?.trim();
  return number ? findRegistryDocument(registry, number) : undefined;
}

/**
 * A superseded document in the legal basis: the current document's line put back to the one it
 * replaced (`118/2025/NĐ-CP` back to `61/2018/NĐ-CP`), or, when the procedure cites no replacement,
 * a superseded document added. Only documents the registry marks replaced on `today` and the
 * procedure does not cite yet. Reported by `legal-document-current`.
 */
export const planLegalSuperseded: DefectPlanner = (procedure, { registry, today }) => {
  const cited = new Set(procedure.legalBasis.map((citation) => entryOf(registry, citation)));
  const superseded = registry.documents.flatMap((entry) => {
    const standing = legalStanding(registry, entry, today);
    if (cited.has(entry) || standing.status !== "replaced" || !standing.replacedBy) return [];
    return [{ entry, by: standing.replacedBy.number }];
  });
  const replacing = superseded.flatMap(({ entry, by }): DefectPlan[] => {
    const index = procedure.legalBasis.findIndex(
      (citation) => entryOf(registry, citation) === findRegistryDocument(registry, by),
    );
    const current = procedure.legalBasis[index];
    if (index < 0 || current === undefined) return [];
    return [
      plan(
        index,
        entry,
        by,
        (copy) => {
          copy.legalBasis[index] = { text: citationOf(entry) };
        },
        (messages) => messages.legalSupersededFix(current.text),
      ),
    ];
  });
  if (replacing.length > 0) return replacing;
  const end = procedure.legalBasis.length;
  return superseded.map(({ entry, by }) =>
    plan(
      end,
      entry,
      by,
      (copy) => {
        copy.legalBasis.push({ text: citationOf(entry) });
      },
      (messages) => messages.legalSupersededAddedFix(entry.number, by),
    ),
  );
};

function plan(
  index: number,
  entry: RegistryDocument,
  by: string,
  apply: DefectPlan["apply"],
  fix: (messages: Parameters<DefectPlan["describe"]>[0]) => string,
): DefectPlan {
  return {
    kind: "legal-superseded",
    ruleId: "legal-document-current",
    spots: [SPOT],
    at: { legal: index },
    reportedAt: { legal: index },
    apply,
    describe: (messages) => ({
      what: messages.legalSuperseded(entry.number, by),
      fix: fix(messages),
    }),
  };
}
