// `npm run bench`: times ticket-lint against markdownlint-cli2 on the same generated 1,000-ticket
// repository, in one script, several runs each; then the single-ticket run a pull request makes.
// Figures: medians of wall time, their ratio, and peak memory (resident set) of each process.
import { Buffer } from 'node:buffer';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRoadmapRepository } from './bench-repository.mjs';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `BENCH_DIST=/elsewhere/dist` times other bundles (an earlier commit's, `git archive REV dist | tar -x`) with the same inputs.
const DIST = process.env.BENCH_DIST ?? path.join(PROJECT, 'dist');
const CLI = path.join(DIST, 'cli', 'index.js');
const ACTION = path.join(DIST, 'index.js');
const MARKDOWNLINT = path.join(PROJECT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const PRELOAD = path.join(PROJECT, 'scripts', 'report-max-rss.mjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TICKETS = 1000;

const makeRepository = () => makeRoadmapRepository({ tickets: TICKETS });

function run(args, cwd, env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', PRELOAD, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...(env ? { env: { ...process.env, ...env } } : {}) });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = Number(/bench-max-rss-kib (\d+)/.exec(result.stderr)?.[1] ?? Number.NaN);
  if (result.status === null || result.status > 1) throw new Error(`${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  return { seconds, rssMiB: rss / 1024, stdout: result.stdout };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
};

function compare(label, commands, cwd) {
  const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  // A command is its arguments, or `{ args, env }` for one run with variables of its own.
  const runOnce = (command) => (Array.isArray(command) ? run(command, cwd) : run(command.args, cwd, command.env));
  for (const name of Object.keys(commands)) runOnce(commands[name]); // warm the file cache
  for (let round = 0; round < RUNS; round += 1) {
    for (const name of Object.keys(commands)) samples[name].push(runOnce(commands[name]));
  }
  console.log(`\n${label} (${RUNS} runs each, medians)`);
  const summary = {};
  for (const [name, runs] of Object.entries(samples)) {
    // The peak of the worst run counts; the median peak says whether that run was the rule or an outlier.
    summary[name] = { seconds: median(runs.map((r) => r.seconds)), rssMiB: Math.max(...runs.map((r) => r.rssMiB)), medianRssMiB: median(runs.map((r) => r.rssMiB)) };
    console.log(`  ${name.padEnd(28)} ${summary[name].seconds.toFixed(3)} s   peak ${summary[name].rssMiB.toFixed(0)} MiB (median ${summary[name].medianRssMiB.toFixed(0)})`);
  }
  return summary;
}

/**
 * A 100,000-file repository (a plain folder: the same view as git's, without a minute of `git add`)
 * and two one-ticket runs: ten pointers with typos, which ask for suggestions, against the same ten
 * pointers spelled right.
 */
function suggestionsOnLargeRepository() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ticket-lint-bench-large-'));
  try {
    const folders = ['api', 'core', 'ui', 'web', 'server', 'utils', 'models', 'routes', 'services', 'hooks'];
    let count = 0;
    for (let pkg = 0; count < 100_000; pkg += 1) {
      for (const folder of folders) {
        const dir = path.join(root, 'packages', `pkg${pkg}`, 'src', folder);
        mkdirSync(dir, { recursive: true });
        for (let file = 0; file < 50 && count < 100_000; file += 1, count += 1) writeFileSync(path.join(dir, `${folder}_file_${file}.ts`), '');
      }
    }
    const right = Array.from({ length: 10 }, (_, i) => `packages/pkg${i * 17}/src/${folders[i]}/${folders[i]}_file_${i * 3}.ts`);
    const typos = right.map((p, i) => (i % 2 === 0 ? p.replace('_file_', '_fiel_') : p.replace(`/${folders[i]}/`, `/${folders[i]}s/`)));
    const ticket = (paths) =>
      ['# Large repository', '', '## Goal', 'Point at ten files.', '', '## Context Pointers', ...paths.map((p) => `- \`${p}\``), '', '## Acceptance Criteria', '- [ ] one', '- [ ] two', ''].join('\n');
    mkdirSync(path.join(root, 'roadmap'));
    writeFileSync(path.join(root, 'roadmap', 'right.md'), ticket(right));
    writeFileSync(path.join(root, 'roadmap', 'typos.md'), ticket(typos));
    const sample = JSON.parse(run([CLI, '--root', root, '--format', 'json', 'roadmap/typos.md'], root).stdout);
    const suggested = sample.diagnostics.filter((d) => {
      const [, wrong, meant] = /'([^']+)' does not exist; did you mean '([^']+)'/.exec(d.message) ?? [];
      return meant !== undefined && meant === right[typos.indexOf(wrong)];
    }).length;
    const large = compare('One ticket in a 100,000-file repository', {
      'ten right pointers': [CLI, '--root', root, 'roadmap/right.md'],
      'ten typos, suggestions': [CLI, '--root', root, 'roadmap/typos.md'],
    }, root);
    const cost = large['ten typos, suggestions'].seconds - large['ten right pointers'].seconds;
    console.log(`  ${suggested} of 10 typos got the right suggestion; suggesting cost ${(cost * 1000).toFixed(0)} ms in all (${(large['ten typos, suggestions'].seconds / large['ten right pointers'].seconds).toFixed(2)}× the run with right pointers)`);
  } finally {
    rmSync(root, { recursive: true, force: true, maxRetries: 5 });
  }
}

/**
 * A git repository of 5,000 commits (made with git fast-import) whose commit 2,500 deletes ten files
 * and renames ten: one ticket pointing at those twenty stale paths, whose messages come from one
 * batched history lookup, against one ticket pointing at twenty files that are there.
 */
function historyOnLongHistory() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ticket-lint-bench-history-'));
  try {
    const files = Array.from({ length: 500 }, (_, i) => `src/module${i}/file${i}.ts`);
    const stale = files.slice(0, 20);
    const right = files.slice(100, 120);
    const ticket = (paths) =>
      ['# History', '', '## Goal', 'Point at twenty files.', '', '## Context Pointers', ...paths.map((p) => `- \`${p}\``), '', '## Acceptance Criteria', '- [ ] one', '- [ ] two', ''].join('\n');
    const chunks = [];
    const blob = (text) => `data ${Buffer.byteLength(text)}\n${text}`;
    for (let commit = 1; commit <= 5_000; commit += 1) {
      const lines = [`commit refs/heads/main`, `committer bench <bench@ticket-lint.invalid> ${1_700_000_000 + commit * 60} +0000`, blob(`commit ${commit}`)];
      if (commit === 1) {
        for (const file of files) lines.push(`M 100644 inline ${file}`, blob(`export const x = ${file.length};\n`));
        lines.push('M 100644 inline roadmap/stale.md', blob(ticket(stale)), 'M 100644 inline roadmap/right.md', blob(ticket(right)));
      } else if (commit === 2_500) {
        for (const file of stale.slice(0, 10)) lines.push(`D ${file}`);
        for (const file of stale.slice(10)) lines.push(`R ${file} ${file.replace('src/', 'lib/')}`);
      } else {
        const file = files[20 + (commit % (files.length - 20))];
        lines.push(`M 100644 inline ${file}`, blob(`export const x = ${commit};\n`));
      }
      chunks.push(lines.join('\n'));
    }
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: root });
    execFileSync('git', ['fast-import', '--quiet'], { cwd: root, input: chunks.join('\n') + '\n' });
    execFileSync('git', ['reset', '-q', '--hard', 'main'], { cwd: root });
    const sample = JSON.parse(run([CLI, '--format', 'json', 'roadmap/stale.md'], root).stdout);
    const told = sample.diagnostics.filter((d) => /was (deleted|renamed to '[^']+') in [0-9a-f]+/.test(d.message)).length;
    const history = compare('One ticket in a repository of 5,000 commits', {
      'twenty right pointers': [CLI, 'roadmap/right.md'],
      'twenty stale, history': [CLI, 'roadmap/stale.md'],
    }, root);
    const cost = history['twenty stale, history'].seconds - history['twenty right pointers'].seconds;
    console.log(`  ${told} of 20 stale pointers told what happened to them; the history lookup cost ${(cost * 1000).toFixed(0)} ms (${(history['twenty stale, history'].seconds / history['twenty right pointers'].seconds).toFixed(2)}× the run with right pointers)`);
  } finally {
    rmSync(root, { recursive: true, force: true, maxRetries: 5 });
  }
}

/** A clean ticket (an id, a goal, a pointer, two criteria) with `extra` lines before its criteria. */
function hostileTicket(id, extra = [], pointers = ['`src/app.ts`']) {
  return ['---', `id: ${id}`, '---', `# Ticket ${id}`, '', '## Goal', 'Keep the app working.', '', '## Context Pointers', ...pointers.map((p) => `- ${p}`), '', ...extra, '', '## Acceptance Criteria', '- [ ] it works', '- [ ] `npm test` passes', ''].join('\n');
}

/**
 * Inputs that were super-linear once (hardening findings F4, F8–F14, F21, F40; F11 through the action), each built at 1× and 10×
 * its size: the work of a run (its time less a one-ticket run's) grows about 10× when it is linear,
 * 100× when quadratic. Plain folders (`--root`), as the runs only read them.
 */
const HOSTILE = {
  'F8 code spans on one line': (n) => ({ files: { 'roadmap/t.md': hostileTicket('T-1', ['## Notes', '`a.ts` '.repeat(4_000 * n)]) } }),
  'F9 headings': (n) => ({ files: { 'roadmap/t.md': hostileTicket('T-1', Array.from({ length: 2_500 * n }, () => '## New files')) } }),
  'F10 a dependency cycle': (n) => {
    const count = 300 * n;
    const roadmap = ['# Roadmap', ''];
    for (let i = 0; i < count; i += 1) roadmap.push(`## Ticket ${i}: t${i}`, '', `Depends on: Ticket ${(i + 1) % count}`, '', '### Goal', 'Do it.', '');
    return { files: { 'roadmap/cycle.md': roadmap.join('\n') } };
  },
  'F4 sibling tickets on one file': (n) => {
    const roadmap = ['# Roadmap', ''];
    for (let i = 0; i < 80 * n; i += 1) roadmap.push(`## Ticket ${i}: t${i}`, '', '### Context', '- `src/app.ts`', '', '### Acceptance Criteria', '- [ ] ok', '');
    return { files: { 'roadmap/siblings.md': roadmap.join('\n') } };
  },
  'F12 line ranges of one file': (n) => {
    const lines = 1_400 * n;
    const source = Array.from({ length: lines }, (_, i) => `export function f${(i * 2_654_435_761) % 4_294_967_296}(a: number): number { return a * ${i}; }`).join('\n');
    // Fifteen tickets of 50 × n ranges each: every range a different one.
    const files = { 'src/big.ts': `${source}\n` };
    for (let t = 0; t < 15; t += 1) files[`roadmap/t${t}.md`] = hostileTicket(`T-${t}`, [], Array.from({ length: 50 * n }, (_, i) => `\`src/big.ts:${i + 1}-${lines - t}\``));
    return { files };
  },
  'F13 missing pointers among many files': (n) => {
    const files = {};
    for (let i = 0; i < 3_000 * n; i += 1) files[`src/mod${String(i).padStart(6, '0')}.ts`] = '';
    const missing = Array.from({ length: 40 * n }, (_, i) => (i % 2 === 0 ? `\`src/zz${String(i).padStart(5, '0')}.ts\`` : `\`zqmod${String(i).padStart(5, '0')}.ts\``));
    return { files: { ...files, 'roadmap/t.md': hostileTicket('T-1', [], missing) } };
  },
  'F14 many ids among many tickets': (n) => {
    const files = {};
    const words = 'alpha beta gamma delta epsilon zeta theta iota kappa lambda'.split(' ');
    for (let i = 0; i < 50 * n; i += 1) files[`roadmap/t${i}.md`] = hostileTicket(`T-${i}`, ['## Notes', Array.from({ length: 400 }, (_, j) => words[(i + j) % 10]).join(' ')]);
    const ids = Array.from({ length: 5_000 * n }, (_, i) => `X-${i}`).join(', ');
    files['roadmap/pr.md'] = hostileTicket('PR-1').replace('id: PR-1', `id: PR-1\ndepends_on: [${ids}]`);
    return { files, args: ['roadmap/pr.md'] };
  },
  'F40 lists and headings in turn': (n) => ({ files: { 'roadmap/t.md': hostileTicket('T-1', ['## Notes', '', '- a\n\n# h\n'.repeat(800 * n)]) } }),
  // The action on a push (every ticket, the job summary written): 4 problems in each of 500 × n tickets.
  'F11 action summary of many problems': (n) => ({ action: true, files: Object.fromEntries(Array.from({ length: 500 * n }, (_, i) => [`roadmap/t${i}.md`, `# Ticket ${i}\n\nSome words.\n`])) }),
  'F21 blank lines': (n) => ({ files: Object.fromEntries(Array.from({ length: 2 * n }, (_, i) => [`roadmap/t${i}.md`, hostileTicket(`T-${i}`, ['\n'.repeat(150_000)])])) }),
};

function writeTree(root, files) {
  for (const [relative, content] of Object.entries({ 'src/app.ts': 'export const app = 1;\n', ...files })) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), content);
  }
}

/** The runner's environment for the bundled action on a push, with no token: every ticket linted, outputs and summary to files. */
function actionEnvironment(root) {
  const runner = mkdtempSync(path.join(path.dirname(root), 'runner-'));
  const file = (name, text = '') => {
    writeFileSync(path.join(runner, name), text);
    return path.join(runner, name);
  };
  return {
    GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_WORKSPACE: root, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: file('event.json', '{}'),
    GITHUB_REPOSITORY: 'octo/roadmap', GITHUB_SHA: 'HEAD', GITHUB_OUTPUT: file('output'), GITHUB_STEP_SUMMARY: file('summary'), RUNNER_TEMP: runner,
    'INPUT_GITHUB-TOKEN': '', INPUT_CONFIG: '.ticket-lint.yml', INPUT_SCOPE: 'all', 'INPUT_FAIL-ON': 'error', INPUT_COMMENT: 'false',
  };
}

function hostileScaling() {
  // The fastest of a few runs: on a shared machine other work only ever adds time, and a ratio of two
  // noisy medians of two or three runs says less than a ratio of minimums.
  const runs = Number(process.env.BENCH_RUNS ?? 2);
  const timed = (root, args, action = false) => {
    const once = () => (action ? run([ACTION], root, actionEnvironment(root)) : run([CLI, '--root', root, '--format', 'json', ...args], root));
    const samples = Array.from({ length: runs }, once);
    return { seconds: Math.min(...samples.map((sample) => sample.seconds)), rssMiB: Math.max(...samples.map((sample) => sample.rssMiB)) };
  };
  const started = Date.now();
  const base = mkdtempSync(path.join(os.tmpdir(), 'ticket-lint-bench-hostile-'));
  try {
    const empty = path.join(base, 'one-ticket');
    writeTree(empty, { 'roadmap/t.md': hostileTicket('T-1') });
    run([CLI, '--root', empty], empty); // warm the file cache
    const floor = timed(empty, []).seconds;
    const actionFloor = timed(empty, [], true).seconds;
    console.log(`\nHostile inputs at 1× and 10× (the fastest of ${runs} runs each; work = time less a one-ticket run's ${floor.toFixed(3)} s)`);
    console.log(`  ${'input'.padEnd(40)} ${'1× work'.padStart(9)} ${'10× work'.padStart(9)}   ratio   peak at 10×`);
    // `BENCH_HOSTILE=F10,F4` times only those inputs.
    const wanted = process.env.BENCH_HOSTILE?.split(',');
    for (const [name, build] of Object.entries(HOSTILE)) {
      if (wanted && !wanted.includes(name.split(' ')[0])) continue;
      const work = [1, 10].map((scale) => {
        const root = path.join(base, `${name.split(' ')[0]}-${scale}`);
        const { files, args = [], action = false } = build(scale);
        writeTree(root, files);
        const { seconds, rssMiB } = timed(root, args, action);
        return { work: Math.max(seconds - (action ? actionFloor : floor), 0.001), rssMiB };
      });
      const [one, ten] = work;
      console.log(`  ${name.padEnd(40)} ${one.work.toFixed(3).padStart(8)}s ${ten.work.toFixed(3).padStart(8)}s ${(ten.work / one.work).toFixed(1).padStart(7)}×   ${ten.rssMiB.toFixed(0)} MiB`);
    }
    console.log(`  (linear ≈ 10×, quadratic ≈ 100×; ${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

/** `BENCH_ONLY=history` (or `roadmap`, `large`, `hostile`, `monorepo`, `scale`) runs one part. */
const ONLY = process.env.BENCH_ONLY;
if (!ONLY || ONLY === 'roadmap') roadmapAndOneTicket();
if (!ONLY || ONLY === 'large') suggestionsOnLargeRepository();
if (!ONLY || ONLY === 'history') historyOnLongHistory();
if (!ONLY || ONLY === 'hostile') hostileScaling();
if (!ONLY || ONLY === 'monorepo') monorepoPullRequest();
if (!ONLY || ONLY === 'scale') tenThousandTickets();

/**
 * The common run in a monorepo: a pull request that edits one ticket of a 1,000-ticket roadmap in a
 * repository of 100,000 other files, against markdownlint-cli2 on that one file (issue 16's target:
 * at most 1.5×, at most 256 MiB).
 */
function monorepoPullRequest() {
  const root = makeRoadmapRepository({ tickets: TICKETS, otherFiles: 100_000 });
  try {
    const edited = path.join(root, 'roadmap', 'B-0001.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('## Goal\n', '## Goal\nOne more sentence of goal, as a pull request adds.\n'));
    execFileSync('git', ['commit', '-q', '-am', 'edit one ticket'], { cwd: root, stdio: 'ignore' });
    console.log(`\nMonorepo: ${TICKETS} tickets and 100,000 other files; the last commit edits roadmap/B-0001.md`);
    // In CI (the pull request's check) the checkout is the commit and git's status is not read; locally
    // the work tree counts (docs/pull-requests.md, "What a run in CI checks").
    const pull = compare('One ticket changed in a 100,000-file repository (--changed-since HEAD~1)', {
      'ticket-lint, in CI': { args: [CLI, '--changed-since', 'HEAD~1'], env: { CI: 'true' } },
      'ticket-lint, locally': { args: [CLI, '--changed-since', 'HEAD~1'], env: { CI: '' } },
      'markdownlint-cli2, one file': [MARKDOWNLINT, 'roadmap/B-0001.md'],
    }, root);
    const theirs = pull['markdownlint-cli2, one file'].seconds;
    console.log(`  ratio ticket-lint / markdownlint-cli2: ${(pull['ticket-lint, in CI'].seconds / theirs).toFixed(2)}× in CI (target ≤ 1.5×, ≤ 256 MiB), ${(pull['ticket-lint, locally'].seconds / theirs).toFixed(2)}× locally`);
  } finally {
    rmSync(root, { recursive: true, force: true, maxRetries: 5 });
  }
}

/** A whole roadmap of 1,000 and of 10,000 tickets (the same generator): linear means at most 10.5× the time, and at most 512 MiB. */
function tenThousandTickets() {
  const times = {};
  for (const tickets of [TICKETS, 10 * TICKETS]) {
    const root = makeRoadmapRepository({ tickets });
    try {
      times[tickets] = compare(`Whole roadmap of ${tickets.toLocaleString('en-US')} tickets`, {
        'ticket-lint': [CLI, '--format', 'json'],
        'markdownlint-cli2': [MARKDOWNLINT, 'roadmap/**/*.md'],
      }, root);
      const ratio = times[tickets]['ticket-lint'].seconds / times[tickets]['markdownlint-cli2'].seconds;
      console.log(`  ratio ticket-lint / markdownlint-cli2: ${ratio.toFixed(2)}×`);
    } finally {
      rmSync(root, { recursive: true, force: true, maxRetries: 5 });
    }
  }
  const growth = times[10 * TICKETS]['ticket-lint'].seconds / times[TICKETS]['ticket-lint'].seconds;
  const theirs = times[10 * TICKETS]['markdownlint-cli2'].seconds / times[TICKETS]['markdownlint-cli2'].seconds;
  console.log(`  10× the tickets: ${growth.toFixed(2)}× the time (target ≤ 10.5×; markdownlint-cli2 ${theirs.toFixed(2)}×), peak ${times[10 * TICKETS]['ticket-lint'].rssMiB.toFixed(0)} MiB (target ≤ 512)`);
}

function roadmapAndOneTicket() {
const root = makeRepository();
try {
  console.log(`Repository: ${TICKETS} tickets in ${root}/roadmap, 400 source files, 20 docs; ${os.cpus().length} CPUs, Node ${process.version}`);
  const check = JSON.parse(run([CLI, '--format', 'json'], root).stdout);
  const pointers = check.tickets.reduce((sum, ticket) => sum + ticket.pointers.length, 0);
  const bytes = Number(execFileSync('sh', ['-c', 'cat roadmap/*.md | wc -c'], { cwd: root, encoding: 'utf8' }));
  console.log(`ticket-lint sees ${check.counts.tickets} tickets, ${pointers} pointers, ${check.counts.errors} errors, ${check.counts.warnings} warnings; tickets average ${(bytes / TICKETS / 1024).toFixed(2)} KiB`);

  const roadmap = compare('Whole roadmap', {
    'ticket-lint': [CLI, '--format', 'json'],
    'markdownlint-cli2': [MARKDOWNLINT, 'roadmap/**/*.md'],
  }, root);
  const ratio = roadmap['ticket-lint'].seconds / roadmap['markdownlint-cli2'].seconds;
  console.log(`  ratio ticket-lint / markdownlint-cli2: ${ratio.toFixed(2)}× (target ≤ 0.80×)`);

  // The common pull request: one ticket edited. Comparing with the base lints that ticket twice.
  const edited = path.join(root, 'roadmap', 'B-0001.md');
  const original = readFileSync(edited, 'utf8');
  writeFileSync(edited, original.replace('## Goal\n', '## Goal\nOne more sentence of goal, as a pull request adds.\n'));
  const pull = compare('One ticket changed since HEAD (a pull request)', {
    'only-new (base lint too)': [CLI, '--changed-since', 'HEAD'],
    'only-new false': [CLI, '--changed-since', 'HEAD', '--only-new', 'false'],
    'markdownlint-cli2, one file': [MARKDOWNLINT, 'roadmap/B-0001.md'],
  }, root);
  const overhead = pull['only-new (base lint too)'].seconds / pull['only-new false'].seconds - 1;
  console.log(`  the base lint adds ${Math.round(overhead * 100)}% (target ≤ 30%); ratio to markdownlint-cli2: ${(pull['only-new (base lint too)'].seconds / pull['markdownlint-cli2, one file'].seconds).toFixed(2)}×`);
  writeFileSync(edited, original);

  writeFileSync(path.join(root, 'roadmap', 'plan.md'), '---\ntype: spec\n---\n# Plan\n\nNo tickets in this file.\n');
  const single = compare('One ticket (the common pull request)', {
    'ticket-lint, one ticket': [CLI, 'roadmap/B-0001.md'],
    'ticket-lint, no ticket': [CLI, 'roadmap/plan.md'],
    'markdownlint-cli2, one file': [MARKDOWNLINT, 'roadmap/B-0001.md'],
  }, root);
  const one = single['ticket-lint, one ticket'].seconds;
  const none = single['ticket-lint, no ticket'].seconds;
  console.log(`  tokenizer load and one ticket's lint: ${(one - none).toFixed(3)} s, ${Math.round(((one - none) / one) * 100)}% of the single-ticket run`);
} finally {
  rmSync(root, { recursive: true, force: true, maxRetries: 5 });
}
}
