import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Log } from 'sarif';
import { makeGitRepository, removeTemporaryFolders } from '../helpers/git-repository.js';
import { runBuiltAction } from '../helpers/run-action.js';
import { PACKAGE_VERSION } from '../helpers/run-built.js';
import { sarifSchemaErrors } from '../helpers/sarif-schema.js';
import { BAD, GOOD, LOGIN_SOURCE } from '../helpers/tickets.js';

afterAll(removeTemporaryFolders);

const VAGUE = GOOD.replace('and password,', 'and password somehow,');

describe('the action (built dist/index.js)', () => {
  it('lints every ticket in the workspace, sets the outputs and passes when clean', async () => {
    const workspace = makeGitRepository({ 'roadmap/login.md': GOOD, 'src/login.ts': LOGIN_SOURCE });
    const run = await runBuiltAction({ workspace });
    expect(run.status).toBe(0);
    expect(run.commands).toEqual([]);
    expect(run.outputs).toEqual({ errors: '0', warnings: '0', 'new-errors': '0', 'new-warnings': '0', existing: '0', tickets: '1', report: expect.stringMatching(/ticket-lint-report\.json$/), sarif: expect.stringMatching(/ticket-lint\.sarif$/) });
    const report = JSON.parse(readFileSync(run.outputs['report'] ?? '', 'utf8'));
    expect(report.counts).toEqual({ tickets: 1, files: 1, errors: 0, warnings: 0 });
  });

  it('annotates each problem on its ticket file and line, errors first, then fails the step', async () => {
    const workspace = makeGitRepository({ 'roadmap/login.md': GOOD, 'roadmap/logout.md': BAD, 'src/login.ts': LOGIN_SOURCE });
    const run = await runBuiltAction({ workspace });
    expect(run.status).toBe(1);
    expect(run.commands).toEqual([
      '::error title=ticket-lint(context-pointers),file=roadmap/logout.md,line=1,endLine=1::The ticket points at no repository path; expected at least one path in a code span, a link or a context list item',
      "::error title=ticket-lint(required-sections),file=roadmap/logout.md,line=1,endLine=1::Missing the context section; expected a heading such as 'Context Pointers', 'Context' or 'Files' with the files the agent should read first",
      "::warning title=ticket-lint(vague-language),file=roadmap/logout.md,line=4,endLine=4,col=47::Vague phrase 'etc.' leaves the agent guessing; say exactly what is meant",
      '::error::ticket-lint found 2 errors and 1 warning in 2 tickets',
    ]);
    expect(run.outputs).toMatchObject({ errors: '2', warnings: '1', tickets: '2' });
  });

  it("writes a SARIF 2.1.0 log under RUNNER_TEMP, named by the 'sarif' output: a result per annotation, with the report's fingerprints", async () => {
    const workspace = makeGitRepository({ 'roadmap/login.md': GOOD, 'roadmap/log out.md': BAD, 'src/login.ts': LOGIN_SOURCE });
    const run = await runBuiltAction({ workspace });
    expect(run.status).toBe(1);
    const sarifPath = run.outputs['sarif'] ?? '';
    expect(path.dirname(sarifPath)).toBe(path.dirname(run.outputs['report'] ?? ''));
    expect(path.basename(path.dirname(sarifPath))).toBe('temp');
    const log = JSON.parse(readFileSync(sarifPath, 'utf8')) as Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]?.tool.driver).toMatchObject({ name: 'ticket-lint', version: PACKAGE_VERSION });
    const report = JSON.parse(readFileSync(run.outputs['report'] ?? '', 'utf8')) as { diagnostics: { fingerprint: string }[] };
    expect(
      log.runs[0]?.results?.map((result) => {
        const place = result.locations?.[0]?.physicalLocation;
        return [result.ruleId, result.level, place?.artifactLocation?.uri, place?.region?.startLine, place?.region?.startColumn, result.partialFingerprints?.['ticketLintFingerprint/v1']];
      }),
    ).toEqual([
      ['context-pointers', 'error', 'roadmap/log%20out.md', 1, undefined, `${report.diagnostics[0]?.fingerprint}:1`],
      ['required-sections', 'error', 'roadmap/log%20out.md', 1, undefined, `${report.diagnostics[1]?.fingerprint}:1`],
      ['vague-language', 'warning', 'roadmap/log%20out.md', 4, 47, `${report.diagnostics[2]?.fingerprint}:1`],
    ]);
    expect(log.runs[0]?.tool.driver.rules?.find((rule) => rule.id === 'vague-language')?.helpUri).toBe('https://github.com/ticket-lint/ticket-lint/blob/main/docs/rules/vague-language.md');
  });

  it("passes on errors with fail-on 'never' and fails on a warning with fail-on 'warning'", async () => {
    const broken = makeGitRepository({ 'roadmap/logout.md': BAD });
    expect((await runBuiltAction({ workspace: broken, inputs: { 'fail-on': 'never' } })).status).toBe(0);
    const vague = makeGitRepository({ 'roadmap/login.md': VAGUE, 'src/login.ts': LOGIN_SOURCE });
    expect((await runBuiltAction({ workspace: vague })).status).toBe(0);
    const strict = await runBuiltAction({ workspace: vague, inputs: { 'fail-on': 'warning' } });
    expect(strict.status).toBe(1);
    expect(strict.commands.at(-1)).toBe('::error::ticket-lint found 0 errors and 1 warning in 1 ticket');
  });

  it("lints the files of the 'tickets' input instead of the configured globs", async () => {
    const workspace = makeGitRepository({ 'roadmap/logout.md': BAD, 'plans/login.md': GOOD, 'src/login.ts': LOGIN_SOURCE });
    const run = await runBuiltAction({ workspace, inputs: { tickets: 'plans/*.md\n' } });
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '0', tickets: '1' });
  });

  it.each([
    [{ 'fail-on': 'sometimes' }, {}, "::error::Invalid input 'fail-on': 'sometimes'. Expected one of error, warning, never."],
    [{ encoding: 'gpt2' }, {}, `::error::the action's inputs: 'encoding' must be one of 'o200k_base', 'cl100k_base'; got "gpt2"`],
    [{ config: 'lint/tickets.yml' }, {}, "::error::Cannot read the config file 'lint/tickets.yml': no such file"],
    [
      {},
      { '.ticket-lint.yml': 'rules: { ticket-id: fatal }\n' },
      `::error title=ticket-lint config,file=.ticket-lint.yml,line=1::.ticket-lint.yml:1: 'rules.ticket-id' must be 'error', 'warning' or 'off'; got "fatal"`,
    ],
    [{}, { '.ticket-lint.yml': '', '.ticket-lint.json': '{}' }, "::error::Found '.ticket-lint.yml' and '.ticket-lint.json' in the root; keep one config file"],
  ])('fails with one clear error for inputs %j and files %j', async (inputs, files, command) => {
    const workspace = makeGitRepository({ 'roadmap/login.md': GOOD, ...files });
    const run = await runBuiltAction({ workspace, inputs });
    expect(run.status).toBe(1);
    expect(run.commands).toEqual([command]);
    expect(run.stderr).toBe('');
  });
});
