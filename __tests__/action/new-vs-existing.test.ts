import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Log } from 'sarif';
import { FakeGitHub, type PullFile } from '../helpers/fake-github.js';
import { git, makeGitRepository, removeTemporaryFolders, writeFiles } from '../helpers/git-repository.js';
import { pullRequestEvent, runBuiltAction, type ActionRun } from '../helpers/run-action.js';
import { sarifSchemaErrors } from '../helpers/sarif-schema.js';

afterAll(removeTemporaryFolders);

/** A roadmap of five tickets; ticket 1 points at a file that does not exist: an old error on main. */
function roadmapTicket(step: number, pointer: string, goal = `Step ${step} makes the handler answer in plain words after the change, and its tests say so.`): string {
  return [`## Ticket ${step}: Step ${step}`, '', '### Goal', goal, '', '### Context', `- \`${pointer}\``, '', '### Acceptance Criteria', '- [ ] The handler answers as before', '- [ ] `npm test` passes', ''].join('\n');
}

function roadmap(edit: (step: number) => string | undefined = () => undefined): string {
  const tickets = [1, 2, 3, 4, 5].map((step) => edit(step) ?? roadmapTicket(step, step === 1 ? 'src/gone.ts' : `src/f${step}.ts`));
  return `# Plan\n\n${tickets.join('\n')}`;
}

const OLD_ERROR = "Path 'src/gone.ts' does not exist; if the ticket creates it, mark it (new)";
/** The same, as the job summary's Markdown escapes it. */
const OLD_ERROR_MARKDOWN = "Path 'src/gone\\.ts' does not exist; if the ticket creates it, mark it \\(new\\)";

interface PullRequest {
  workspace: string;
  baseSha: string;
  headSha: string;
  files: PullFile[];
}

/** main with the roadmap and its files; the pull request's commit made by `change` on top, its files listed as the API lists them. */
function pullRequest(change: (workspace: string) => void): PullRequest {
  const sources = Object.fromEntries([2, 3, 4, 5].map((step) => [`src/f${step}.ts`, `export const f${step} = (input: string): string => input;\n`]));
  const workspace = makeGitRepository({ 'roadmap/plan.md': roadmap(), 'src/f1.ts': 'export const f1 = 1;\n', ...sources });
  const baseSha = git(workspace, 'rev-parse', 'HEAD').trim();
  change(workspace);
  git(workspace, 'add', '-A');
  git(workspace, 'commit', '-q', '-m', 'the pull request');
  const headSha = git(workspace, 'rev-parse', 'HEAD').trim();
  const statuses: Record<string, string> = { A: 'added', M: 'modified', D: 'removed' };
  const files = git(workspace, 'diff', '--name-status', '--no-renames', baseSha, headSha)
    .trim()
    .split('\n')
    .map((line) => line.split('\t'))
    .map(([code = '', filename = '']) => ({ filename, status: statuses[code] ?? 'modified' }));
  return { workspace, baseSha, headSha, files };
}

let api: FakeGitHub;
let apiUrl: string;

beforeEach(async () => {
  api = new FakeGitHub();
  apiUrl = await api.start();
});

afterEach(async () => {
  await api.stop();
});

async function runOn(pull: PullRequest, inputs: Record<string, string> = {}): Promise<ActionRun> {
  api.files = pull.files;
  const event = pullRequestEvent(pull.baseSha, pull.headSha, pull.files.length);
  const run = await runBuiltAction({
    workspace: pull.workspace,
    eventName: 'pull_request',
    event,
    inputs,
    env: { GITHUB_API_URL: apiUrl, GITHUB_SHA: pull.headSha, GITHUB_RUN_ID: '9001' },
  });
  expect(run.stderr).toBe('');
  return run;
}

const annotations = (run: ActionRun): string[] => run.commands.filter((command) => /^::(error|warning) /.test(command));

describe('a pull request is blamed only for what it did (built action, real git, loopback API)', () => {
  it('(a) passes when it edits ticket 3 of five, and lists ticket 1’s old error as existing, not as a row', async () => {
    const pull = pullRequest((workspace) =>
      writeFiles(workspace, { 'roadmap/plan.md': roadmap((step) => (step === 3 ? roadmapTicket(3, 'src/f3.ts', 'Step 3 makes the new handler answer in plain words, and its tests say so.') : undefined)) }),
    );
    const run = await runOn(pull);
    expect(annotations(run)).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ 'new-errors': '0', 'new-warnings': '0', existing: '1', errors: '1', tickets: '1' });
    const report = JSON.parse(readFileSync(run.outputs['report'] ?? '', 'utf8')) as { tickets: Array<{ title: string }>; base: { existing: Array<{ line: number; ticket: string; ticketIndex?: number }> } };
    expect(report.tickets.map((ticket) => ticket.title)).toEqual(['Step 3']);
    // Ticket 1 is not a row of this run: its old error names it, and points at no row.
    expect(report.base.existing).toEqual([expect.objectContaining({ line: 9, ticket: '1', message: OLD_ERROR })]);
    expect(report.base.existing[0]?.ticketIndex).toBeUndefined();
    expect(run.summary).toContain('**No new problems** in 1 ticket; 1 problem already on `main`.');
    expect(run.summary).toContain(`### Already on \`main\` (not counted)\n\n- ❌ [line 9](https://github.com/octo/roadmap/blob/${pull.headSha}/roadmap/plan.md#L9) ${OLD_ERROR_MARKDOWN}`);
  });

  it('(a) lists the old error as existing when the pull request edits the ticket that has it', async () => {
    const pull = pullRequest((workspace) =>
      writeFiles(workspace, { 'roadmap/plan.md': roadmap((step) => (step === 1 ? roadmapTicket(1, 'src/gone.ts', 'Step 1 makes the first handler answer in plain words, and its tests say so.') : undefined)) }),
    );
    const run = await runOn(pull);
    expect(annotations(run)).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ 'new-errors': '0', existing: '1', errors: '1' });
    expect(run.summary).toContain('**No new problems** in 1 ticket; 1 problem already on `main`.');
    expect(run.summary).toContain('### Already on `main` (not counted)');
    expect(run.summary).toContain(`roadmap/plan.md#L9) ${OLD_ERROR_MARKDOWN}`);
    expect(run.stopped.flat()).toContain(`  roadmap/plan.md:9:4  error  ${OLD_ERROR}  path-exists`);
  });

  it('(b) fails on a typo it adds to a pointer, on that line only', async () => {
    const pull = pullRequest((workspace) => writeFiles(workspace, { 'roadmap/plan.md': roadmap((step) => (step === 3 ? roadmapTicket(3, 'src/f3.tss') : undefined)) }));
    const run = await runOn(pull);
    expect(annotations(run)).toEqual([
      "::error title=ticket-lint(path-exists),file=roadmap/plan.md,line=33,endLine=33,col=4::Path 'src/f3.tss' does not exist; if the ticket creates it, mark it (new)",
    ]);
    expect(run.status).toBe(1);
    expect(run.commands.at(-1)).toBe('::error::ticket-lint found 1 new error and 0 new warnings in 1 ticket');
    expect(run.outputs).toMatchObject({ 'new-errors': '1', existing: '1' });
    // Code scanning gets both, the old one marked unchanged.
    const sarif = JSON.parse(readFileSync(run.outputs['sarif'] ?? '', 'utf8')) as Log;
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(sarif.runs[0]?.results?.map((result) => [result.ruleId, result.locations?.[0]?.physicalLocation?.region?.startLine, result.baselineState])).toEqual([
      ['path-exists', 9, 'unchanged'],
      ['path-exists', 33, 'new'],
    ]);
  });

  it('(c) fails on the untouched ticket left pointing at a file it deletes', async () => {
    const pull = pullRequest((workspace) => rmSync(path.join(workspace, 'src/f5.ts')));
    const run = await runOn(pull);
    expect(annotations(run)).toEqual([
      "::error title=ticket-lint(path-exists),file=roadmap/plan.md,line=57,endLine=57,col=4::Path 'src/f5.ts' does not exist: it was removed in this pull request",
    ]);
    expect(run.status).toBe(1);
    const report = JSON.parse(readFileSync(run.outputs['report'] ?? '', 'utf8')) as { tickets: Array<{ title: string }> };
    expect(report.tickets.map((ticket) => ticket.title)).toEqual(['Step 5']);
    expect(run.outputs).toMatchObject({ 'new-errors': '1', existing: '1' });
  });

  it('(d) says so when it fixes an old problem', async () => {
    const pull = pullRequest((workspace) => writeFiles(workspace, { 'roadmap/plan.md': roadmap((step) => (step === 1 ? roadmapTicket(1, 'src/f1.ts') : undefined)) }));
    const run = await runOn(pull);
    expect(annotations(run)).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.summary).toContain('**No new problems** in 1 ticket; 0 problems already on `main`; 1 problem fixed.');
    expect(run.summary).toContain(`### Fixed\n\n- ✔️ roadmap/plan\\.md: ${OLD_ERROR_MARKDOWN}`);
  });

  it('(e) keeps an old problem existing when a line is inserted above it', async () => {
    const pull = pullRequest((workspace) =>
      writeFiles(workspace, { 'roadmap/plan.md': roadmap().replace('### Goal\n', '### Goal\nThe first of five steps.\n\n') }),
    );
    const run = await runOn(pull);
    expect(annotations(run)).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.stopped.flat()).toContain(`  roadmap/plan.md:11:4  error  ${OLD_ERROR}  path-exists`);
    expect(run.outputs).toMatchObject({ 'new-errors': '0', existing: '1' });
  });

  it('with only-new: false, counts the old error too', async () => {
    const pull = pullRequest((workspace) =>
      writeFiles(workspace, { 'roadmap/plan.md': roadmap((step) => (step === 1 ? roadmapTicket(1, 'src/gone.ts', 'Step 1 makes the first handler answer in plain words, and its tests say so.') : undefined)) }),
    );
    const run = await runOn(pull, { 'only-new': 'false' });
    expect(annotations(run)).toEqual([`::error title=ticket-lint(path-exists),file=roadmap/plan.md,line=9,endLine=9,col=4::${OLD_ERROR}`]);
    expect(run.status).toBe(1);
    expect(run.commands.at(-1)).toBe('::error::ticket-lint found 1 error and 0 warnings in 1 ticket');
  });

  it('warns, and counts every problem, when the checkout lacks the base commit', async () => {
    const pull = pullRequest((workspace) =>
      writeFiles(workspace, { 'roadmap/plan.md': roadmap((step) => (step === 1 ? roadmapTicket(1, 'src/gone.ts', 'Step 1 makes the first handler answer in plain words, and its tests say so.') : undefined)) }),
    );
    const run = await runOn({ ...pull, baseSha: 'f'.repeat(40) });
    expect(run.commands).toContain(
      `::warning::ticket-lint cannot tell new problems from those already on the base branch, so every problem counts: the checkout does not have the base commit ${'f'.repeat(40)} (actions/checkout fetches one commit unless fetch-depth: 0).`,
    );
    expect(run.status).toBe(1);
  });
});
