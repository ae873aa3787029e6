import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { git, makeGitRepository, makeTempFolder, removeTemporaryFolders, writeFiles } from '../helpers/git-repository.js';
import { runBuiltCli } from '../helpers/run-built.js';
import { GOOD, LOGIN_SOURCE } from '../helpers/tickets.js';

afterAll(removeTemporaryFolders);

const VAGUE = GOOD.replace('and password,', 'and password somehow,');
/** GOOD with a missing pointer (an error) and a vague phrase (a warning). */
const BROKEN_AND_VAGUE = VAGUE.replace('`src/login.ts`', '`src/logn.ts`');

describe('ticket-lint --print-config', () => {
  it('prints the config as a file would write it, each key with where its value came from, and that text reads back the same', () => {
    const root = makeGitRepository({ '.ticket-lint.yml': 'model: claude\nmax-ticket-tokens: 4000\nrules:\n  vague-language: off\nformats:\n  "plans/*.md": roadmap\n' });
    const printed = runBuiltCli(['--print-config'], root);
    expect(printed.status).toBe(0);
    expect(printed.stderr).toBe('');
    const lines = printed.stdout.split('\n');
    const after = (comment: string) => lines[lines.indexOf(comment) + 1];
    expect(lines[0]).toBe('# The config of this run: the defaults, then the config file, then flags or inputs.');
    expect(after('# from .ticket-lint.yml:1')).toBe('model: claude');
    expect(after('# from .ticket-lint.yml:1 (model)')).toBe('context-window: 200000');
    expect(after('# default')).toBe('tickets:');
    expect(after('# from .ticket-lint.yml:5')).toBe('formats:');
    expect(after('# from .ticket-lint.yml:2 (max-ticket-tokens), .ticket-lint.yml:3 (rules); default for what it does not set')).toBe('rules:');
    expect(lines).toContain('  ticket-size: [ error, { max: 4000, min: 40 } ]');
    expect(lines).toContain('  vague-language: off');
    expect(lines).toContain('  plans/*.md: roadmap');
    writeFileSync(path.join(root, '.ticket-lint.yml'), printed.stdout);
    const again = runBuiltCli(['--print-config'], root);
    const values = (text: string) => text.split('\n').filter((line) => !line.startsWith('#'));
    expect(values(again.stdout)).toEqual(values(printed.stdout));
  });

  it('prints the defaults without a config file', () => {
    const printed = runBuiltCli(['--print-config'], makeGitRepository({}));
    expect(printed.stdout.split('\n').slice(0, 3)).toEqual(['# The config of this run: the defaults, then no config file, then flags or inputs.', '# default', 'tickets:']);
  });
});

describe('config files', () => {
  it.each([
    ['.ticket-lint.yaml', 'rules:\n  vague-language: error\n'],
    ['.ticket-lint.json', '{\n  "rules": { "vague-language": "error" }\n}\n'],
  ])('finds %s in the root', (name, text) => {
    const root = makeGitRepository({ [name]: text, 'roadmap/login.md': VAGUE, 'src/login.ts': LOGIN_SOURCE });
    const result = runBuiltCli(['--format', 'json'], root);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).diagnostics.map((d: { rule: string; severity: string }) => `${d.rule} ${d.severity}`)).toEqual(['vague-language error']);
  });

  it('names the line of a mistake in a JSON config', () => {
    const root = makeGitRepository({ '.ticket-lint.json': '{\n  "tickets": ["roadmap/*.md"],\n  "smart-zone": 2\n}\n' });
    expect(runBuiltCli([], root)).toEqual({ status: 2, stdout: '', stderr: "ticket-lint: .ticket-lint.json:3: 'smart-zone' must be a number from 0.01 to 1; got 2\n" });
  });

  it('refuses two config files at once, naming both', () => {
    const root = makeGitRepository({ '.ticket-lint.yml': 'encoding: o200k_base\n', '.ticket-lint.yaml': 'encoding: cl100k_base\n' });
    expect(runBuiltCli([], root)).toEqual({ status: 2, stdout: '', stderr: "ticket-lint: Found '.ticket-lint.yml' and '.ticket-lint.yaml' in the root; keep one config file\n" });
  });
});

describe('ticket-lint --quiet', () => {
  it('reports errors only: warnings are neither printed nor counted', () => {
    const root = makeGitRepository({ 'roadmap/login.md': BROKEN_AND_VAGUE, 'roadmap/vague.md': VAGUE.replace('id: T-1', 'id: T-2'), 'src/login.ts': LOGIN_SOURCE });
    const loud = JSON.parse(runBuiltCli(['--format', 'json'], root).stdout);
    expect(loud.counts).toMatchObject({ errors: 1, warnings: 2 });
    const quiet = runBuiltCli(['--quiet', '--format', 'json'], root);
    expect(quiet.status).toBe(1);
    const report = JSON.parse(quiet.stdout);
    expect(report.counts).toMatchObject({ errors: 1, warnings: 0 });
    expect(report.diagnostics.map((d: { rule: string; file: string }) => `${d.file} ${d.rule}`)).toEqual(['roadmap/login.md path-exists']);
    const onlyWarnings = makeGitRepository({ 'roadmap/vague.md': VAGUE, 'src/login.ts': LOGIN_SOURCE });
    expect(runBuiltCli(['-q', '--max-warnings', '0'], onlyWarnings).status).toBe(0);
    expect(runBuiltCli(['--max-warnings', '0'], onlyWarnings).status).toBe(1);
  });
});

describe('where the CLI runs', () => {
  it('outside a git repository, without --root, says so and exits 2 instead of linting every Markdown file below', () => {
    const folder = makeTempFolder();
    writeFiles(folder, { 'roadmap/login.md': GOOD });
    expect(runBuiltCli([], folder)).toEqual({
      status: 2,
      stdout: '',
      stderr: `ticket-lint: '${folder}' is not in a git repository (or git is not installed); run ticket-lint in one, or give --root DIR to lint a folder\nRun 'ticket-lint --help' for usage.\n`,
    });
    expect(runBuiltCli(['--root', '.', '--format', 'json'], folder).status).toBe(1);
  });

  it('with --root at a folder of a repository, sees the changes in it and annotates from the top level', () => {
    const root = makeGitRepository({ 'app/roadmap/login.md': GOOD, 'app/src/login.ts': LOGIN_SOURCE, 'roadmap/login.md': GOOD, 'src/login.ts': LOGIN_SOURCE });
    rmSync(path.join(root, 'app/src/login.ts'));
    rmSync(path.join(root, 'src/login.ts'));
    const result = runBuiltCli(['--root', 'app', '--changed-since', 'HEAD', '--format', 'github'], root);
    expect(result.stdout.split('\n').filter(Boolean)).toEqual([
      "::error title=ticket-lint(path-exists),file=app/roadmap/login.md,line=10,endLine=10,col=4::Path 'src/login.ts' does not exist: it was removed since 'HEAD'",
    ]);
    expect(git(root, 'status', '--short')).toBe(' D app/src/login.ts\n D src/login.ts\n');
  });
});
