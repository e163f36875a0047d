import {
  type Procedure,
  type ProcedureInput,
  ProcedureSchema,
  parseDuration,
} from "@quytrinh/core";

type StepInput = NonNullable<ProcedureInput["steps"]>[number];

const ACTORS = [
  "Công chức Trung tâm Phục vụ hành chính công",
  "Công chức Tư pháp – Hộ tịch",
  "Lãnh đạo UBND xã",
  "Văn thư UBND xã",
  "Công chức Văn hóa – Xã hội",
  "Công chức Kinh tế",
  "Người yêu cầu",
];

/**
 * A procedure of `count` steps spread over `actorCount` actors (at most 7), with a decision every
 * fifth step that loops back, for checking that large flowcharts stay legible.
 */
export function largeProcedure(count: number, actorCount = 4): Procedure {
  const steps = Array.from({ length: count }, (_, index): StepInput => {
    const id = `B${index + 1}`;
    const actors = [ACTORS[index % Math.min(actorCount, ACTORS.length)] ?? "Công chức"];
    const duration = parseDuration(`${(index % 3) + 1}0 phút`);
    if (index % 5 === 4 && index + 1 < count) {
      return {
        id,
        kind: "decision",
        action: `Kiểm tra kết quả bước ${index} có đạt yêu cầu không?`,
        actors,
        duration,
        branches: [
          { label: "Đạt", target: `B${index + 2}` },
          { label: "Không đạt", target: `B${index}` },
        ],
      };
    }
    return {
      id,
      kind: "process",
      action: `Thực hiện nội dung công việc số ${index + 1} và cập nhật hồ sơ điện tử`,
      actors,
      duration,
      outputs: index % 4 === 0 ? [`Phiếu số ${index + 1}`] : [`BM0${(index % 9) + 1}`],
    };
  });
  return ProcedureSchema.parse({
    control: {
      code: `QT-TEST-${count}`,
      title: `Quy trình thử nghiệm ${count} bước`,
      issuingBody: "UBND xã Thử Nghiệm",
      issue: "01",
      effectiveDate: "2026-01-05",
    },
    steps,
    tthc: { processingTime: parseDuration("Không quá 10 ngày làm việc") },
  });
}
