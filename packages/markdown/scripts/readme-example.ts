// The runnable example of the README: `node --conditions=source --import tsx scripts/readme-example.ts`
import { fromMarkdown, toMarkdown } from "@quytrinh/markdown";

const text = `---
code: QT-TP-02
title: Chứng thực bản sao từ bản chính
effectiveDate: 30/02/2026
---

# Chứng thực bản sao từ bản chính

## 5. Nội dung quy trình

| Bước | Nội dung công việc | Trách nhiệm | Thời gian | Chuyển tiếp |
| --- | --- | --- | --- | --- |
| B1 | Hồ sơ đủ? | Công chức TTPVHCC | 15 phút | Đủ → B2; Chưa đủ → B9 |
| B2 | Chứng thực bản sao | Công chức Tư pháp – Hộ tịch | 0,5 giờ | → Kết thúc |
`;

const { procedure, diagnostics } = fromMarkdown(text, { file: "chung-thuc.md" });
for (const d of diagnostics) {
  console.log(
    `chung-thuc.md:${d.place?.start.line}:${d.place?.start.column}  ${d.severity}  ${d.reason}  ${d.ruleId}`,
  );
}
for (const step of procedure.steps) {
  const branches = step.branches.map((b) => `${b.label ?? ""}→${b.target}`).join(", ");
  console.log(
    step.id,
    step.kind,
    step.action,
    step.duration?.amount,
    step.duration?.unit,
    branches,
  );
}
console.log(toMarkdown(procedure).split("\n").slice(0, 6).join("\n"));
