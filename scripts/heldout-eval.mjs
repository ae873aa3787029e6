// `node scripts/heldout-eval.mjs CORPUS HAND_LIST.jsonl [DIST]`: lints a held-out corpus as its own git
// repository with a bundle (default: this checkout's dist/) and judges its path reports against a hand
// list made without the tool (docs/pointers.md, "How well it works"). CORPUS is a folder of `files/` (the
// ticket files at their repository paths), `FILES.txt` (every tracked path) and, optionally,
// `gitignore.txt` (the repository's .gitignore). `LINT_DONE=1` lints finished tickets too; `REPO_NAME=x`
// names the checkout's folder as the repository is named (a laptop copy's path is found by it).
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [corpus, handList, dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist')] = process.argv.slice(2);
if (corpus === undefined || handList === undefined) {
  console.error('usage: node scripts/heldout-eval.mjs CORPUS HAND_LIST.jsonl [DIST]');
  process.exit(2);
}

const lintDone = Boolean(process.env.LINT_DONE);
const listed = (folder, prefix = '') =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? listed(path.join(folder, entry.name), relative) : [relative];
  });

/** The corpus as a git repository: every tracked path an empty file, the tickets with their text. */
function buildRepository() {
  const root = path.join(os.tmpdir(), 'heldout-run', path.basename(corpus), process.env.REPO_NAME ?? 'repository');
  rmSync(path.dirname(root), { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const tracked = readFileSync(path.join(corpus, 'FILES.txt'), 'utf8').split('\n').filter((line) => line !== '');
  // A listing may name a folder as well as its files: the folder is not written as a file.
  const folders = new Set(tracked.flatMap((file) => file.split('/').slice(0, -1).map((_, index, parts) => parts.slice(0, index + 1).join('/'))));
  for (const file of tracked) {
    if (file.startsWith('.git/') || folders.has(file)) continue;
    try {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), '');
    } catch (error) {
      // A name longer than this file system allows (255 bytes; UTF-8 CJK names reach it) cannot be made here.
      if (error.code !== 'ENAMETOOLONG') throw error;
      console.error(`skipped, name too long for this file system: ${file}`);
    }
  }
  const tickets = listed(path.join(corpus, 'files')).sort();
  for (const ticket of tickets) {
    mkdirSync(path.dirname(path.join(root, ticket)), { recursive: true });
    copyFileSync(path.join(corpus, 'files', ticket), path.join(root, ticket));
  }
  if (existsSync(path.join(corpus, 'gitignore.txt'))) copyFileSync(path.join(corpus, 'gitignore.txt'), path.join(root, '.gitignore'));
  if (lintDone) writeFileSync(path.join(root, '.ticket-lint.yml'), 'lint-done: true\n');
  const git = (...args) => execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
  git('init', '-q');
  // Every listed path is tracked, whatever the .gitignore says now (a file added before its rule, or with -f).
  git('add', '-A', '-f');
  git('-c', 'user.name=heldout', '-c', 'user.email=heldout@ticket-lint.invalid', 'commit', '-qm', 'corpus', '--no-verify');
  return { root, tracked, tickets };
}

const { root, tracked, tickets } = buildRepository();
const run = spawnSync(process.execPath, [path.join(dist, 'cli', 'index.js'), '--format', 'json', ...tickets], { cwd: root, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
const report = JSON.parse(run.stdout);
const entries = readFileSync(handList, 'utf8').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line));

const bare = (written) => written.replaceAll('\\', '/').replace(/^`|`$/g, '').replace(/^file:\/\/\/?/, '/').replace(/^\.\//, '').replace(/::.*$|:\d.*$|#.*$/, '').replace(/^@/, '');
const reportedPath = (message) => bare(/(?:Path|Glob) '([^']+)'/.exec(message)?.[1] ?? '');
const names = new Set(tracked.map((file) => file.slice(file.lastIndexOf('/') + 1)));
// A bare glob (`2026-05-23_*.sql`) is a name too: git matches a pattern with no folder at any depth.
const nameMatches = (written) => (/[*?]/.test(written) ? [...names].some((name) => path.matchesGlob(name, written)) : names.has(written));
const isKnownName = (entry) => !bare(entry.written).includes('/') && nameMatches(bare(entry.written));

const matched = new Set();
const counts = { true: 0, false: 0, unlisted: 0 };
const reports = report.diagnostics.filter((diagnostic) => diagnostic.rule === 'path-exists' || diagnostic.rule === 'path-outside-repo');
for (const diagnostic of reports) {
  const reported = reportedPath(diagnostic.message);
  const found = entries.filter((entry) => entry.file === diagnostic.file && entry.line === diagnostic.line && (bare(entry.written).includes(reported) || reported.includes(bare(entry.written))));
  for (const entry of found) matched.add(entry);
  const broken = found.find((entry) => entry.verdict === 'broken');
  const verdict = broken ? 'true' : found[0] ? 'false' : 'unlisted';
  counts[verdict] += 1;
  const why = verdict === 'false' ? `[${found[0].verdict}/${found[0].category}]` : '';
  console.log(`${verdict.toUpperCase()}${why} ${diagnostic.file}:${diagnostic.line} ${diagnostic.rule} ${diagnostic.severity} :: ${diagnostic.message}`);
}
// Task Master writes its task files (`task_003.txt`) from tasks.json: where the corpus has that file,
// ticket-lint lints it and skips the renderings (docs/ticket-format.md), so their entries are the same pointers again.
const ticketSet = new Set(tickets);
const isRendering = (entry) => /(^|\/)task_\d+(?:_[^/]+)?\.txt$/.test(entry.file) && ticketSet.has(`${entry.file.slice(0, entry.file.lastIndexOf('/') + 1)}tasks.json`);
// Bare names (and bare globs) of tracked files are left out: ticket-lint finds them by name, and readers differ on them.
const broken = entries.filter((entry) => entry.verdict === 'broken' && (lintDone || entry.ticketDone !== true) && !isKnownName(entry) && !isRendering(entry));
for (const entry of broken.filter((candidate) => !matched.has(candidate))) {
  console.log(`MISSED ${entry.file}:${entry.line} ${entry.written} [${entry.category}${entry.declared ? ', declared' : ''}] ${entry.note ?? ''}`);
}
console.log(
  JSON.stringify({
    corpus: path.basename(corpus),
    tickets: tickets.length,
    reports: reports.length,
    ...counts,
    broken: broken.length,
    caught: broken.filter((entry) => matched.has(entry)).length,
    bareNamesLeftOut: entries.filter((entry) => entry.verdict === 'broken' && isKnownName(entry)).length,
    renderingsLeftOut: entries.filter((entry) => entry.verdict === 'broken' && isRendering(entry)).length,
    brokenInDone: entries.filter((entry) => entry.verdict === 'broken' && entry.ticketDone === true).length,
  }),
);
