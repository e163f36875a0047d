import type { Procedure } from "@quytrinh/core";
import { procedureWith } from "./models.js";

const ACTORS = [
  "Người yêu cầu",
  "Công chức TTPVHCC",
  "Công chức Tư pháp – Hộ tịch",
  "Chủ tịch UBND xã",
];

/**
 * A procedure of `steps` steps shaped like the generated benchmark corpus: actors in turn, every
 * fourth step a decision that loops back or skips ahead, the last step ending the procedure.
 */
export function generatedProcedure(steps: number): Procedure {
  const id = (index: number) => `B${index + 1}`;
  return procedureWith(
    Array.from({ length: steps }, (_, index) => {
      const last = index === steps - 1;
      const decision = !last && index % 4 === 2;
      return {
        id: id(index),
        kind: decision ? "decision" : "process",
        action: decision
          ? `Kiểm tra hồ sơ bước ${index + 1} đầy đủ, hợp lệ?`
          : `Xử lý hồ sơ và cập nhật sổ theo dõi, bước ${index + 1}`,
        actors: [ACTORS[index % ACTORS.length] ?? ""],
        outputs: index % 3 === 0 ? [`BM0${index % 9}`] : [],
        branches: last
          ? [{ target: "END" }]
          : decision
            ? [
                { label: "Đủ", target: id(index + 1) },
                { label: "Chưa đủ", target: id(Math.max(0, index - 2)) },
              ]
            : [],
      };
    }),
    `Quy trình sinh tự động ${steps} bước`,
  );
}
