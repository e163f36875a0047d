import type { Message } from "../validate/message.js";
import { defineRule } from "../validate/rule.js";

const messages = {
  noKeeper: {
    vi: ({ record }) => `Hồ sơ \`${record}\` chưa ghi trách nhiệm lưu`,
    en: ({ record }) => `Record \`${record}\` has no keeper`,
  } satisfies Message<{ record: string }>,
  noRetention: {
    vi: ({ record }) => `Hồ sơ \`${record}\` chưa ghi thời gian lưu`,
    en: ({ record }) => `Record \`${record}\` has no retention period`,
  } satisfies Message<{ record: string }>,
};

/** Every record says who keeps it and for how long (ISO 9001:2015 clause 7.5.3). */
export const recordKeeperRetention = defineRule({
  id: "record-keeper-retention",
  description: {
    vi: "Mỗi hồ sơ cần lưu có trách nhiệm lưu và thời gian lưu",
    en: "Every record has a keeper and a retention period",
  },
  check({ procedure, t, report }) {
    for (const record of procedure.records) {
      const params = { record: record.name };
      if ((record.keeper ?? "").trim() === "") {
        report({ reason: t(messages.noKeeper, params), place: record.place });
      }
      if ((record.retention ?? "").trim() === "") {
        report({ reason: t(messages.noRetention, params), place: record.place });
      }
    }
  },
});
