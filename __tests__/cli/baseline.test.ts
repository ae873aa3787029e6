import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lineDigest, problemFingerprint } from '../../src/core/engine/fingerprint.js';
import { makeGitRepository, removeTemporaryFolders, writeFiles } from '../helpers/git-repository.js';
import { runBuiltCli } from '../helpers/run-built.js';
import { BAD, GOOD, LOGIN_SOURCE } from '../helpers/tickets.js';

afterAll(removeTemporaryFolders);

const BASELINE = '.ticket-lint-baseline.json';
const USAGE_HINT = "Run 'ticket-lint --help' for usage.\n";

/** BAD's three problems (tickets.ts), as the baseline records them: by the text of their lines, not their numbers. */
const BAD_ENTRIES = [
  { file: 'roadmap/bad.md', rule: 'context-pointers', fingerprint: problemFingerprint('context-pointers', 'Log out', lineDigest('# Log out')), count: 1 },
  { file: 'roadmap/bad.md', rule: 'required-sections', fingerprint: problemFingerprint('required-sections', 'Log out', lineDigest('# Log out')), count: 1 },
  { file: 'roadmap/bad.md', rule: 'vague-language', fingerprint: problemFingerprint('vague-language', 'Log out', lineDigest('Users log out from every page of the web app, etc.')), count: 1 },
];
const VAGUE_ENTRY = BAD_ENTRIES[2];

const baselineText = (entries: readonly object[]) =>
  `{\n  "version": 1,\n  "entries": [${entries.length > 0 ? `\n${entries.map((entry) => `    ${JSON.stringify(entry)}`).join(',\n')}\n  ` : ''}]\n}\n`;

interface JsonReport {
  diagnostics: Array<{ file: string; line: number; rule: string; severity: string; message: string }>;
  counts: { tickets: number; files: number; errors: number; warnings: number };
  baseline?: { file: string; suppressed: number; stale: object[] };
}

function lintJson(root: string, args: string[] = []): { status: number | null; report: JsonReport } {
  const result = runBuiltCli(['--format', 'json', ...args], root);
  expect(result.stderr).toBe('');
  return { status: result.status, report: JSON.parse(result.stdout) as JsonReport };
}

/** A repository whose tickets have BAD's three problems, recorded in a baseline. */
function baselinedRepository(): string {
  const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'roadmap/bad.md': BAD, 'src/login.ts': LOGIN_SOURCE });
  expect(runBuiltCli(['--write-baseline'], root)).toEqual({
    status: 0,
    stdout: '',
    stderr: `ticket-lint: recorded 3 problems in 1 file in ${BASELINE}\n`,
  });
  return root;
}

describe('ticket-lint --write-baseline, and the runs after it', () => {
  it('records every problem, sorted, one entry a line, and exits 0', () => {
    const root = baselinedRepository();
    expect(readFileSync(path.join(root, BASELINE), 'utf8')).toBe(baselineText(BAD_ENTRIES));
  });

  it('suppresses exactly the recorded problems in a later run, and says how many', () => {
    const root = baselinedRepository();
    const stylish = runBuiltCli([], root);
    expect(stylish.status).toBe(0);
    expect(stylish.stderr).toBe('');
    expect(stylish.stdout.split('\n').filter((line) => !line.startsWith('  ticket '))).toEqual([
      'roadmap/bad.md',
      '',
      'roadmap/good.md',
      '',
      '✔ No problems in 2 tickets in 2 files',
      `3 problems suppressed by ${BASELINE}`,
      '',
    ]);
    const { status, report } = lintJson(root);
    expect(status).toBe(0);
    expect(report.diagnostics).toEqual([]);
    expect(report.counts).toEqual({ tickets: 2, files: 2, errors: 0, warnings: 0 });
    expect(report.baseline).toEqual({ file: BASELINE, suppressed: 3, stale: [] });
  });

  it('still fails on a new problem, reporting that one alone', () => {
    const root = baselinedRepository();
    writeFiles(root, { 'roadmap/other.md': GOOD.replace('id: T-1', 'id: T-2').replace('src/login.ts', 'src/logout.ts') });
    const { status, report } = lintJson(root);
    expect(status).toBe(1);
    expect(report.diagnostics.map(({ file, line, rule, severity, message }) => ({ file, line, rule, severity, message }))).toEqual([
      { file: 'roadmap/other.md', line: 10, rule: 'path-exists', severity: 'error', message: "Path 'src/logout.ts' does not exist; if the ticket creates it, mark it (new)" },
    ]);
    expect(report.counts).toEqual({ tickets: 3, files: 3, errors: 1, warnings: 0 });
    expect(report.baseline).toEqual({ file: BASELINE, suppressed: 3, stale: [] });
  });

  it('reports a copy of an old problem beyond its count: the later one', () => {
    const root = baselinedRepository();
    writeFiles(root, { 'roadmap/bad.md': BAD.replace('## Acceptance Criteria', 'Users log out from every page of the web app, etc.\n\n## Acceptance Criteria') });
    const { status, report } = lintJson(root);
    expect(status).toBe(0);
    expect(report.diagnostics.map(({ file, line, rule, message }) => `${file}:${line} ${rule} ${message}`)).toEqual([
      "roadmap/bad.md:6 vague-language Vague phrase 'etc.' leaves the agent guessing; say exactly what is meant",
    ]);
    expect(report.baseline).toEqual({ file: BASELINE, suppressed: 3, stale: [] });
  });

  it('keeps an old problem suppressed when lines are inserted above it', () => {
    const root = baselinedRepository();
    writeFiles(root, { 'roadmap/bad.md': BAD.replace('## Goal\n', '## Goal\nSessions end on the server too.\n\nAnd on every device.\n') });
    const { status, report } = lintJson(root);
    expect(status).toBe(0);
    expect(report.diagnostics).toEqual([]);
    expect(report.baseline).toEqual({ file: BASELINE, suppressed: 3, stale: [] });
  });

  it('reports a stale entry without failing, and --prune-baseline removes it', () => {
    const root = baselinedRepository();
    writeFiles(root, { 'roadmap/bad.md': BAD.replace(', etc.', '.') });
    const stylish = runBuiltCli([], root);
    expect(stylish.status).toBe(0);
    expect(stylish.stdout.split('\n').slice(-4)).toEqual([
      '✔ No problems in 2 tickets in 2 files',
      `2 problems suppressed by ${BASELINE}`,
      "⚠ 1 baseline entry is stale (problems no longer found); run 'ticket-lint --prune-baseline' to update the file",
      '',
    ]);
    expect(lintJson(root).report.baseline).toEqual({ file: BASELINE, suppressed: 2, stale: [VAGUE_ENTRY] });

    expect(runBuiltCli(['--prune-baseline'], root)).toEqual({
      status: 0,
      stdout: '',
      stderr: `ticket-lint: pruned ${BASELINE}: removed 1 problem no longer found, 2 problems in 1 file left\n  roadmap/bad.md  vague-language  ${VAGUE_ENTRY?.fingerprint}  1 problem\n`,
    });
    expect(readFileSync(path.join(root, BASELINE), 'utf8')).toBe(baselineText(BAD_ENTRIES.slice(0, 2)));
    expect(lintJson(root).report.baseline).toEqual({ file: BASELINE, suppressed: 2, stale: [] });
    expect(runBuiltCli(['--prune-baseline'], root)).toEqual({
      status: 0,
      stdout: '',
      stderr: `ticket-lint: nothing to prune: every entry of ${BASELINE} still matches a problem\n`,
    });
  });

  it('with paths, records and prunes only what it lints, and calls no other entry stale', () => {
    const root = baselinedRepository();
    writeFiles(root, { 'roadmap/other.md': BAD.replace('# Log out', '# Log in again') });
    expect(runBuiltCli(['--write-baseline', 'roadmap/other.md'], root)).toEqual({
      status: 0,
      stdout: '',
      stderr: `ticket-lint: recorded 3 problems in 1 file in ${BASELINE}, and kept 3 problems of files not linted this time\n`,
    });
    expect(lintJson(root).report.baseline).toEqual({ file: BASELINE, suppressed: 6, stale: [] });
    writeFiles(root, { 'roadmap/bad.md': GOOD.replace('id: T-1', 'id: T-3') });
    expect(lintJson(root, ['roadmap/other.md']).report.baseline).toEqual({ file: BASELINE, suppressed: 3, stale: [] });
    expect(runBuiltCli(['--prune-baseline', 'roadmap/other.md'], root).stderr).toBe(`ticket-lint: nothing to prune: every entry of ${BASELINE} still matches a problem\n`);
  });

  it('reads and writes the file --baseline names instead', () => {
    const root = makeGitRepository({ 'roadmap/bad.md': BAD });
    expect(runBuiltCli(['--write-baseline', '--baseline', 'lint/known.json'], root)).toEqual({
      status: 2,
      stdout: '',
      stderr: "ticket-lint: Cannot write the baseline file 'lint/known.json': no such folder\n",
    });
    writeFiles(root, { 'lint/.keep': '' });
    expect(runBuiltCli(['--write-baseline', '--baseline', 'lint/known.json'], root).status).toBe(0);
    expect(readFileSync(path.join(root, 'lint/known.json'), 'utf8')).toBe(baselineText(BAD_ENTRIES));
    expect(lintJson(root).report.baseline).toBeUndefined();
    writeFiles(root, { 'roadmap/bad.md': BAD.replace(', etc.', '.') });
    const stylish = runBuiltCli(['--baseline', 'lint/known.json'], root);
    expect(stylish.stdout.split('\n').slice(-3)).toEqual([
      '2 problems suppressed by lint/known.json',
      "⚠ 1 baseline entry is stale (problems no longer found); run 'ticket-lint --prune-baseline --baseline lint/known.json' to update the file",
      '',
    ]);
  });
});

describe('a baseline that cannot be used', () => {
  const entry = `{"file": "roadmap/bad.md", "rule": "vague-language", "fingerprint": "${VAGUE_ENTRY?.fingerprint}", "count": 1}`;

  it.each([
    ['{"version": 1, "entries": [\n  ' + entry + ',\n]}', `ticket-lint: ${BASELINE}:3:1: not valid JSON: unexpected "]"\n`],
    ['{"version": 2, "entries": []}', `ticket-lint: ${BASELINE}: 'version' must be 1; got 2\n`],
    [`{"version": 1, "entries": [${entry}, ${entry.replace('"count": 1', '"count": -2')}]}`, `ticket-lint: ${BASELINE}: entries[1]: 'count' must be a whole number of 1 or more; got -2\n`],
    [`{"version": 1, "entries": [${entry.replace('"file"', '"path"')}]}`, `ticket-lint: ${BASELINE}: entries[0]: unknown key "path"\n`],
  ])('exits 2 naming the file and the place: %s', (text, stderr) => {
    const root = makeGitRepository({ 'roadmap/bad.md': BAD, [BASELINE]: text });
    expect(runBuiltCli([], root)).toEqual({ status: 2, stdout: '', stderr });
    expect(runBuiltCli(['--prune-baseline'], root)).toEqual({ status: 2, stdout: '', stderr });
  });

  it('exits 2 when --baseline names a file that does not exist, or there is none to prune', () => {
    const root = makeGitRepository({ 'roadmap/bad.md': BAD });
    expect(runBuiltCli(['--baseline', 'missing.json'], root)).toEqual({
      status: 2,
      stdout: '',
      stderr: "ticket-lint: Cannot read the baseline file 'missing.json': no such file\n",
    });
    expect(runBuiltCli(['--prune-baseline'], root)).toEqual({
      status: 2,
      stdout: '',
      stderr: `ticket-lint: Cannot read the baseline file '${BASELINE}': no such file\n`,
    });
  });

  it('refuses a baseline that is a link out of the root, or over 16 MiB, without reading or writing through it', () => {
    const outside = makeGitRepository({ 'secret.json': baselineText(BAD_ENTRIES) });
    const root = makeGitRepository({ 'roadmap/bad.md': BAD, [BASELINE]: { symlink: path.join(outside, 'secret.json') } });
    expect(runBuiltCli([], root)).toEqual({
      status: 2,
      stdout: '',
      stderr: `ticket-lint: Cannot read the baseline file '${BASELINE}': it is a link that leads outside the repository; it was not read\n`,
    });
    expect(runBuiltCli(['--write-baseline'], root)).toEqual({
      status: 2,
      stdout: '',
      stderr: `ticket-lint: Cannot write the baseline file '${BASELINE}': it is a link that leads outside the repository; it was not written\n`,
    });
    expect(readFileSync(path.join(outside, 'secret.json'), 'utf8')).toBe(baselineText(BAD_ENTRIES));
    const big = makeGitRepository({ 'roadmap/bad.md': BAD });
    writeFileSync(path.join(big, BASELINE), ' '.repeat(16 * 1024 * 1024 + 1));
    expect(runBuiltCli([], big)).toEqual({
      status: 2,
      stdout: '',
      stderr: `ticket-lint: Cannot read the baseline file '${BASELINE}': it is over 16 MiB; it was not read\n`,
    });
  });

  it('prints what comes from the baseline file escaped', () => {
    const root = makeGitRepository({ 'roadmap/bad.md': BAD, [BASELINE]: baselineText([{ ...VAGUE_ENTRY, file: '::error::\u001b[31mgone.md' }]) });
    const pruned = runBuiltCli(['--prune-baseline'], root);
    expect(pruned.status).toBe(0);
    expect(pruned.stderr.split('\n')[1]).toBe(`  \\u003a:error::\\u001b[31mgone.md  vague-language  ${VAGUE_ENTRY?.fingerprint}  1 problem`);
  });
});

describe('baseline flags that do not go together', () => {
  it.each([
    [['--write-baseline', '--prune-baseline'], 'Give either --write-baseline or --prune-baseline, not both: writing records the problems there are now, which drops the stale entries too'],
    [['--write-baseline', '--changed-since', 'HEAD'], 'Give --write-baseline without --changed-since: the baseline holds the problems of whole tickets, not of a change'],
    [['--prune-baseline', '--format', 'github'], 'Give --prune-baseline without --format: it prints no report'],
    [['--write-baseline', '--format', 'json'], 'Give --write-baseline without --format: it prints no report'],
    [['--write-baseline', '--max-warnings', '0'], 'Give --write-baseline without --max-warnings: it prints no report and exits 0 once the file is written'],
    [['--prune-baseline', '--list-tickets'], 'Give --prune-baseline without --list-tickets: --list-tickets lints nothing'],
    [['init', '--write-baseline'], "'init' takes no --write-baseline; run it after 'init'"],
  ])('%j is a usage error', (args, message) => {
    const root = makeGitRepository({ 'roadmap/bad.md': BAD });
    expect(runBuiltCli(args, root)).toEqual({ status: 2, stdout: '', stderr: `ticket-lint: ${message}\n${USAGE_HINT}` });
  });
});
