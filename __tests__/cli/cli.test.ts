import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeGitRepository, removeTemporaryFolders } from '../helpers/git-repository.js';
import { PROJECT_ROOT, runBuiltCli } from '../helpers/run-built.js';

afterAll(removeTemporaryFolders);

const GOOD = `---
id: T-1
---
# Log in

## Goal
Users log in with e-mail.

## Context Pointers
- \`src/login.ts\` — the handler

## Acceptance Criteria
- [ ] \`npm test\` passes
`;

const BAD = `# Log out

## Goal
Users log out, etc.

## Acceptance Criteria
- [ ] It works
`;

const VAGUE_ONLY = GOOD.replace('id: T-1', 'id: T-2').replace('with e-mail.', 'with e-mail as needed.');

describe('ticket-lint CLI (built)', () => {
  it('exits 0 and says so when every ticket is clean', () => {
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'src/login.ts': 'export {};\n' });
    const result = runBuiltCli([], root);
    expect(result).toEqual({ status: 0, stdout: '✔ No problems in 1 ticket in 1 file\n', stderr: '' });
  });

  it('exits 1 and prints every problem under its file when a ticket has errors', () => {
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'roadmap/bad.md': BAD, 'src/login.ts': '' });
    const result = runBuiltCli([], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')).toEqual([
      'roadmap/bad.md',
      "  1:1   error    The ticket points at no repository path; expected at least one path in a code span, a link or a context list item  context-pointers",
      "  1:1   error    Missing the context section; expected a heading such as 'Context Pointers', 'Context' or 'Files' with the files the agent should read first  required-sections",
      "  4:16  warning  Vague phrase 'etc.' leaves the agent guessing; say exactly what is meant  vague-language",
      '',
      '✖ 3 problems (2 errors, 1 warning) in 2 tickets in 2 files',
      '',
    ]);
  });

  it('exits 0 on warnings alone, and 1 when they exceed --max-warnings', () => {
    const root = makeGitRepository({ 'roadmap/vague.md': VAGUE_ONLY, 'src/login.ts': '' });
    expect(runBuiltCli([], root).status).toBe(0);
    expect(runBuiltCli(['--max-warnings', '1'], root).status).toBe(0);
    const over = runBuiltCli(['--max-warnings', '0'], root);
    expect(over.status).toBe(1);
    expect(over.stderr).toBe('ticket-lint: 1 warning, more than --max-warnings 0\n');
  });

  it('prints the DESIGN §5 report with --format json', () => {
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'roadmap/bad.md': BAD, 'src/login.ts': '' });
    const result = runBuiltCli(['--format', 'json'], root);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['version', 'tickets', 'diagnostics', 'counts']);
    expect(report.version).toBe(1);
    expect(report.counts).toEqual({ tickets: 2, files: 2, errors: 2, warnings: 1 });
    expect(report.tickets[1]).toEqual({
      file: 'roadmap/good.md',
      line: 1,
      endLine: 13,
      id: 'T-1',
      title: 'Log in',
      tokens: expect.any(Number),
      pointerTokens: expect.any(Number),
      sessionTokens: expect.any(Number),
      budget: 80000,
      pointers: [{ path: 'src/login.ts', line: 10, exists: true, kind: 'file' }],
    });
    expect(report.diagnostics[2]).toEqual({
      file: 'roadmap/bad.md',
      line: 4,
      endLine: 4,
      column: 16,
      rule: 'vague-language',
      severity: 'warning',
      message: "Vague phrase 'etc.' leaves the agent guessing; say exactly what is meant",
      ticket: 'Log out',
    });
  });

  it('prints workflow commands with --format github, errors first', () => {
    const root = makeGitRepository({ 'roadmap/bad.md': BAD });
    const result = runBuiltCli(['--format', 'github'], root);
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').filter(Boolean)).toEqual([
      '::error title=ticket-lint(context-pointers),file=roadmap/bad.md,line=1,endLine=1::The ticket points at no repository path; expected at least one path in a code span, a link or a context list item',
      "::error title=ticket-lint(required-sections),file=roadmap/bad.md,line=1,endLine=1::Missing the context section; expected a heading such as 'Context Pointers', 'Context' or 'Files' with the files the agent should read first",
      "::warning title=ticket-lint(vague-language),file=roadmap/bad.md,line=4,endLine=4,col=16::Vague phrase 'etc.' leaves the agent guessing; say exactly what is meant",
    ]);
  });

  it('lints only the paths given, relative to the current folder, from the git top level', () => {
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'roadmap/bad.md': BAD, 'src/login.ts': '' });
    const result = runBuiltCli(['good.md'], path.join(root, 'roadmap'));
    expect(result).toEqual({ status: 0, stdout: '✔ No problems in 1 ticket in 1 file\n', stderr: '' });
  });

  it('applies severities from .ticket-lint.yml', () => {
    const root = makeGitRepository({
      'roadmap/bad.md': BAD,
      '.ticket-lint.yml': 'rules:\n  required-sections: warning\n  context-pointers: off\n  vague-language: off\n',
    });
    const result = runBuiltCli(['--format', 'json'], root);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.diagnostics.map((d: { rule: string; severity: string }) => `${d.rule} ${d.severity}`)).toEqual([
      'required-sections warning',
    ]);
  });

  it.each([
    [['--format', 'xml'], "ticket-lint: Invalid --format 'xml'; expected one of stylish, json, github\nRun 'ticket-lint --help' for usage.\n"],
    [['--max-warnings', 'some'], "ticket-lint: Invalid --max-warnings 'some'; expected a whole number of 0 or more\nRun 'ticket-lint --help' for usage.\n"],
    [['--fix'], "ticket-lint: Unknown option '--fix'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--fix\"\nRun 'ticket-lint --help' for usage.\n"],
    [['nothing/here.md'], "ticket-lint: No files match 'nothing/here.md'\nRun 'ticket-lint --help' for usage.\n"],
    [['--root', 'no-such-folder'], "ticket-lint: --root 'no-such-folder' is not a folder\nRun 'ticket-lint --help' for usage.\n"],
    [['--config', 'missing.yml'], "ticket-lint: Cannot read the config file 'missing.yml': no such file\n"],
  ])('exits 2 with a one-line reason for %j', (args, stderr) => {
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'src/login.ts': '' });
    expect(runBuiltCli(args, root)).toEqual({ status: 2, stdout: '', stderr });
  });

  it('exits 2 naming the key and line of a bad config, without a stack trace', () => {
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, '.ticket-lint.yml': 'tickets: [roadmap/*.md]\nsmart-zone: 2\n' });
    expect(runBuiltCli([], root)).toEqual({
      status: 2,
      stdout: '',
      stderr: "ticket-lint: .ticket-lint.yml:2: 'smart-zone' must be a number greater than 0 and at most 1; got 2\n",
    });
  });

  it('prints its version and help', () => {
    const root = makeGitRepository({});
    const { version } = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(runBuiltCli(['--version'], root)).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    const help = runBuiltCli(['--help'], root);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: ticket-lint \[options\] \[paths or globs\.\.\.\]/);
  });
});
