// node heldout-eval.mjs CORPUS_DIR HANDLIST.jsonl [DIST_DIR]   (LINT_DONE=1 lints finished tickets too)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
const [corpus, handlist, dist = '/work/main/dist'] = process.argv.slice(2);
const repoName = path.basename(corpus).replace(/^[^-]+-/, '');
const root = path.join('/tmp/heldout-run', path.basename(corpus), repoName);
rmSync(path.dirname(root), { recursive: true, force: true });
mkdirSync(root, { recursive: true });
const tracked = readFileSync(path.join(corpus, 'FILES.txt'), 'utf8').split('\n').filter(Boolean);
const folders = new Set(tracked.flatMap((f) => f.split('/').slice(1).map((_, i, parts) => f.split('/').slice(0, i + 1).join('/'))));
for (const file of tracked) { if (file.startsWith('.git/') || folders.has(file)) continue; mkdirSync(path.dirname(path.join(root, file)), { recursive: true }); try { writeFileSync(path.join(root, file), ''); } catch {} }
const list = (dir, prefix = '') => readdirSync(dir, { withFileTypes: true }).flatMap((e) => { const rel = prefix ? `${prefix}/${e.name}` : e.name; return e.isDirectory() ? list(path.join(dir, e.name), rel) : [rel]; });
const tickets = list(path.join(corpus, 'files')).sort();
for (const t of tickets) { mkdirSync(path.dirname(path.join(root, t)), { recursive: true }); copyFileSync(path.join(corpus, 'files', t), path.join(root, t)); }
try { copyFileSync(path.join(corpus, 'gitignore.txt'), path.join(root, '.gitignore')); } catch {}
if (process.env.LINT_DONE) writeFileSync(path.join(root, '.ticket-lint.yml'), 'lint-done: true\n');
const git = (...a) => execFileSync('git', a, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
git('init', '-q'); git('config', 'user.name', 'e'); git('config', 'user.email', 'e@e'); git('add', '-A'); git('commit', '-qm', 'corpus', '--no-verify');
const run = spawnSync('node', [path.join(dist, 'cli', 'index.js'), '--format', 'json', ...tickets], { cwd: root, encoding: 'utf8', maxBuffer: 1e9 });
const report = JSON.parse(run.stdout);
const entries = readFileSync(handlist, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const bare = (w) => w.replace(/^`|`$/g, '').replace(/^file:\/\/\/?/, '/').replace(/^\.\//, '').replace(/[:#].*$/, '').replace(/^@/, '');
const reported = (m) => bare((/(?:Path|Glob) '([^']+)'/.exec(m)?.[1]) ?? '');
const names = new Set(tracked.map((f) => f.slice(f.lastIndexOf('/') + 1)));
const reports = report.diagnostics.filter((d) => ['path-exists', 'path-outside-repo'].includes(d.rule)).map((d) => ({ file: d.file, line: d.line, rule: d.rule, path: reported(d.message), message: d.message, severity: d.severity }));
const matched = new Set();
let tp = 0, fp = 0, un = 0;
for (const r of reports) {
  const found = entries.filter((e) => e.file === r.file && e.line === r.line && (bare(e.written).includes(r.path) || r.path.includes(bare(e.written))));
  found.forEach((e) => matched.add(e));
  const b = found.find((e) => e.verdict === 'broken');
  const tag = b ? 'TRUE ' : found[0] ? `FALSE[${found[0].verdict}/${found[0].category}]` : 'UNLISTED';
  if (b) tp++; else if (found[0]) fp++; else un++;
  console.log(`${tag} ${r.file}:${r.line} ${r.rule} ${r.severity} :: ${r.message.slice(0, 220)}`);
}
const isKnownName = (e) => !bare(e.written).includes('/') && names.has(bare(e.written));
const lintDone = !!process.env.LINT_DONE;
const broken = entries.filter((e) => e.verdict === 'broken' && (lintDone || e.ticketDone !== true) && !isKnownName(e));
const caught = broken.filter((e) => matched.has(e));
for (const e of broken.filter((e) => !matched.has(e))) console.log(`MISSED ${e.file}:${e.line} ${e.written} [${e.category}${e.declared ? ', declared' : ''}] ${e.note ?? ''}`);
console.log(JSON.stringify({ corpus: path.basename(corpus), tickets: tickets.length, reports: reports.length, true: tp, false: fp, unlisted: un, broken: broken.length, caught: caught.length, knownNames: entries.filter((e) => e.verdict === 'broken' && isKnownName(e)).length, brokenInDone: entries.filter((e) => e.verdict === 'broken' && e.ticketDone === true).length }));
