// `node scripts/corpus-stats.mjs [OUT]`: lints every corpus of ../shared/corpus/ as its own repository
// would with no config (each materialised as a folder: FILES.txt as empty files, the ticket files with
// their text; the default `tickets` globs choose what to lint) with the built CLI, and prints tickets,
// formats and problems by rule per corpus. With OUT, each JSON report is written there.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const outFolder = process.argv[2];
const CORPUS = path.resolve('..', 'shared', 'corpus');
const CLI = path.resolve('dist', 'cli', 'index.js');
if (outFolder) mkdirSync(outFolder, { recursive: true });

function listFiles(folder, prefix = '') {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? listFiles(path.join(folder, entry.name), relative) : [relative];
  });
}

/** The corpus as a folder on disk, outside git: its tracked paths as empty files, its tickets with their text. */
export function materialise(name) {
  const source = path.join(CORPUS, name);
  const root = mkdtempSync(path.join(os.tmpdir(), `corpus-${name}-`));
  for (const file of readFileSync(path.join(source, 'FILES.txt'), 'utf8').split('\n').filter(Boolean)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), '');
  }
  for (const ticket of listFiles(path.join(source, 'files'))) {
    mkdirSync(path.dirname(path.join(root, ticket)), { recursive: true });
    writeFileSync(path.join(root, ticket), readFileSync(path.join(source, 'files', ticket)));
  }
  return root;
}

for (const entry of readdirSync(CORPUS, { withFileTypes: true }).filter((e) => e.isDirectory())) {
  const root = materialise(entry.name);
  try {
    const result = spawnSync(process.execPath, [CLI, '--root', root, '--format', 'json'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    if (result.status !== 0 && result.status !== 1) {
      console.log(`${entry.name}: exit ${result.status} ${result.stderr.trim()}`);
      continue;
    }
    const report = JSON.parse(result.stdout);
    if (outFolder) writeFileSync(path.join(outFolder, `${entry.name}.json`), result.stdout);
    const byRule = {};
    for (const d of report.diagnostics) {
      const key = d.severity === 'warning' ? `${d.rule}(w)` : d.rule;
      byRule[key] = (byRule[key] ?? 0) + 1;
    }
    const formats = {};
    for (const t of report.tickets) formats[t.format ?? '?'] = (formats[t.format ?? '?'] ?? 0) + 1;
    const rules = Object.entries(byRule).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ');
    console.log(`${entry.name.padEnd(30)} ${report.counts.tickets}t ${JSON.stringify(formats)}\n    ${rules}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
