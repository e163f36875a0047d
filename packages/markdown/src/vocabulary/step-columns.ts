import { synonymIndex } from "./fold-label.js";

/** What a column of the steps table holds. */
export type StepColumnRole =
  | "id"
  | "action"
  | "actors"
  | "duration"
  | "outputs"
  | "branches"
  | "notes";

/** Headers recognised for each column of the steps table, Vietnamese then English. */
export const STEP_COLUMN_SYNONYMS: Readonly<Record<StepColumnRole, readonly string[]>> = {
  id: ["Bước", "STT", "TT", "Số TT", "Bước công việc", "Mã bước", "Step", "No", "No."],
  action: [
    "Nội dung công việc",
    "Trình tự",
    "Nội dung",
    "Nội dung thực hiện",
    "Công việc",
    "Action",
    "Activity",
    "Task",
  ],
  actors: [
    "Trách nhiệm",
    "Người thực hiện",
    "Đơn vị thực hiện",
    "Bộ phận thực hiện",
    "Trách nhiệm thực hiện",
    "Responsible",
    "Responsibility",
    "Actor",
  ],
  duration: ["Thời gian", "Thời hạn", "Thời gian thực hiện", "Time", "Duration"],
  outputs: [
    "Biểu mẫu/Kết quả",
    "Biểu mẫu",
    "Hồ sơ",
    "Kết quả",
    "Hồ sơ/Biểu mẫu",
    "Biểu mẫu/Hồ sơ",
    "Kết quả/Biểu mẫu",
    "Forms/Output",
    "Forms",
    "Output",
    "Outputs",
  ],
  branches: ["Chuyển tiếp", "Rẽ nhánh", "Bước tiếp theo", "Next", "Next step", "Branches"],
  notes: ["Diễn giải", "Ghi chú", "Mô tả", "Notes", "Note", "Description"],
};

/** The header the canonical format writes for each column, per language. */
export const STEP_COLUMN_TITLES: Readonly<
  Record<"vi" | "en", Readonly<Record<StepColumnRole, string>>>
> = {
  vi: {
    id: "Bước",
    action: "Nội dung công việc",
    actors: "Trách nhiệm",
    duration: "Thời gian",
    outputs: "Biểu mẫu/Kết quả",
    branches: "Chuyển tiếp",
    notes: "Diễn giải",
  },
  en: {
    id: "Step",
    action: "Action",
    actors: "Responsible",
    duration: "Time",
    outputs: "Forms/Output",
    branches: "Next",
    notes: "Notes",
  },
};

/** Folded column headers and their roles. */
export const STEP_COLUMN_INDEX = synonymIndex(STEP_COLUMN_SYNONYMS);
