import {
  actions,
  actors,
  decisions,
  durations,
  forms,
  notes,
  topics,
} from "./procedure-vocabulary.js";
import { type SeededRandom, seededRandom } from "./seeded-random.js";

/** One row of the generated steps table. */
interface StepRow {
  action: string;
  actor: string;
  duration: string;
  outputs: string;
  next: string;
  note: string;
}

/**
 * A realistic procedure in the canonical Markdown format (the shape of
 * examples/dang-ky-khai-sinh.md) with `steps` steps: a dossier check looping back for supplements,
 * decisions with two labelled branches, refusal paths and loop-backs. Same arguments, same text.
 */
export function generateProcedureMarkdown(steps: number, seed = 1): string {
  if (!Number.isInteger(steps) || steps < 1) throw new Error("steps must be a positive integer");
  const random = seededRandom(seed);
  const topic = random.pick(topics);
  const code = `QT-${topic.field}-${String(seed % 100).padStart(2, "0")}`;
  const rows = stepRows(steps, topic.result, random);
  return [
    frontMatter(code, topic.title),
    `# ${topic.title}`,
    "## 1. Mục đích",
    `Quy định trình tự, cách thức giải quyết thủ tục ${topic.title.toLowerCase()} thuộc thẩm quyền của UBND xã, bảo đảm đúng pháp luật, đúng thời hạn và công khai, minh bạch.`,
    "## 2. Phạm vi áp dụng",
    "- Tổ chức, cá nhân có yêu cầu giải quyết thủ tục trên địa bàn xã.\n- Công chức Trung tâm Phục vụ hành chính công xã, các bộ phận chuyên môn và lãnh đạo UBND xã.",
    "## 3. Tài liệu viện dẫn",
    "- TCVN ISO 9001:2015 Hệ thống quản lý chất lượng – Các yêu cầu.\n- Các văn bản pháp luật nêu tại mục 5.1.",
    "## 4. Định nghĩa / Viết tắt",
    "- UBND: Ủy ban nhân dân\n- TTHC: Thủ tục hành chính\n- TTPVHCC: Trung tâm Phục vụ hành chính công",
    "## 5. Nội dung quy trình",
    "### 5.1. Cơ sở pháp lý",
    "- Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông.\n- Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Văn phòng Chính phủ quy định các mẫu biểu thực hiện cơ chế một cửa, một cửa liên thông.",
    "### 5.2. Điều kiện thực hiện",
    "Người yêu cầu có hồ sơ hợp lệ theo quy định.",
    "### 5.3. Thành phần hồ sơ",
    table(
      ["Thành phần hồ sơ", "Bản chính", "Bản sao"],
      [
        ["Đơn đề nghị theo mẫu", "1", "0"],
        ["Giấy tờ chứng minh đủ điều kiện", "0", "1"],
      ],
    ),
    "### 5.4. Số lượng hồ sơ",
    "01 bộ",
    "### 5.5. Thời gian xử lý",
    `Không quá ${String(2 + Math.floor(steps / 10)).padStart(2, "0")} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ`,
    "### 5.6. Nơi tiếp nhận và trả kết quả",
    "Trung tâm Phục vụ hành chính công xã, hoặc trực tuyến qua Cổng Dịch vụ công quốc gia",
    "### 5.7. Lệ phí",
    "Không",
    "### 5.8. Trách nhiệm",
    "- Công chức TTPVHCC: tiếp nhận, kiểm tra hồ sơ, trả kết quả.\n- Chủ tịch UBND xã: ký kết quả giải quyết.",
    "### 5.9. Quy trình xử lý công việc",
    table(
      [
        "Bước",
        "Nội dung công việc",
        "Trách nhiệm",
        "Thời gian",
        "Biểu mẫu/Kết quả",
        "Chuyển tiếp",
        "Diễn giải",
      ],
      rows.map((row, index) => [
        `B${index + 1}`,
        row.action,
        row.actor,
        row.duration,
        row.outputs,
        row.next,
        row.note,
      ]),
    ),
    "## 6. Biểu mẫu",
    table(
      ["Mã", "Tên biểu mẫu", "Nguồn"],
      forms.map((form) => [form.code, form.name, `${form.source}, Thông tư 03/2025/TT-VPCP`]),
    ),
    "## 7. Hồ sơ cần lưu",
    table(
      ["Tên hồ sơ", "Trách nhiệm lưu", "Thời gian lưu"],
      [
        [`Hồ sơ ${topic.title.toLowerCase()}`, "Văn phòng HĐND và UBND xã", "Vĩnh viễn"],
        ["Giấy tiếp nhận, Phiếu kiểm soát, Sổ theo dõi hồ sơ", "Công chức TTPVHCC", "05 năm"],
      ],
    ),
  ].join("\n\n");
}

function stepRows(steps: number, result: string, random: SeededRandom): StepRow[] {
  const last = steps;
  const rows: StepRow[] = [];
  const add = (row: Partial<StepRow> & Pick<StepRow, "action" | "actor">) =>
    rows.push({ duration: "", outputs: "", next: "", note: "", ...row });
  add({
    action: "Nộp hồ sơ trực tiếp, qua bưu chính hoặc trực tuyến",
    actor: "Người yêu cầu",
    outputs: "Đơn đề nghị",
  });
  const checksDossier = steps >= 5;
  if (checksDossier) {
    add({
      action: "Kiểm tra hồ sơ đầy đủ, hợp lệ?",
      actor: "Công chức TTPVHCC",
      duration: "30 phút",
      outputs: "BM01; BM02; BM06",
      next: "Đủ → B4; Chưa đủ → B3",
      note: "Hồ sơ đủ thì lập Giấy tiếp nhận và hẹn trả kết quả và Phiếu kiểm soát",
    });
    add({
      action: "Hướng dẫn bổ sung, hoàn thiện hồ sơ",
      actor: "Công chức TTPVHCC",
      duration: "15 phút",
      outputs: "BM02",
      next: "→ B1",
      note: "Lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
    });
  }
  const firstMiddle = rows.length + 1;
  let previous = "";
  const signing = last - Math.min(steps - 1, 2) + 1;
  for (let id = firstMiddle; id < signing; id++) {
    const actor = random.pick(actors);
    if (random.next() < 0.22 && id + 2 <= signing) {
      const decision = random.pick(decisions);
      add({
        action: decision.question,
        actor,
        duration: "15 phút",
        next: `${decision.yes} → B${id + 2}; ${decision.no} → B${id + 1}`,
      });
      const refuse = random.next() < 0.5;
      add(
        refuse
          ? {
              action: "Dự thảo Phiếu từ chối giải quyết hồ sơ, nêu rõ lý do",
              actor,
              duration: "1 giờ",
              outputs: "BM03",
              next: `→ B${last}`,
              note: "Trả lại hồ sơ kèm Phiếu từ chối",
            }
          : {
              action: "Yêu cầu bổ sung, hoàn thiện theo ý kiến",
              actor,
              duration: "30 phút",
              next: `→ B${Math.max(firstMiddle, id - 2)}`,
            },
      );
      id++;
      continue;
    }
    previous = pickOther(actions, previous, random);
    add({
      action: previous,
      actor,
      duration: random.pick(durations),
      outputs: random.next() < 0.4 ? "BM06" : "",
      note: random.pick(notes),
    });
  }
  if (steps >= 3)
    add({ action: `Ký ${result}`, actor: "Chủ tịch UBND xã", duration: "1 giờ", outputs: result });
  if (steps >= 2)
    add({
      action: "Trả kết quả, cập nhật sổ theo dõi",
      actor: "Công chức TTPVHCC",
      duration: "30 phút",
      outputs: "BM07",
      next: "→ Kết thúc",
    });
  return rows;
}

/** A random item other than `previous`, so that two neighbouring steps differ. */
function pickOther(items: readonly string[], previous: string, random: SeededRandom): string {
  const item = random.pick(items);
  return item === previous ? random.pick(items.filter((other) => other !== previous)) : item;
}

function frontMatter(code: string, title: string): string {
  const person = (key: string, name: string, position: string, date: string) =>
    `${key}:\n  name: ${name}\n  position: ${position}\n  date: ${date}`;
  return [
    "---",
    `code: ${code}`,
    `title: ${title}`,
    "parentBody: UBND thành phố Hải Phòng",
    "issuingBody: UBND xã Tân Trường",
    'issue: "01"',
    "effectiveDate: 2026-03-02",
    person("preparedBy", "Nguyễn Thị Hằng", "Công chức Văn phòng HĐND và UBND xã", "2026-02-20"),
    person("reviewedBy", "Trần Văn Bình", "Phó Chủ tịch UBND xã", "2026-02-25"),
    person("approvedBy", "Lê Minh Tuấn", "Chủ tịch UBND xã", "2026-02-27"),
    'revisions:\n  - date: 2026-03-02\n    section: Toàn bộ\n    description: Ban hành lần đầu\n    issue: "01"',
    "---",
  ].join("\n");
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
