import type { DocumentControlSchema } from "@quytrinh/core";

/** One issue zod reports for document control. */
export type ControlIssue = NonNullable<
  ReturnType<typeof DocumentControlSchema.safeParse>["error"]
>["issues"][number];

/** What a front-matter field should have held, in words both languages can show. */
export function zodIssueExpected(issue: ControlIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `\`${issue.expected}\``;
    case "invalid_value":
      return issue.values.map((value) => `\`${String(value)}\``).join(", ");
    case "invalid_format":
      return issue.format === "date" ? "`YYYY-MM-DD`" : `\`${issue.format}\``;
    case "too_small":
      return `>= ${String(issue.minimum)}`;
    case "too_big":
      return `<= ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}
