// `node scripts/snapshot-reports.mjs OUT [--compare BEFORE]`: the JSON report of the built CLI on
// examples/repository and on every corpus of ../shared/corpus/ (each materialised as a folder: its
// FILES.txt as empty files, its ticket files with their text), one file per repository in OUT.
// With --compare, each report is checked against the one in BEFORE and the differences are listed;
// the exit code is 1 when any report differs. A refactoring that must not change behaviour is
// checked by snapshotting before it and comparing after it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [outFolder, flag, beforeFolder] = process.argv.slice(2);
if (!outFolder || (flag !== undefined && (flag !== '--compare' || !beforeFolder))) {
  console.error('usage: node scripts/snapshot-reports.mjs OUT [--compare BEFORE]');
  process.exit(2);
}
const CORPUS = path.resolve('..', 'shared', 'corpus');
const CLI = path.resolve('dist', 'cli', 'index.js');
mkdirSync(outFolder, { recursive: true });

function listFiles(folder, prefix = '') {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? listFiles(path.join(folder, entry.name), relative) : [relative];
  });
}

function runCli(root, files) {
  const result = spawnSync(process.execPath, [CLI, '--root', root, '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (result.status !== 0 && result.status !== 1) throw new Error(`ticket-lint exited ${result.status} on ${root}: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

function corpusReport(name) {
  const source = path.join(CORPUS, name);
  const root = mkdtempSync(path.join(os.tmpdir(), `snapshot-${name}-`));
  try {
    for (const file of readFileSync(path.join(source, 'FILES.txt'), 'utf8').split('\n').filter(Boolean)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), '');
    }
    const tickets = listFiles(path.join(source, 'files')).sort();
    for (const ticket of tickets) {
      mkdirSync(path.dirname(path.join(root, ticket)), { recursive: true });
      writeFileSync(path.join(root, ticket), readFileSync(path.join(source, 'files', ticket)));
    }
    return runCli(root, tickets.map((ticket) => path.join(root, ticket)));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const reports = { 'examples-repository': runCli(path.resolve('examples', 'repository'), []) };
if (existsSync(CORPUS)) {
  for (const entry of readdirSync(CORPUS, { withFileTypes: true })) {
    if (entry.isDirectory()) reports[entry.name] = corpusReport(entry.name);
  }
}

/** The diagnostic fields the report had before each diagnostic carried its ticket. */
function comparable(report) {
  return {
    ...report,
    diagnostics: report.diagnostics.map((diagnostic) => {
      const copy = { ...diagnostic };
      delete copy.ticketIndex;
      return copy;
    }),
  };
}

let differing = 0;
for (const [name, report] of Object.entries(reports)) {
  const file = path.join(outFolder, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  const counts = `${report.counts.tickets} tickets, ${report.counts.errors} errors, ${report.counts.warnings} warnings`;
  if (!beforeFolder) {
    console.log(`${name}: ${counts}`);
    continue;
  }
  const before = JSON.parse(readFileSync(path.join(beforeFolder, `${name}.json`), 'utf8'));
  const same = JSON.stringify(comparable(before)) === JSON.stringify(comparable(report));
  if (!same) differing += 1;
  console.log(`${name}: ${counts} — ${same ? 'identical' : 'DIFFERS'}`);
}
if (differing > 0) {
  console.error(`${differing} report(s) differ; diff the files in ${outFolder} and ${beforeFolder}.`);
  process.exit(1);
}
