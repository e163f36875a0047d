import type { DefectPlan, DefectPlanner } from "../defect-plan.js";

/**
 * A kept record whose keeper or retention cell was left empty. Only records that give both now.
 * Reported by `record-keeper-retention`.
 */
export const planRecordIncomplete: DefectPlanner = (procedure) =>
  procedure.records.flatMap((record, index): DefectPlan[] => {
    const keeper = record.keeper?.trim() ?? "";
    const retention = record.retention?.trim() ?? "";
    if (keeper === "" || retention === "") return [];
    const base = {
      kind: "record-incomplete",
      ruleId: "record-keeper-retention",
      spots: [`record:${index}`],
      at: { record: index },
      reportedAt: { record: index },
    } as const;
    return [
      {
        ...base,
        spots: [...base.spots],
        apply: (copy) => {
          const target = copy.records[index];
          if (target) delete target.retention;
        },
        describe: (messages) => ({
          what: messages.recordNoRetention(record.name),
          fix: messages.recordNoRetentionFix(retention),
        }),
      },
      {
        ...base,
        spots: [...base.spots],
        apply: (copy) => {
          const target = copy.records[index];
          if (target) delete target.keeper;
        },
        describe: (messages) => ({
          what: messages.recordNoKeeper(record.name),
          fix: messages.recordNoKeeperFix(keeper),
        }),
      },
    ];
  });
