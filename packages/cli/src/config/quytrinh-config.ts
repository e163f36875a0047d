import { LanguageSchema, PresetNameSchema } from "@quytrinh/core";
import { z } from "zod";

/** A person who signs a procedure: name and position (_chức vụ_). */
export const SignatorySchema = z
  .object({
    name: z.string().min(1).describe("Họ và tên"),
    position: z.string().min(1).describe("Chức vụ"),
  })
  .strict();
export type Signatory = z.infer<typeof SignatorySchema>;

/** How flowcharts group steps by actor: `true` = `auto`, `false` = `none`, or a Mermaid lane mode. */
export const LanesSettingSchema = z.union([
  z.boolean(),
  z.enum(["auto", "none", "swimlane", "group"]),
]);
export type LanesSetting = z.infer<typeof LanesSettingSchema>;

// Field descriptions are in Vietnamese: editors show them to the officials who write this file.
/**
 * An agency's `quytrinh.config.(json|yaml|yml)`: defaults for every procedure in its folder and
 * below. Unknown keys are reported, so a typo never silently does nothing.
 */
export const QuytrinhConfigSchema = z
  .object({
    $schema: z.string().optional().describe("Đường dẫn JSON Schema cho trình soạn thảo"),
    issuingBody: z
      .string()
      .min(1)
      .optional()
      .describe("Cơ quan ban hành quy trình, ví dụ `UBND xã Tân Trường`"),
    parentBody: z
      .string()
      .min(1)
      .optional()
      .describe("Cơ quan cấp trên, ví dụ `UBND thành phố Hải Phòng`"),
    codePattern: z
      .string()
      .min(1)
      .optional()
      .describe("Mẫu mã quy trình cho quy trình mới, ví dụ `QT-HT-{nn}`"),
    approvers: z
      .object({
        preparedBy: SignatorySchema.optional().describe("Người soạn thảo"),
        reviewedBy: SignatorySchema.optional().describe("Người xem xét"),
        approvedBy: SignatorySchema.optional().describe("Người phê duyệt"),
      })
      .strict()
      .optional()
      .describe("Người ký mặc định của quy trình mới và văn bản Word"),
    language: LanguageSchema.optional().describe(
      "Ngôn ngữ thông báo: `vi` (mặc định) hoặc `en`; tùy chọn `--lang` được ưu tiên",
    ),
    lanes: LanesSettingSchema.optional().describe(
      "Làn theo người thực hiện trong lưu đồ: `true` (= `auto`), `false` (= `none`), `auto`, `none`, `swimlane` hoặc `group`",
    ),
    flowchart: z
      .enum(["native", "image"])
      .optional()
      .describe(
        "Lưu đồ trong văn bản Word: `native` (hình vẽ của Word, mặc định) hoặc `image` (ảnh)",
      ),
    hoursPerDay: z
      .number()
      .positive()
      .max(24)
      .optional()
      .describe("Số giờ làm việc trong một ngày (mặc định 8)"),
    preset: PresetNameSchema.optional().describe(
      "Bộ quy tắc kiểm tra: `recommended` (mặc định) hoặc `strict`",
    ),
    rules: z
      .record(z.string(), z.unknown())
      .optional()
      .describe(
        "Mức của từng quy tắc theo mã: `off`, `warn`, `error` hoặc `[mức, tùy chọn]`; `rules:` trong front matter của quy trình được ưu tiên",
      ),
    registry: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Tệp YAML danh mục văn bản pháp luật, tính từ thư mục của tệp cấu hình (mặc định: danh mục có sẵn)",
      ),
  })
  .strict();
export type QuytrinhConfig = z.infer<typeof QuytrinhConfigSchema>;

/** File names looked for in each folder, in this order. */
export const CONFIG_FILE_NAMES = [
  "quytrinh.config.json",
  "quytrinh.config.yaml",
  "quytrinh.config.yml",
] as const;
