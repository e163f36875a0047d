// The example in README.md: run with `node --conditions=source --import tsx scripts/readme-example.ts`.
import {
  backEdges,
  durationMinutes,
  formatDuration,
  longestPath,
  type ProcedureInput,
  ProcedureSchema,
  parseDuration,
  parseLegalCitation,
  parseVietnameseDate,
} from "@quytrinh/core";

console.log(parseDuration("Không quá 0,5 ngày làm việc"));
console.log(parseDuration("Trong ngày; nhận hồ sơ sau 15 giờ thì trả kết quả ngày hôm sau"));
console.log(
  durationMinutes(parseDuration("1 giờ 30 phút")),
  formatDuration(720),
  formatDuration(720, { lang: "en" }),
);
console.log(parseVietnameseDate("ngày 15 tháng 11 năm 2015"), parseVietnameseDate("30/02/2026"));
console.log(
  parseLegalCitation(
    "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết Luật Hộ tịch (có hiệu lực từ 01/01/2016)",
  ),
);

const input: ProcedureInput = {
  control: { code: "QT-HT-01", title: "Đăng ký khai sinh" },
  steps: [
    {
      id: "B1",
      kind: "process",
      action: "Tiếp nhận hồ sơ",
      actors: ["Công chức"],
      duration: parseDuration("15 phút"),
    },
    {
      id: "B2",
      kind: "decision",
      action: "Hồ sơ đầy đủ?",
      actors: ["Công chức"],
      duration: parseDuration("30 phút"),
      branches: [
        { label: "Đủ", target: "B4" },
        { label: "Chưa đủ", target: "B3" },
      ],
    },
    {
      id: "B3",
      kind: "process",
      action: "Hướng dẫn bổ sung",
      actors: ["Công chức"],
      branches: [{ target: "B1" }],
    },
    {
      id: "B4",
      kind: "process",
      action: "Ký Giấy khai sinh",
      actors: ["Chủ tịch UBND xã"],
      duration: parseDuration("2 giờ"),
    },
  ],
};
const procedure = ProcedureSchema.parse(input);
console.log(backEdges(procedure));
const path = longestPath(procedure);
console.log(path, formatDuration(path.minutes));
