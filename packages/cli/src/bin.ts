#!/usr/bin/env node
import { run } from "./run.js";
import { shouldColor } from "./should-color.js";

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: shouldColor(process.stdout.isTTY, process.env),
  interactive: process.stderr.isTTY === true,
  cwd: process.cwd(),
});
