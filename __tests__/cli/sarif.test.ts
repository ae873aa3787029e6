import { afterAll, describe, expect, it } from '@jest/globals';
import type { Log, Result } from 'sarif';
import { makeGitRepository, removeTemporaryFolders, writeFiles } from '../helpers/git-repository.js';
import { PACKAGE_VERSION, runBuiltCli } from '../helpers/run-built.js';
import { sarifSchemaErrors } from '../helpers/sarif-schema.js';
import { BAD, GOOD, LOGIN_SOURCE } from '../helpers/tickets.js';
import { RULE_IDS } from '../../src/rules/index.js';

afterAll(removeTemporaryFolders);

const DOCS = 'https://github.com/ticket-lint/ticket-lint/blob/main/docs/rules/';

/** The log `--format sarif` prints in `root`, checked against the SARIF 2.1.0 schema. */
function lintAsSarif(root: string, ...args: string[]): { status: number | null; log: Log } {
  const run = runBuiltCli(['--format', 'sarif', ...args], root);
  expect(run.stderr).toBe('');
  const log = JSON.parse(run.stdout) as Log;
  expect(sarifSchemaErrors(log)).toEqual([]);
  return { status: run.status, log };
}

const resultsOf = (log: Log): Result[] => log.runs[0]?.results ?? [];
const fingerprintsOf = (log: Log): (string | undefined)[] => resultsOf(log).map((result) => result.partialFingerprints?.['ticketLintFingerprint/v1']);

describe('ticket-lint --format sarif (built)', () => {
  it('prints a valid SARIF 2.1.0 log: the tool, its rules with their pages, a result per problem with its place and fingerprint', () => {
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'roadmap/log out #2.md': BAD, 'src/login.ts': LOGIN_SOURCE });
    const { status, log } = lintAsSarif(root);
    expect(status).toBe(1);
    const driver = log.runs[0]?.tool.driver;
    expect(driver?.name).toBe('ticket-lint');
    expect(driver?.version).toBe(PACKAGE_VERSION);
    expect(driver?.rules?.map((rule) => rule.id)).toEqual(RULE_IDS);
    expect(driver?.rules?.map((rule) => rule.helpUri)).toEqual(RULE_IDS.map((id) => `${DOCS}${id}.md`));

    const results = resultsOf(log);
    expect(results.map((result) => [result.ruleId, result.level, result.locations?.[0]?.physicalLocation?.region])).toEqual([
      ['context-pointers', 'error', { startLine: 1 }],
      ['required-sections', 'error', { startLine: 1 }],
      ['vague-language', 'warning', { startLine: 4, startColumn: 47 }],
    ]);
    const report = JSON.parse(runBuiltCli(['--format', 'json'], root).stdout) as { diagnostics: { fingerprint: string }[] };
    expect(fingerprintsOf(log)).toEqual(report.diagnostics.map((diagnostic) => `${diagnostic.fingerprint}:1`));
    expect(results[2]).toEqual({
      ruleId: 'vague-language',
      ruleIndex: RULE_IDS.indexOf('vague-language'),
      level: 'warning',
      message: { text: "Vague phrase 'etc.' leaves the agent guessing; say exactly what is meant" },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'roadmap/log%20out%20%232.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 47 } } }],
      partialFingerprints: { 'ticketLintFingerprint/v1': expect.stringMatching(/^[0-9a-f]{16}:1$/) },
    });
    const rule = driver?.rules?.[results[2]?.ruleIndex ?? -1];
    expect(rule?.id).toBe('vague-language');
    expect(rule?.helpUri).toBe(`${DOCS}vague-language.md`);
    expect(rule?.shortDescription).toEqual({ text: "Phrases that leave the agent guessing ('fix the bug', 'etc.', 'as needed', 'TBD', 'somewhere')." });
  });

  it('with --changed-since, marks the problems the ref had unchanged and the others new, and leaves the fixed ones out', () => {
    const root = makeGitRepository({ 'roadmap/logout.md': BAD });
    writeFiles(root, { 'roadmap/logout.md': BAD.replace('every page of the web app, etc.', 'every page of the web app as needed.') });
    const { status, log } = lintAsSarif(root, '--changed-since', 'HEAD');
    expect(status).toBe(0);
    expect(resultsOf(log).map((result) => [result.ruleId, result.baselineState, result.message.text])).toEqual([
      ['context-pointers', 'unchanged', expect.stringContaining('points at no repository path')],
      ['required-sections', 'unchanged', expect.stringContaining('Missing the context section')],
      ['vague-language', 'new', "Vague phrase 'as needed' leaves the agent guessing; say exactly what is meant"],
    ]);
  });

  it('leaves out the problems a baseline suppresses, as the exit code does', () => {
    const root = makeGitRepository({ 'roadmap/logout.md': BAD });
    expect(runBuiltCli(['--write-baseline'], root).status).toBe(0);
    const { status, log } = lintAsSarif(root);
    expect(status).toBe(0);
    expect(resultsOf(log)).toEqual([]);
    expect(log.runs[0]?.tool.driver.rules).toHaveLength(RULE_IDS.length);
  });
});
