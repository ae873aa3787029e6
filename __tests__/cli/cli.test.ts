import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { git, makeGitRepository, removeTemporaryFolders, writeFiles } from '../helpers/git-repository.js';
import { PROJECT_ROOT, runBuiltCli } from '../helpers/run-built.js';
import { BAD, GOOD, LOGIN_SOURCE } from '../helpers/tickets.js';
import { loadTokenCounter } from '../../src/core/sizing/tokens.js';

afterAll(removeTemporaryFolders);

const VAGUE_ONLY = GOOD.replace('id: T-1', 'id: T-2').replace('and password,', 'and password as needed,');

/** The stylish line for a ticket, with sizes from the tokenizer (checked against tiktoken in tokens.test.ts). */
async function sizeLine(label: string, line: number, ticketText: string, pointedAt: string): Promise<string> {
  const counter = await loadTokenCounter('o200k_base');
  const tokens = counter.count(ticketText);
  const files = counter.count(pointedAt);
  const session = 15_000 + tokens + files;
  const number = (n: number) => n.toLocaleString('en-US');
  return `  ticket ${label} (line ${line}): ${number(tokens)} tokens + ${number(files)} in files → session ${number(session)} of 80,000 (${Math.round(session / 800)}%)`;
}

describe('ticket-lint CLI (built)', () => {
  it('exits 0 and shows each ticket\'s size when every ticket is clean', async () => {
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'src/login.ts': LOGIN_SOURCE });
    const result = runBuiltCli([], root);
    expect(result).toEqual({
      status: 0,
      stdout: ['roadmap/good.md', await sizeLine('T-1', 1, GOOD, LOGIN_SOURCE), '', '✔ No problems in 1 ticket in 1 file', ''].join('\n'),
      stderr: '',
    });
  });

  it('exits 1 and prints every problem under its file when a ticket has errors', async () => {
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'roadmap/bad.md': BAD, 'src/login.ts': LOGIN_SOURCE });
    const result = runBuiltCli([], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')).toEqual([
      'roadmap/bad.md',
      await sizeLine('Log out', 1, BAD, ''),
      "  1:1   error    The ticket points at no repository path; expected at least one path in a code span, a link or a context list item  context-pointers",
      "  1:1   error    Missing the context section; expected a heading such as 'Context Pointers', 'Context' or 'Files' with the files the agent should read first  required-sections",
      "  4:47  warning  Vague phrase 'etc.' leaves the agent guessing; say exactly what is meant  vague-language",
      '',
      'roadmap/good.md',
      await sizeLine('T-1', 1, GOOD, LOGIN_SOURCE),
      '',
      '✖ 3 problems (2 errors, 1 warning) in 2 tickets in 2 files',
      '',
    ]);
  });

  it('exits 0 on warnings alone, and 1 when they exceed --max-warnings', () => {
    const root = makeGitRepository({ 'roadmap/vague.md': VAGUE_ONLY, 'src/login.ts': LOGIN_SOURCE });
    expect(runBuiltCli([], root).status).toBe(0);
    expect(runBuiltCli(['--max-warnings', '1'], root).status).toBe(0);
    const over = runBuiltCli(['--max-warnings', '0'], root);
    expect(over.status).toBe(1);
    expect(over.stderr).toBe('ticket-lint: 1 warning, more than --max-warnings 0\n');
  });

  it('prints the documented report with --format json, each diagnostic naming its ticket', async () => {
    const counter = await loadTokenCounter('o200k_base');
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'roadmap/bad.md': BAD, 'src/login.ts': LOGIN_SOURCE });
    const result = runBuiltCli(['--format', 'json'], root);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['version', 'tickets', 'diagnostics', 'counts']);
    expect(report.version).toBe(1);
    expect(report.counts).toEqual({ tickets: 2, files: 2, errors: 2, warnings: 1 });
    expect(report.tickets[1]).toEqual({
      file: 'roadmap/good.md',
      line: 1,
      endLine: 14,
      id: 'T-1',
      title: 'Log in with e-mail',
      format: 'single',
      state: 'open',
      tokens: counter.count(GOOD),
      pointerTokens: counter.count(LOGIN_SOURCE),
      sessionTokens: 15_000 + counter.count(GOOD) + counter.count(LOGIN_SOURCE),
      budget: 80000,
      pointers: [{ path: 'src/login.ts', line: 10, exists: true, kind: 'file', tokens: counter.count(LOGIN_SOURCE) }],
      dependsOn: [],
      parallelWith: [],
    });
    expect(report.diagnostics[2]).toEqual({
      file: 'roadmap/bad.md',
      line: 4,
      endLine: 4,
      column: 47,
      rule: 'vague-language',
      severity: 'warning',
      message: "Vague phrase 'etc.' leaves the agent guessing; say exactly what is meant",
      ticket: 'Log out',
      ticketIndex: 0,
      url: 'https://github.com/ticket-lint/ticket-lint/blob/main/docs/rules/vague-language.md',
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
  });

  it('prints workflow commands with --format github, errors first', () => {
    const root = makeGitRepository({ 'roadmap/bad.md': BAD });
    const result = runBuiltCli(['--format', 'github'], root);
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').filter(Boolean)).toEqual([
      '::error title=ticket-lint(context-pointers),file=roadmap/bad.md,line=1,endLine=1::The ticket points at no repository path; expected at least one path in a code span, a link or a context list item',
      "::error title=ticket-lint(required-sections),file=roadmap/bad.md,line=1,endLine=1::Missing the context section; expected a heading such as 'Context Pointers', 'Context' or 'Files' with the files the agent should read first",
      "::warning title=ticket-lint(vague-language),file=roadmap/bad.md,line=4,endLine=4,col=47::Vague phrase 'etc.' leaves the agent guessing; say exactly what is meant",
    ]);
  });

  it('lints only the paths given, relative to the current folder, from the git top level', () => {
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'roadmap/bad.md': BAD, 'src/login.ts': LOGIN_SOURCE });
    const result = runBuiltCli(['good.md', '--format', 'json'], path.join(root, 'roadmap'));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).tickets.map((t: { file: string }) => t.file)).toEqual(['roadmap/good.md']);
  });

  it('lints, with --changed-since, what changed since a ref and the tickets pointing at files removed since', () => {
    const root = makeGitRepository({
      'roadmap/good.md': GOOD,
      'roadmap/other.md': GOOD.replace('id: T-1', 'id: T-2').replace('src/login.ts', 'src/old.ts'),
      'roadmap/quiet.md': GOOD.replace('id: T-1', 'id: T-3'),
      'src/login.ts': LOGIN_SOURCE,
      'src/old.ts': LOGIN_SOURCE,
    });
    rmSync(path.join(root, 'src/old.ts'));
    writeFiles(root, { 'roadmap/good.md': GOOD.replace('Log in with e-mail', 'Log in with an e-mail address'), 'roadmap/new.md': GOOD.replace('id: T-1', 'id: T-4') });
    const result = runBuiltCli(['--changed-since', 'HEAD', '--format', 'json'], root);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { tickets: Array<{ file: string }>; diagnostics: Array<{ file: string; message: string }> };
    expect(report.tickets.map((t) => t.file)).toEqual(['roadmap/good.md', 'roadmap/new.md', 'roadmap/other.md']);
    expect(report.diagnostics.map((d) => `${d.file} ${d.message}`)).toEqual([
      "roadmap/other.md Path 'src/old.ts' does not exist: it was removed since 'HEAD'",
    ]);
    expect(runBuiltCli(['--changed-since', 'no-such-ref'], root)).toEqual({
      status: 2,
      stdout: '',
      stderr: "ticket-lint: --changed-since 'no-such-ref' is not a commit git can diff against here\nRun 'ticket-lint --help' for usage.\n",
    });
  });

  it('lints every ticket with --changed-since HEAD before the first commit, where every file is new', () => {
    const root = makeGitRepository({ 'roadmap/bad.md': BAD }, { commit: false });
    git(root, 'add', '-A');
    const result = runBuiltCli(['--changed-since', 'HEAD', '--format', 'json'], root);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).tickets.map((t: { file: string }) => t.file)).toEqual(['roadmap/bad.md']);
  });

  it("takes --changed-since REF from where HEAD left REF, so what REF's branch did since is not linted", () => {
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'roadmap/theirs.md': GOOD.replace('id: T-1', 'id: T-2'), 'src/login.ts': LOGIN_SOURCE });
    git(root, 'checkout', '-q', '-b', 'feature');
    writeFiles(root, { 'roadmap/good.md': GOOD.replace('Log in with e-mail', 'Log in with an e-mail address') });
    git(root, 'commit', '-q', '-am', 'ours');
    git(root, 'checkout', '-q', 'main');
    writeFiles(root, { 'roadmap/theirs.md': BAD });
    git(root, 'commit', '-q', '-am', 'theirs');
    git(root, 'checkout', '-q', 'feature');
    const result = runBuiltCli(['--changed-since', 'main', '--format', 'json'], root);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { tickets: Array<{ file: string }>; base: { fixed: unknown[] } };
    expect(report.tickets.map((t) => t.file)).toEqual(['roadmap/good.md']);
    expect(report.base.fixed).toEqual([]);
  });

  it('lints, with --changed-since, the tickets of other files left waiting for an id a changed ticket file dropped', () => {
    const waiting = GOOD.replace('id: T-1', 'id: T-2\ndepends_on: [T-1]');
    const root = makeGitRepository({ 'roadmap/login.md': GOOD, 'roadmap/waiting.md': waiting, 'roadmap/other.md': GOOD.replace('id: T-1', 'id: T-3'), 'src/login.ts': LOGIN_SOURCE });
    writeFiles(root, { 'roadmap/login.md': GOOD.replace('id: T-1', 'id: T-10') });
    const result = runBuiltCli(['--changed-since', 'HEAD', '--format', 'json'], root);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { tickets: Array<{ file: string }>; diagnostics: Array<{ file: string; line: number; message: string }> };
    expect(report.tickets.map((t) => t.file)).toEqual(['roadmap/login.md', 'roadmap/waiting.md']);
    expect(report.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual(["roadmap/waiting.md:3 Dependency 'T-1' is no ticket's id; expected the id of an existing ticket"]);
  });

  it('leaves out the problems an inline directive disables, and warns of a directive naming no rule', () => {
    const withDirectives = VAGUE_ONLY.replace('## Goal\n', '## Goal\n<!-- ticket-lint-disable-next-line vague-language -->\n').replace(
      '## Context Pointers\n',
      '## Context Pointers\n<!-- ticket-lint-disable-next-line path-exist -->\n',
    );
    const root = makeGitRepository({ 'roadmap/directives.md': withDirectives, 'src/login.ts': LOGIN_SOURCE });
    const result = runBuiltCli(['--format', 'json'], root);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { diagnostics: Array<{ rule: string; line: number; severity: string; message: string }> };
    expect(report.diagnostics.map((d) => `${d.rule} ${d.line} ${d.severity} ${d.message}`)).toEqual([
      "disable-directive 11 warning Unknown rule 'path-exist' in a ticket-lint-disable-next-line directive; did you mean 'path-exists'?",
    ]);
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
    [['--format', 'xml'], "ticket-lint: Invalid --format 'xml'; expected one of stylish, json, sarif, github\nRun 'ticket-lint --help' for usage.\n"],
    [['--max-warnings', 'some'], "ticket-lint: Invalid --max-warnings 'some'; expected a whole number of 0 or more\nRun 'ticket-lint --help' for usage.\n"],
    [['--fix'], "ticket-lint: Unknown option '--fix'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--fix\"\nRun 'ticket-lint --help' for usage.\n"],
    [['nothing/here.md'], "ticket-lint: No files match 'nothing/here.md'\nRun 'ticket-lint --help' for usage.\n"],
    [['--root', 'no-such-folder'], "ticket-lint: --root 'no-such-folder' is not a folder\nRun 'ticket-lint --help' for usage.\n"],
    [['--config', 'missing.yml'], "ticket-lint: Cannot read the config file 'missing.yml': no such file\n"],
  ])('exits 2 with a one-line reason for %j', (args, stderr) => {
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'src/login.ts': LOGIN_SOURCE });
    expect(runBuiltCli(args, root)).toEqual({ status: 2, stdout: '', stderr });
  });

  it('exits 2 naming the key and line of a bad config, without a stack trace', () => {
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, '.ticket-lint.yml': 'tickets: [roadmap/*.md]\nsmart-zone: 2\n' });
    expect(runBuiltCli([], root)).toEqual({
      status: 2,
      stdout: '',
      stderr: "ticket-lint: .ticket-lint.yml:2: 'smart-zone' must be a number from 0.01 to 1; got 2\n",
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
