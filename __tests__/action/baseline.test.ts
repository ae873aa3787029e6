import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeGitRepository, removeTemporaryFolders } from '../helpers/git-repository.js';
import { runBuiltAction } from '../helpers/run-action.js';
import { runBuiltCli } from '../helpers/run-built.js';
import { BAD, GOOD, LOGIN_SOURCE } from '../helpers/tickets.js';

afterAll(removeTemporaryFolders);

const BASELINE = '.ticket-lint-baseline.json';
const ALL = { scope: 'all' };

/** A repository whose BAD ticket's three problems are recorded in the default baseline file. */
function baselinedRepository(): string {
  const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'roadmap/bad.md': BAD, 'src/login.ts': LOGIN_SOURCE });
  expect(runBuiltCli(['--write-baseline'], root).status).toBe(0);
  return root;
}

describe('the action with a baseline file (built dist/index.js, a push event)', () => {
  it('does not count the problems the baseline records, and says how many it suppressed in the summary', async () => {
    const workspace = baselinedRepository();
    const run = await runBuiltAction({ workspace, inputs: ALL });
    expect(run.status).toBe(0);
    expect(run.commands).toEqual([]);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0', 'new-errors': '0', tickets: '2' });
    expect(run.summary).toContain(`**No problems** in 2 tickets.`);
    expect(run.summary).toContain(`3 problems suppressed by \`${BASELINE}\` (not counted).\n`);
    expect(run.stopped.flat()).toContain(`3 problems suppressed by ${BASELINE}`);
  });

  it('fails on a problem beyond the baseline, annotating only that one', async () => {
    const workspace = baselinedRepository();
    writeFileSync(path.join(workspace, 'roadmap/good.md'), GOOD.replace('and password,', 'and password somehow,'));
    const run = await runBuiltAction({ workspace, inputs: { ...ALL, 'fail-on': 'warning' } });
    expect(run.status).toBe(1);
    expect(run.commands).toEqual([
      expect.stringMatching(/^::warning title=ticket-lint\(vague-language\),file=roadmap\/good\.md,line=\d+,endLine=\d+,col=\d+::Vague phrase 'somehow'/),
      '::error::ticket-lint found 0 errors and 1 warning in 2 tickets',
    ]);
    expect(run.summary).toContain(`3 problems suppressed by \`${BASELINE}\` (not counted).`);
  });

  it('names stale entries in the summary without failing', async () => {
    const workspace = baselinedRepository();
    writeFileSync(path.join(workspace, 'roadmap/bad.md'), BAD.replace(', etc.', '.'));
    const run = await runBuiltAction({ workspace, inputs: ALL });
    expect(run.status).toBe(0);
    expect(run.summary).toContain(
      `2 problems suppressed by \`${BASELINE}\` (not counted). ⚠️ 1 baseline entry is stale (problems no longer found); run \`ticket-lint --prune-baseline\` to update the file.`,
    );
  });

  it("reads the file the 'baseline' input names, which must exist", async () => {
    const workspace = baselinedRepository();
    mkdirSync(path.join(workspace, 'lint'));
    expect(runBuiltCli(['--write-baseline', '--baseline', path.join(workspace, 'lint', 'known.json')], workspace).status).toBe(0);
    const run = await runBuiltAction({ workspace, inputs: { ...ALL, baseline: 'lint/known.json' } });
    expect(run.status).toBe(0);
    expect(run.summary).toContain('3 problems suppressed by `lint/known.json` (not counted).');
    const missing = await runBuiltAction({ workspace, inputs: { ...ALL, baseline: 'lint/none.json' } });
    expect(missing.status).toBe(1);
    expect(missing.commands).toEqual(["::error::Cannot read the baseline file 'lint/none.json': no such file"]);
  });

  it('fails with one clear error naming the place of a corrupt baseline', async () => {
    const workspace = makeGitRepository({ 'roadmap/bad.md': BAD, [BASELINE]: '{"version": 1, "entries": [\n  {},\n]}' });
    const run = await runBuiltAction({ workspace, inputs: ALL });
    expect(run.status).toBe(1);
    expect(run.commands).toEqual([`::error::${BASELINE}:3:1: not valid JSON: unexpected "]"`]);
    expect(run.stderr).toBe('');
  });
});
