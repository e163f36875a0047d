import { discoverFiles } from "../files/discover-files.js";
import type { FileReport } from "../report/file-report.js";
import { type CheckOptions, checkFile } from "./check-file.js";

/** Expands the inputs and checks every file in turn; one bad file never stops the others. */
export async function checkInputs(
  inputs: readonly string[],
  cwd: string,
  options: CheckOptions,
): Promise<FileReport[]> {
  const found = await discoverFiles(inputs, cwd, options.messages);
  const reports: FileReport[] = [];
  for (const input of found) reports.push(await checkFile(input, options));
  return reports;
}
