import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { makeGitRepository, makeTempFolder, removeTemporaryFolders } from '../helpers/git-repository.js';
import { runBuiltAction } from '../helpers/run-action.js';
import { runBuiltCli } from '../helpers/run-built.js';
import { GOOD, LOGIN_SOURCE } from '../helpers/tickets.js';
import { loadTokenCounter } from '../../src/core/sizing/tokens.js';

afterAll(removeTemporaryFolders);

/** A line of /etc/passwd that must never appear in any output. */
const PASSWD_MARK = 'root:x:0:0';

/** A ticket of 5,000 pointers. */
const MANY_POINTERS = ['# Many pointers', '', '## Goal', 'Touch everything.', '', '## Context Pointers', ...Array.from({ length: 5_000 }, (_, i) => `- \`src/file${i}.ts\``), '', '## Acceptance Criteria', '- [ ] all', '- [ ] done', ''].join('\n');

/** Every kind of hostile ticket file, next to one good ticket that must still be linted. */
function hostileRepository(): string {
  const binary = new Uint8Array([0x23, 0x20, 0x42, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x0a]);
  const huge = `# Huge\n\n${'word '.repeat(640 * 1024)}\n`;
  const crlfBom = `\uFEFF${GOOD.replace('id: T-1', 'id: T-9').replace(/\n/g, '\r\n')}`;
  const injection = [
    '---',
    'id: "T-1%0A::error::forged\\n::warning title=x::forged too"',
    '---',
    '# Injection <img src=x onerror=alert(1)> | pipe',
    '',
    '## Goal',
    '::error file=src/login.ts,line=1::forged annotation %0A::error::again',
    '',
    '## Context Pointers',
    '- `src/login.ts`',
    '',
    '## Acceptance Criteria',
    '- [ ] nothing is forged',
    '- [ ] `npm test` passes',
    '',
  ].join('\n');
  return makeGitRepository({
    'roadmap/good.md': GOOD,
    'roadmap/broken-yaml.md': GOOD.replace('id: T-1', 'id: T-2\ndepends_on: [T-1, T-3'),
    'roadmap/binary.md': binary,
    'roadmap/huge.md': huge,
    'roadmap/crlf-bom.md': crlfBom,
    'roadmap/passwd.md': { symlink: '/etc/passwd' },
    'roadmap/many-pointers.md': MANY_POINTERS,
    'roadmap/injection.md': injection,
    // The same forged id twice, so that a message quotes it.
    'roadmap/injection-twin.md': injection.replace('# Injection', '# Twin'),
    'src/login.ts': LOGIN_SOURCE,
  });
}

const byFile = (diagnostics: Array<{ file: string; rule: string; line: number; message: string }>) =>
  diagnostics.map((d) => `${d.file} ${d.rule} ${d.line} ${d.message}`);

describe('a repository of hostile ticket files', () => {
  it('lints to one clear diagnostic per problem through the CLI, the other tickets still linted, nothing leaked', async () => {
    const manyTokens = (await loadTokenCounter('o200k_base')).count(MANY_POINTERS).toLocaleString('en-US');
    const root = hostileRepository();
    const result = runBuiltCli(['--format', 'json'], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toContain(PASSWD_MARK);
    const report = JSON.parse(result.stdout) as { tickets: Array<{ file: string }>; diagnostics: Array<{ file: string; rule: string; line: number; message: string }> };
    expect(report.tickets.map((t) => t.file)).toEqual([
      'roadmap/broken-yaml.md',
      'roadmap/crlf-bom.md',
      'roadmap/good.md',
      'roadmap/injection-twin.md',
      'roadmap/injection.md',
      'roadmap/many-pointers.md',
    ]);
    const found = byFile(report.diagnostics).filter((line) => !line.startsWith('roadmap/many-pointers.md path-exists'));
    expect(found).toEqual([
      'roadmap/binary.md ticket-file 1 The file was not linted: it is a binary file',
      'roadmap/broken-yaml.md frontmatter 3 Frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      'roadmap/huge.md ticket-file 1 The file is 3.1 MiB, over the 1 MiB limit (\'max-file-bytes\'); it was not parsed',
      "roadmap/injection-twin.md ticket-id 2 Ticket id 'T-1%0A::error::forged\n::warning title=x::forged too' is also used by roadmap/injection.md:2; expected each ticket to have its own id",
      "roadmap/injection.md ticket-id 2 Ticket id 'T-1%0A::error::forged\n::warning title=x::forged too' is also used by roadmap/injection-twin.md:2; expected each ticket to have its own id",
      "roadmap/many-pointers.md context-pointers 1 The ticket has 5,000 pointers; only the first 500 were checked ('max-pointers'): split the ticket",
      `roadmap/many-pointers.md ticket-size 1 The ticket is ${manyTokens} tokens, over 'max-ticket-tokens' (2,500); move detail into the files it points at, or split it`,
      "roadmap/passwd.md ticket-file 1 The file could not be read, or it resolves outside the repository",
    ]);
    expect(report.diagnostics.filter((d) => d.file === 'roadmap/many-pointers.md' && d.rule === 'path-exists')).toHaveLength(500);
  }, 30_000);

  it('through the action: escaped workflow commands, an escaped summary, the same problems', async () => {
    const workspace = hostileRepository();
    const run = await runBuiltAction({ workspace, inputs: { 'fail-on': 'error' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const everything = [run.stdout, run.summary, readFileSync(run.outputs['report'] ?? '', 'utf8')].join('\n');
    expect(everything).not.toContain(PASSWD_MARK);
    expect(everything).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    // Outside the log printed with commands stopped, only the action's own commands start a line: the
    // ticket's text arrives escaped inside them. Inside, no line of the report is broken by ticket text.
    const { commands } = run;
    expect(run.stopped).toHaveLength(1);
    expect(run.stopped[0]?.some((line) => line.includes("Ticket id 'T-1%0A::error::forged\\n::warning title=x::forged too'"))).toBe(true);
    const forged = commands.filter((line) => !/^::(?:error|warning) title=ticket-lint\([a-z-]+\),file=roadmap\/[a-z-]+\.md,line=\d+,endLine=\d+(?:,col=\d+)?::|^::error::ticket-lint found /.test(line));
    expect(forged).toEqual([]);
    expect(commands).toContain(
      "::error title=ticket-lint(ticket-id),file=roadmap/injection.md,line=2,endLine=2::Ticket id 'T-1%250A::error::forged%0A::warning title=x::forged too' is also used by roadmap/injection-twin.md:2; expected each ticket to have its own id",
    );
    expect(run.summary).not.toContain('<img');
    expect(run.summary).toContain('Injection &#60;img src=x onerror=alert\\(1\\)&#62; \\| pipe');
    expect(run.outputs).toMatchObject({ tickets: '6' });
  }, 30_000);

  it('F6: an unwritable job summary is a warning; the outputs and the verdict still happen', async () => {
    const workspace = makeGitRepository({ 'roadmap/good.md': GOOD, 'roadmap/bad.md': GOOD.replace('id: T-1', 'id: T-2').replace('src/login.ts', 'src/gone.ts'), 'src/login.ts': LOGIN_SOURCE });
    const run = await runBuiltAction({ workspace, env: { GITHUB_STEP_SUMMARY: '/nonexistent/folder/summary.md' } });
    expect(run.stderr).toBe('');
    expect(run.commands.filter((line) => line.startsWith('::warning::ticket-lint could not write the job summary'))).toHaveLength(1);
    expect(run.outputs).toMatchObject({ errors: '1', tickets: '2' });
    expect(run.commands.at(-1)).toBe('::error::ticket-lint found 1 error and 0 warnings in 2 tickets');
    expect(run.status).toBe(1);
  }, 30_000);

  it('F18: a RUNNER_TEMP that cannot be made is a warning, not a hang', async () => {
    const workspace = makeGitRepository({ 'roadmap/good.md': GOOD, 'src/login.ts': LOGIN_SOURCE });
    const run = await runBuiltAction({ workspace, env: { RUNNER_TEMP: '/proc/ticket-lint/x' } });
    expect(run.commands.filter((line) => line.startsWith('::warning::ticket-lint could not write the JSON report under RUNNER_TEMP'))).toHaveLength(1);
    expect(run.commands.filter((line) => line.startsWith('::warning::ticket-lint could not write the SARIF log under RUNNER_TEMP'))).toHaveLength(1);
    expect(run.outputs).toMatchObject({ errors: '0', tickets: '1' });
    expect(Object.keys(run.outputs)).not.toContain('report');
    expect(Object.keys(run.outputs)).not.toContain('sarif');
    expect(run.status).toBe(0);
  }, 30_000);

  it('F22: a config that links outside the root is not read, and nothing of it reaches the log', async () => {
    const workspace = makeGitRepository({ 'roadmap/good.md': GOOD, '.ticket-lint.yml': { symlink: '/proc/self/environ' }, 'src/login.ts': LOGIN_SOURCE });
    const run = await runBuiltAction({ workspace, env: { CANARY_SETTING: 'mode: fast' } });
    expect(run.stdout).not.toContain('test-token');
    expect(run.stdout).not.toContain('CANARY');
    expect(run.commands).toEqual(["::error::Cannot read the config file '.ticket-lint.yml': it is a link that leads outside the repository; it was not read"]);
    expect(run.status).toBe(1);
  }, 30_000);

  /**
   * Issue 19's acceptance: nothing outside the root is read. Outside it: a canary file whose words
   * would show in any text or count, and a FIFO that would hold a run for ever if anything opened it.
   * Inside: tickets, pointers, a line range, a glob and a folder that lead to them, to /proc/self/environ
   * (the environment holds a canary too) and past the root with `..`.
   */
  function canaryRepository(): { workspace: string; outside: string } {
    const outside = makeTempFolder('ticket-lint-outside-');
    writeFileSync(`${outside}/canary.txt`, `${'CANARYWORD '.repeat(2_000)}\n`.repeat(3));
    execFileSync('mkfifo', [`${outside}/canary.fifo`]);
    const pointers = ['src/leak.ts', 'src/leak.ts:1-2', 'src/fifo.ts', 'src/*.ts', 'src/out/canary.txt', 'src/out/', `../${outside.split('/').at(-1) ?? ''}/canary.txt`, 'src/environ.txt'];
    const ticket = GOOD.replace('id: T-1', 'id: T-2').replace('- `src/login.ts`', pointers.map((pointer) => `- \`${pointer}\``).join('\n'));
    const workspace = makeGitRepository({
      'roadmap/good.md': GOOD,
      'roadmap/pointers.md': ticket,
      'roadmap/leak.md': { symlink: `${outside}/canary.txt` },
      'roadmap/fifo.md': { symlink: `${outside}/canary.fifo` },
      'roadmap/environ.md': { symlink: '/proc/self/environ' },
      'src/login.ts': LOGIN_SOURCE,
      'src/leak.ts': { symlink: `${outside}/canary.txt` },
      'src/fifo.ts': { symlink: `${outside}/canary.fifo` },
      'src/environ.txt': { symlink: '/proc/self/environ' },
      'src/out': { symlink: outside },
    });
    return { workspace, outside };
  }

  it('reads nothing outside the root, through the CLI: a canary file, a FIFO and /proc/self/environ behind links and paths', () => {
    const { workspace } = canaryRepository();
    const result = runBuiltCli(['--format', 'json'], workspace, { CANARY_ENV: 'CANARYWORD' });
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toContain('CANARY');
    const report = JSON.parse(result.stdout) as { tickets: Array<{ file: string; pointerTokens: number }>; diagnostics: Array<{ file: string; rule: string; line: number }> };
    expect(report.diagnostics.filter((d) => d.rule === 'ticket-file').map((d) => d.file)).toEqual(['roadmap/environ.md', 'roadmap/fifo.md', 'roadmap/leak.md']);
    expect(report.diagnostics.filter((d) => d.file === 'roadmap/pointers.md' && d.rule === 'path-outside-repo')).toHaveLength(7);
    // The one pointer left in the root is the glob, which matches src/login.ts alone: the links it also matches lead out.
    expect(report.tickets.find((t) => t.file === 'roadmap/pointers.md')?.pointerTokens).toBe(report.tickets.find((t) => t.file === 'roadmap/good.md')?.pointerTokens);
  });

  it('reads nothing outside the root, through the action, with the environment as the canary too', async () => {
    const { workspace } = canaryRepository();
    const run = await runBuiltAction({ workspace, inputs: { 'fail-on': 'never' }, env: { CANARY_ENV: 'CANARYWORD' } });
    expect(run.stderr).toBe('');
    const everything = [run.stdout, run.summary, readFileSync(run.outputs['report'] ?? '', 'utf8')].join('\n');
    expect(everything).not.toContain('CANARY');
    expect(run.outputs).toMatchObject({ tickets: '2' });
  }, 30_000);
});
