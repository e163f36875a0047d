// Writes the DOCX of a fixture's model or of a generated large procedure, to look at its pages:
//   node --conditions=source --import tsx scripts/render-model.ts canonical out.docx
//   node --conditions=source --import tsx scripts/render-model.ts large:60 out.docx
// Then: libreoffice --headless --convert-to pdf out.docx && pdftoppm -png -r 60 out.pdf page
import { writeFileSync } from "node:fs";
import { packDocx, toDocx } from "../src/index.js";
import { largeProcedure } from "../test/models/large-procedure.js";
import { fixtureModel } from "../test/support/fixtures.js";

const [which = "canonical", out = "procedure.docx"] = process.argv.slice(2);
const large = /^large:(\d+)$/.exec(which);
const procedure = large ? largeProcedure(Number(large[1])) : fixtureModel(which);
writeFileSync(out, await packDocx(toDocx(procedure)));
console.log(`wrote ${out}`);
