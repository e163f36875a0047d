import type { MessageCatalogue } from "./catalogue.js";

/** English messages. */
export const en: MessageCatalogue = {
  "encoding-invalid": () => "The file contains the replacement character `�`; save it as UTF-8",
  "front-matter-missing": () =>
    "Missing document control (YAML between two `---` lines) at the top",
  "front-matter-invalid": () => "Document control must be lines of `key: value`",
  "yaml-invalid": ({ detail }) => `Invalid YAML in document control: ${detail}`,
  "front-matter-field-invalid": ({ field, expected }) =>
    `Invalid value for field \`${field}\`, expected ${expected}`,
  "front-matter-key-unknown": ({ key, expected }) =>
    `Unknown field \`${key}\`, did you mean \`${expected}\`?`,
  "date-invalid": ({ field, value }) =>
    `Date \`${value}\` in field \`${field}\` is invalid or does not exist`,
  "duration-unparsed": ({ text }) => `Cannot read duration \`${text}\``,
  "legal-citation-unparsed": ({ text }) =>
    `Cannot split type, number and date of legal document \`${text}\``,
  "section-duplicate": ({ title }) =>
    `Section \`${title}\` appears more than once; contents are merged`,
  "section-unknown": ({ title, expected }) =>
    `Section \`${title}\` is not a standard section, did you mean \`${expected}\`?`,
  "steps-table-missing": () => "No table of procedure steps found",
  "steps-table-empty": () => "The table of procedure steps has no rows",
  "steps-column-missing": ({ column }) => `The steps table has no \`${column}\` column`,
  "steps-column-unknown": ({ column, expected }) =>
    `Column \`${column}\` is not a standard column, did you mean \`${expected}\`?`,
  "branch-unparsed": ({ id, text }) => `Cannot read transition \`${text}\` of step \`${id}\``,
};
