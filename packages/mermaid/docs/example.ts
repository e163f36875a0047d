// Run from the repository root: node --conditions=source --import tsx packages/mermaid/docs/example.ts
import { writeFile } from "node:fs/promises";
import { ProcedureSchema } from "@quytrinh/core";
import { createRenderer, toMermaid } from "@quytrinh/mermaid";

const procedure = ProcedureSchema.parse({
  control: { code: "QT-HT-01", title: "Đăng ký khai sinh" },
  steps: [
    { id: "B1", kind: "process", action: "Nộp hồ sơ", actors: ["Người yêu cầu"] },
    {
      id: "B2",
      kind: "decision",
      action: "Hồ sơ đầy đủ, hợp lệ?",
      actors: ["Công chức TTPVHCC"],
      duration: { text: "30 phút", kind: "amount", amount: 30, unit: "minute" },
      branches: [
        { label: "Đủ", target: "B4" },
        { label: "Chưa đủ", target: "B3" },
      ],
    },
    {
      id: "B3",
      kind: "process",
      action: "Hướng dẫn bổ sung hồ sơ",
      actors: ["Công chức TTPVHCC"],
      branches: [{ target: "B1" }],
    },
    {
      id: "B4",
      kind: "process",
      action: "Thẩm định, ghi Sổ",
      actors: ["Công chức Tư pháp – Hộ tịch"],
    },
    { id: "B5", kind: "process", action: "Ký Giấy khai sinh", actors: ["Chủ tịch UBND xã"] },
    { id: "B6", kind: "process", action: "Trả kết quả", actors: ["Công chức TTPVHCC"] },
  ],
});

const { text, diagnostics } = toMermaid(procedure);
console.log(text);
console.log(diagnostics); // []

const renderer = await createRenderer(); // finds Chrome, Chromium or Edge
try {
  const png = await renderer.render(text, { format: "png" }); // 2× by default
  if (!png.ok) throw new Error(png.error);
  await writeFile("packages/mermaid/docs/example.png", png.data);
  console.log(`${png.width}×${png.height} px at 2×`);
} finally {
  await renderer.close();
}
