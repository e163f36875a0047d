import { type Procedure, type ProcedureInput, ProcedureSchema, type Step } from "@quytrinh/core";

type StepInput = Omit<Partial<Step>, "id" | "action"> & { id: string; action: string };

/** A valid procedure with the given steps (kind `process` and no actors unless said). */
export function procedureWith(steps: StepInput[], title = "Thử nghiệm"): Procedure {
  const input: ProcedureInput = {
    control: { code: "QT-TEST-01", title },
    steps: steps.map((step) => ({ kind: "process", actors: [], ...step })),
  };
  return ProcedureSchema.parse(input);
}

/** The steps of examples/dang-ky-khai-sinh.md, written as a model (until the parser exists). */
export const khaiSinh: Procedure = procedureWith(
  [
    {
      id: "B1",
      action: "Nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến",
      actors: ["Người yêu cầu"],
      outputs: ["Tờ khai"],
    },
    {
      id: "B2",
      kind: "decision",
      action: "Kiểm tra hồ sơ đầy đủ, hợp lệ?",
      actors: ["Công chức TTPVHCC"],
      duration: { text: "30 phút", kind: "amount", amount: 30, unit: "minute" },
      outputs: ["BM01", "BM02", "BM06"],
      branches: [
        { label: "Đủ", target: "B4" },
        { label: "Chưa đủ", target: "B3" },
      ],
    },
    {
      id: "B3",
      action: "Hướng dẫn bổ sung, hoàn thiện hồ sơ",
      actors: ["Công chức TTPVHCC"],
      duration: { text: "15 phút", kind: "amount", amount: 15, unit: "minute" },
      outputs: ["BM02"],
      branches: [{ target: "B1" }],
    },
    {
      id: "B4",
      action: "Thẩm định hồ sơ, ghi Sổ đăng ký khai sinh và cập nhật CSDL hộ tịch điện tử",
      actors: ["Công chức Tư pháp – Hộ tịch"],
      duration: { text: "2 giờ", kind: "amount", amount: 2, unit: "hour" },
      outputs: ["Sổ đăng ký khai sinh", "dự thảo Giấy khai sinh"],
    },
    {
      id: "B5",
      action: "Ký Giấy khai sinh",
      actors: ["Chủ tịch UBND xã"],
      duration: { text: "1 giờ", kind: "amount", amount: 1, unit: "hour" },
      outputs: ["Giấy khai sinh"],
    },
    {
      id: "B6",
      action: "Trả kết quả, cập nhật sổ theo dõi",
      actors: ["Công chức TTPVHCC"],
      duration: { text: "30 phút", kind: "amount", amount: 30, unit: "minute" },
      outputs: ["BM07"],
      branches: [{ target: "END" }],
    },
  ],
  "Đăng ký khai sinh",
);
