import { TEXT_WIDTH } from "../../page/page-geometry.js";
import { fixedTable } from "../../table/fixed-table.js";
import type { SectionHandler } from "../body-context.js";

const CODE = 1600;
const SOURCE = 3000;

/** 6. Biểu mẫu: a table of form code and name (and source when any form gives one). */
export const forms: SectionHandler = ({ procedure, labels }) => {
  if (procedure.forms.length === 0) return [];
  const withSource = procedure.forms.some((form) => form.source);
  const widths = withSource
    ? [CODE, TEXT_WIDTH - CODE - SOURCE, SOURCE]
    : [CODE, TEXT_WIDTH - CODE];
  return [
    fixedTable({
      widths,
      header: withSource
        ? [labels.formCode, labels.formName, labels.formSource]
        : [labels.formCode, labels.formName],
      rows: procedure.forms.map((form) =>
        withSource ? [form.code, form.name, form.source ?? ""] : [form.code, form.name],
      ),
    }),
  ];
};
