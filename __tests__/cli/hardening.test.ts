import { afterAll, describe, expect, it } from '@jest/globals';
import { git, makeGitRepository, removeTemporaryFolders, writeFiles } from '../helpers/git-repository.js';
import { existsSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { PROJECT_ROOT, runBuiltCli } from '../helpers/run-built.js';
import { GOOD, LOGIN_SOURCE } from '../helpers/tickets.js';

afterAll(removeTemporaryFolders);

/** The findings of ../shared/hardening-findings.md, reproduced through the bundled CLI (F-numbers as there). */
interface JsonReport {
  tickets: Array<{ file: string }>;
  diagnostics: Array<{ file: string; rule: string; line: number; message: string }>;
}

const lintJson = (root: string): JsonReport => {
  const result = runBuiltCli(['--format', 'json'], root);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as JsonReport;
};

const GOOD_TWO = GOOD.replace('id: T-1', 'id: T-2');

describe('hostile input through the bundled CLI', () => {
  it('F1: a self-referential YAML alias in frontmatter is a frontmatter error, the other tickets linted', () => {
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'roadmap/circ.md': GOOD_TWO.replace('id: T-2', 'id: &x [*x]'), 'src/login.ts': LOGIN_SOURCE });
    const report = lintJson(root);
    expect(report.tickets.map((ticket) => ticket.file)).toEqual(['roadmap/circ.md', 'roadmap/good.md']);
    expect(report.diagnostics.filter((d) => d.rule === 'frontmatter').map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([
      "roadmap/circ.md:2 Frontmatter cannot be used: key 'id' holds itself through an alias (a recursive value)",
    ]);
  });

  it('F1: a self-referential alias in the config is a config error naming the line, no stack trace', () => {
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, '.ticket-lint.yml': 'tickets: &x [*x]\n', 'src/login.ts': LOGIN_SOURCE });
    const result = runBuiltCli([], root);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("ticket-lint: .ticket-lint.yml:1: not a valid configuration: key 'tickets' holds itself through an alias (a recursive value)\n");
  });

  it('F2: 200,000 problems in one file print in the stylish layout, every one of them', () => {
    const vague = `${GOOD_TWO}\n## Notes\n${'etc '.repeat(200_000)}\n`;
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'roadmap/vague.md': vague, 'src/login.ts': LOGIN_SOURCE });
    const result = runBuiltCli([], root);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').filter((line) => line.endsWith('vague-language'))).toHaveLength(200_000);
    expect(result.stdout.split('\n').filter((line) => line.endsWith('ticket-size'))).toEqual([
      "  4:1        error    The ticket is 200,089 tokens, over 'max-ticket-tokens' (2,500); move detail into the files it points at, or split it  ticket-size",
    ]);
    expect(result.stdout).toMatch(/\n✖ 200,002 problems \(2 errors, 200,000 warnings\) in 2 tickets in 2 files\n$/);
  });

  it('F3: Markdown nested 10,000 levels deep is one ticket-file error on its line, not a crash', () => {
    const root = makeGitRepository({
      'roadmap/good.md': GOOD,
      'roadmap/quotes.md': `${GOOD_TWO}\n## Notes\n${'> '.repeat(10_000)}x\n`,
      'roadmap/lists.md': `${GOOD_TWO.replace('T-2', 'T-3')}\n## Notes\n${'- '.repeat(5_000)}x\n`,
      'roadmap/brackets.md': `${GOOD_TWO.replace('T-2', 'T-4')}\n## Notes\n${'['.repeat(100_000)}a${']'.repeat(100_000)}\n`,
      'roadmap/fine.md': `${GOOD_TWO.replace('T-2', 'T-5')}\n## Notes\n${'> '.repeat(90)}x\n`,
      'src/login.ts': LOGIN_SOURCE,
    });
    const report = lintJson(root);
    const message = 'The file nests Markdown more than 100 levels deep (quotes, lists or brackets); it was not parsed';
    expect(report.diagnostics.filter((d) => d.rule === 'ticket-file').map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([
      `roadmap/brackets.md:17 ${message}`,
      `roadmap/lists.md:17 ${message}`,
      `roadmap/quotes.md:17 ${message}`,
    ]);
    expect(report.tickets.map((ticket) => ticket.file)).toEqual(['roadmap/fine.md', 'roadmap/good.md']);
  });

  it('F4: N sibling tickets on one file give N - 1 warnings (not N²), one on each later ticket, and the report lists 20 neighbours each', () => {
    const siblings = ['# Roadmap', ''];
    for (let index = 0; index < 300; index++) siblings.push(`## Ticket ${index}: t${index}`, '', '### Goal', 'Do it.', '', '### Context', '- `src/login.ts`', '', '### Acceptance Criteria', '- [ ] ok', '');
    const root = makeGitRepository({ 'roadmap/big.md': siblings.join('\n'), 'src/login.ts': LOGIN_SOURCE });
    const result = runBuiltCli(['--format', 'json'], root);
    const report = JSON.parse(result.stdout) as JsonReport & { tickets: Array<{ parallelWith: string[]; parallelWithMore?: boolean }> };
    const conflicts = report.diagnostics.filter((d) => d.rule === 'parallel-conflict');
    expect(conflicts).toHaveLength(299);
    expect(conflicts[0]).toMatchObject({
      line: 14,
      message: "Ticket '0' (roadmap/big.md:3) may run in parallel with this one and also points at 'src/login.ts'; make one depend on the other, or split the work by file",
    });
    expect(conflicts[298]).toMatchObject({
      line: 3 + 299 * 11,
      message: "Tickets '0' (roadmap/big.md:3), '1' (roadmap/big.md:14), '2' (roadmap/big.md:25) and 296 more may run in parallel with this one and also point at 'src/login.ts'; make one depend on the other, or split the work by file",
    });
    expect(report.tickets[0]?.parallelWith).toEqual(Array.from({ length: 20 }, (_, index) => String(index + 1)));
    expect(report.tickets[0]?.parallelWithMore).toBe(true);
  });

  it('F5, F39: settings a run cannot honour are config errors naming the range', () => {
    const bytes = makeGitRepository({ 'roadmap/good.md': GOOD, '.ticket-lint.yml': 'max-file-bytes: 1000000000\n' });
    expect(runBuiltCli([], bytes).stderr).toBe("ticket-lint: .ticket-lint.yml:1: 'max-file-bytes' must be an integer from 1 to 268,435,456; got 1000000000\n");
    const zone = makeGitRepository({ 'roadmap/good.md': GOOD, '.ticket-lint.yml': 'smart-zone: 1e-300\n' });
    expect(runBuiltCli([], zone).stderr).toBe("ticket-lint: .ticket-lint.yml:1: 'smart-zone' must be a number from 0.01 to 1; got 1e-300\n");
  });

  it('F20, F30: a pointed-at file of 3 GiB is estimated from its size, never read whole', () => {
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'src/login.ts': 'The quick brown fox.\n'.repeat(500) });
    truncateSync(`${root}/src/login.ts`, 3 * 1024 ** 3);
    const report = lintJson(root) as JsonReport & { tickets: Array<{ pointerTokens: number }> };
    expect(report.tickets[0]?.pointerTokens).toBe((3 * 1024 ** 3) / 4);
    expect(report.diagnostics.filter((d) => d.rule === 'session-budget').map((d) => d.message)).toEqual([
      expect.stringMatching(/^The session is estimated at 805,3\d\d,\d{3} tokens, over the 80,000 budget/),
    ]);
  });

  it('F32: ids are read as written: 007 and 7 are two tickets, and depends_on 1e1 names 1e1', () => {
    const ticket = (id: string, extra = '') => GOOD.replace('id: T-1', `id: ${id}${extra}`);
    const root = makeGitRepository({ 'roadmap/a.md': ticket('007'), 'roadmap/b.md': ticket('7', '\ndepends_on: [007, 1e1]'), 'src/login.ts': LOGIN_SOURCE });
    const report = lintJson(root);
    expect(report.diagnostics.filter((d) => d.rule === 'ticket-id' || d.rule === 'depends-on').map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([
      "roadmap/b.md:3 Dependency '1e1' is no ticket's id; expected the id of an existing ticket",
    ]);
  });

  it('F38: a required key named like an object property is still required', () => {
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, '.ticket-lint.yml': 'frontmatter:\n  required: [constructor]\n', 'src/login.ts': LOGIN_SOURCE });
    const report = lintJson(root);
    expect(report.diagnostics.filter((d) => d.rule === 'frontmatter').map((d) => `${d.line} ${d.message}`)).toEqual(["1 Frontmatter lacks required key 'constructor'"]);
  });

  it('F7: globs that would backtrack for ever are refused, in a ticket, the config and the command line', () => {
    const glob = 'src/*a*a*a*a*a*a*a*a*a*a*c.ts';
    const ticket = GOOD.replace('- `src/login.ts` — the handler to change', `- \`src/login.ts\`\n- \`${glob}\``);
    const root = makeGitRepository({ 'roadmap/glob.md': ticket, [`src/${'a'.repeat(120)}.ts`]: '', 'src/login.ts': LOGIN_SOURCE });
    const report = lintJson(root);
    expect(report.diagnostics.filter((d) => d.rule === 'path-exists').map((d) => `${d.line} ${d.message}`)).toEqual([
      `11 Glob '${glob}' is not matched: '*a*a*a*a*a*a*a*a*a*a*c.ts' has 11 wildcards; at most 3 a path segment are matched; name the files, or write a simpler glob`,
    ]);
    const config = makeGitRepository({ 'roadmap/good.md': GOOD, '.ticket-lint.yml': 'tickets: ["roadmap/*a*a*a*a*.md"]\n' });
    expect(runBuiltCli([], config).stderr).toBe(
      "ticket-lint: .ticket-lint.yml:1: 'tickets' must be globs that can be matched ('*a*a*a*a*.md' has 5 wildcards; at most 3 a path segment are matched); got [\"roadmap/*a*a*a*a*.md\"]\n",
    );
    const argument = runBuiltCli(['roadmap/*(*(a)).md'], root);
    expect(argument.status).toBe(2);
    expect(argument.stderr).toBe("ticket-lint: 'roadmap/*(*(a)).md' is not matched: extglobs (`*(…)`, `+(…)`, `@(…)`, `!(…)`, `?(…)`) are not matched\nRun 'ticket-lint --help' for usage.\n");
  });

  it('F10: a cycle through 2,000 tickets is written short, once a ticket, with its length', () => {
    const roadmap = ['# Roadmap', ''];
    for (let index = 0; index < 2_000; index++) roadmap.push(`## Ticket ${index}: t${index}`, '', `Depends on: Ticket ${(index + 1) % 2_000}`, '', '### Goal', 'Do it.', '');
    const root = makeGitRepository({ 'roadmap/cycle.md': roadmap.join('\n') });
    const cycles = lintJson(root).diagnostics.filter((d) => d.rule === 'depends-on');
    expect(cycles).toHaveLength(2_000);
    expect(cycles[0]?.message).toBe('Dependencies go round in a cycle: 0 → 1 → 2 → 3 → 4 → 5 → … → 1999 → 0 (2,000 tickets); expected an order in which each ticket can start');
  });

  it('F40: 8,000 lists between headings are parsed in parts; a block of 8,000 quoted lists is one ticket-file error on its lines, the rest linted', () => {
    const lists = `${GOOD_TWO}\n## Notes\n\n${'- a\n\n# h\n'.repeat(8_000)}`;
    const quoted = `${GOOD.replace('id: T-1', 'id: T-3')}\n## Notes\n\n${'> - a\n>\n> p\n>\n'.repeat(2_000)}`;
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'roadmap/lists.md': lists, 'roadmap/quoted.md': quoted, 'src/login.ts': LOGIN_SOURCE });
    const report = lintJson(root);
    expect(report.tickets.map((ticket) => ticket.file)).toEqual(['roadmap/good.md', 'roadmap/lists.md']);
    const notesLine = quoted.split('\n').indexOf('## Notes') + 1;
    expect(report.diagnostics.filter((d) => d.rule === 'ticket-file').map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([
      `roadmap/quoted.md:${notesLine + 2} The file was not parsed: lines ${notesLine + 2}–${(notesLine + 1 + 8_000).toLocaleString('en-US')} are one block that opens as many as 6,000 lists and quotes, ` +
        "more than the Markdown parser reads in time (its work grows with their number times the block's lines); split the block with a blank line and a heading",
    ]);
  });

  it('F26: a ticket path that starts with :: cannot start a workflow command in the stylish output', () => {
    const root = makeGitRepository({ '::error file=README.md,line=1::Forged/tickets/t.md': GOOD, 'src/login.ts': LOGIN_SOURCE });
    const result = runBuiltCli([], root);
    expect(result.stdout.split('\n')[0]).toBe('\\u003a:error file=README.md,line=1::Forged/tickets/t.md');
    expect(result.stdout).not.toMatch(/^\s*::/m);
  });

  it('F27: config keys and globs with line breaks reach stderr escaped', () => {
    const forgedKey = makeGitRepository({ '.ticket-lint.yml': '"x\\n::error file=README.md,line=1::Forged": 1\n', 'roadmap/good.md': GOOD });
    const keyResult = runBuiltCli(['--format', 'github'], forgedKey);
    expect(keyResult.status).toBe(2);
    expect(keyResult.stderr).not.toMatch(/^\s*::/m);
    expect(keyResult.stderr).toContain('x\\n::error file=README.md');
    const forgedGlob = makeGitRepository({ '.ticket-lint.yml': 'tickets: ["nomatch/x\\n::warning file=src/app.ts,line=1::Forged"]\n', 'README.md': '# r\n' });
    const globResult = runBuiltCli(['--format', 'github'], forgedGlob);
    expect(globResult.stderr).toBe('ticket-lint: no ticket files match nomatch/x\\n::warning file=src/app.ts,line=1::Forged\n');
  });

  it('F29: bidirectional and zero-width characters in a path are shown as escapes in the terminal', () => {
    const root = makeGitRepository({ 'roadmap/\u202Eevil\u200B.md': GOOD, 'src/login.ts': LOGIN_SOURCE });
    const result = runBuiltCli([], root);
    expect(result.stdout.split('\n')[0]).toBe('roadmap/\\u202eevil\\u200b.md');
  });

  it('F19, F22: a config that is a link out of the root, or to a device, is refused without reading it', () => {
    const outside = makeGitRepository({ 'secret.yml': 'api_key_hunter2: 1\n' });
    const linked = makeGitRepository({ 'roadmap/good.md': GOOD, '.ticket-lint.yml': { symlink: `${outside}/secret.yml` } });
    const result = runBuiltCli([], linked);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("ticket-lint: Cannot read the config file '.ticket-lint.yml': it is a link that leads outside the repository; it was not read\n");
    const device = makeGitRepository({ 'roadmap/good.md': GOOD, 'config/zero.yml': { symlink: '/dev/zero' } });
    const zero = runBuiltCli(['--config', 'config/zero.yml'], device);
    expect(zero.stderr).toBe("ticket-lint: Cannot read the config file 'config/zero.yml': it is a link that leads outside the repository; it was not read\n");
    const named = runBuiltCli(['--config', '/dev/zero'], device);
    expect(named.stderr).toBe("ticket-lint: Cannot read the config file '/dev/zero': it is not a regular file; it was not read\n");
    expect(named.status).toBe(2);
  });

  it('F23: a ticket that links into .git/ is not read', () => {
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'roadmap/config.md': { symlink: '../.git/config' }, 'src/login.ts': LOGIN_SOURCE });
    const report = lintJson(root);
    expect(report.diagnostics.filter((d) => d.file === 'roadmap/config.md').map((d) => `${d.rule} ${d.line} ${d.message}`)).toEqual([
      'ticket-file 1 The file could not be read, or it resolves outside the repository',
    ]);
  });

  it('F25: --changed-since cannot pass an option to git', () => {
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'src/login.ts': LOGIN_SOURCE });
    const result = runBuiltCli(['--changed-since=--output=victim.txt'], root);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("ticket-lint: --changed-since takes a git revision, not '--output=victim.txt'\nRun 'ticket-lint --help' for usage.\n");
    expect(existsSync(`${root}/victim.txt`)).toBe(false);
  });

  it('F39: token settings past any context window are config errors, not 300-digit figures', () => {
    const overhead = makeGitRepository({ 'roadmap/good.md': GOOD, '.ticket-lint.yml': 'overhead-tokens: 1e300\n' });
    expect(runBuiltCli([], overhead).stderr).toBe("ticket-lint: .ticket-lint.yml:1: 'overhead-tokens' must be an integer from 0 to 100,000,000; got 1e+300\n");
    const profile = makeGitRepository({ 'roadmap/good.md': GOOD, '.ticket-lint.yml': 'model: { overhead-tokens: 1e300 }\n' });
    expect(runBuiltCli([], profile).stderr).toBe("ticket-lint: .ticket-lint.yml:1: 'model.overhead-tokens' must be an integer from 0 to 100,000,000; got 1e+300\n");
    const work = makeGitRepository({ 'roadmap/good.md': GOOD, '.ticket-lint.yml': 'min-work-tokens: 1e300\n' });
    expect(runBuiltCli([], work).stderr).toBe("ticket-lint: .ticket-lint.yml:1: 'min-work-tokens' must be an integer from 0 to 100,000,000; got 1e+300\n");
  });

  it('F39: a ticket a byte over the limit says so in bytes, not "1 MiB, over the 1 MiB limit"', () => {
    const big = Buffer.concat([Buffer.from(GOOD_TWO), Buffer.alloc(1024 * 1024 + 1 - Buffer.byteLength(GOOD_TWO), 'x')]);
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'roadmap/big.md': big, 'src/login.ts': LOGIN_SOURCE });
    expect(lintJson(root).diagnostics.map((d) => `${d.file}:${d.line} ${d.rule} ${d.message}`)).toEqual([
      "roadmap/big.md:1 ticket-file The file is 1,048,577 bytes, over the 1,048,576-byte limit ('max-file-bytes'); it was not parsed",
    ]);
  });

  it('F39: a file named twice is one of the heaviest pointers once, and a long title is cut between characters', () => {
    const title = `${'a'.repeat(38)}🚀🚀`;
    const ticket = GOOD.replace('---\nid: T-1\n---\n', '').replace('# Log in with e-mail', `# ${title}`).replace('- `src/login.ts` — the handler to change', '- `src/login.ts` — the handler\n- `src/login.ts` — again\n- `src/other.ts`');
    const root = makeGitRepository({ 'roadmap/twice.md': ticket, '.ticket-lint.yml': 'context-window: 1000\noverhead-tokens: 0\n', 'src/login.ts': LOGIN_SOURCE, 'src/other.ts': LOGIN_SOURCE.repeat(20) });
    const result = runBuiltCli([], root);
    expect(result.stdout.split('\n')[1]).toMatch(new RegExp(`^  ticket ${'a'.repeat(38)}🚀… \\(line 1\\)`));
    const budget = result.stdout.split('\n').find((line) => line.endsWith('session-budget')) ?? '';
    expect(budget).toMatch(/the heaviest pointers are 'src\/other\.ts' \([\d,]+\), 'src\/login\.ts' \(\d+\); split the ticket/);
  });

  it('F39: YAML values JSON cannot show are named (NaN, Infinity, a set), and a collection key is an error, with stderr empty', () => {
    const ticket = (id: string, lines: string) => GOOD.replace('id: T-1', `id: ${id}\n${lines}`);
    const root = makeGitRepository({
      'roadmap/a.md': ticket('T-2', 'title: .nan'),
      'roadmap/b.md': ticket('T-3', 'title: 1e999'),
      'roadmap/c.md': ticket('T-4', 'title: !!set {a, b}'),
      'roadmap/d.md': ticket('T-5', '? [a, b]\n: 1'),
      'src/login.ts': LOGIN_SOURCE,
    });
    expect(lintJson(root).diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([
      "roadmap/a.md:3 Frontmatter key 'title' must be a string; got NaN",
      "roadmap/b.md:3 Frontmatter key 'title' must be a string; got Infinity",
      "roadmap/c.md:3 Frontmatter key 'title' must be a string; got a set of 2",
      'roadmap/d.md:3 Frontmatter cannot be used: a key is a list or mapping; keys must be plain words',
    ]);
  });

  it('F21: a megabyte of blank lines parses in a small heap, and the lines after them keep their numbers', () => {
    // The second pointer stands in the context section too: in an open acceptance criterion a missing file is one the work may deliver.
    const blank = GOOD_TWO.replace('## Acceptance Criteria', `- \`src/gone.ts\`\n${'\n'.repeat(1_000_000)}- \`src/also-gone.ts\`\n\n## Acceptance Criteria`);
    const root = makeGitRepository({ 'roadmap/blank.md': blank, 'src/login.ts': LOGIN_SOURCE });
    // remark held the events of a million lines at once: 1.7 GB, out of memory in this heap.
    const result = runBuiltCli(['--format', 'json'], root, { NODE_OPTIONS: '--max-old-space-size=256' });
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.diagnostics.filter((d) => d.rule === 'path-exists').map((d) => `${d.line} ${d.message}`)).toEqual([
      "12 Path 'src/gone.ts' does not exist; if the ticket creates it, mark it (new)",
      "1000013 Path 'src/also-gone.ts' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });

  it('F35: a submodule is a folder whose files are not read: pointers at it and into it resolve, count 0 tokens, and suggest nothing', () => {
    const library = makeGitRepository({ 'src/app.ts': LOGIN_SOURCE });
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'src/login.ts': LOGIN_SOURCE });
    git(root, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', library, 'vendor/lib');
    const pointers = ['`vendor/lib/`', '`vendor/lib`', '`vendor/lib/src/app.ts:1-1`', '`vendor/lib/src/*.ts`', '[the lib](../vendor/lib/src/app.ts)', '`src/login.ts`'];
    writeFiles(root, { 'roadmap/lib.md': GOOD_TWO.replace('- `src/login.ts` — the handler to change', pointers.map((pointer) => `- ${pointer}`).join('\n')) });
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'lib');
    const report = lintJson(root) as Omit<JsonReport, 'tickets'> & { tickets: Array<{ file: string; pointers: Array<{ path: string; exists: boolean; kind: string; tokens: number }> }> };
    expect(report.diagnostics).toEqual([]);
    expect(report.tickets.find((ticket) => ticket.file === 'roadmap/lib.md')?.pointers.map((p) => `${p.path} ${p.exists} ${p.kind} ${p.tokens}`)).toEqual([
      'vendor/lib true dir 0',
      'vendor/lib true dir 0',
      'vendor/lib/src/app.ts true file 0',
      'vendor/lib/src/*.ts true glob 0',
      'vendor/lib/src/app.ts true file 0',
      expect.stringMatching(/^src\/login\.ts true file [1-9]\d*$/),
    ]);
  });

  it('F36: a ticket whose name is not UTF-8 is reported under its escaped name, as git quotes it, not as unreadable', () => {
    const root = makeGitRepository({ 'roadmap/good.md': GOOD, 'src/login.ts': LOGIN_SOURCE });
    writeFileSync(Buffer.concat([Buffer.from(`${root}/roadmap/caf`), Buffer.from([0xe9]), Buffer.from('.md')]), GOOD_TWO);
    const report = lintJson(root);
    expect(report.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule} ${d.message}`)).toEqual([
      'roadmap/caf\\351.md:1 ticket-file The file name is not UTF-8 (its odd bytes are shown escaped); ticket-lint cannot read it: rename it in UTF-8',
    ]);
  });

  it('F24, F25: every git process starts through one function that disables repository-configured programs', () => {
    const sources = listSources(`${PROJECT_ROOT}/src`);
    const startingGit = sources.filter((file) => /\b(?:execFileSync|execFile|spawn|spawnSync|exec|execSync)\(\s*'git'/.test(readFileSync(file, 'utf8')));
    expect(startingGit.map((file) => file.slice(PROJECT_ROOT.length + 1))).toEqual(['src/host/run-git.ts']);
    expect(readFileSync(`${PROJECT_ROOT}/src/host/run-git.ts`, 'utf8')).toContain("'core.fsmonitor=false'");
  });
});

function listSources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listSources(`${folder}/${entry.name}`) : entry.name.endsWith('.ts') ? [`${folder}/${entry.name}`] : [],
  );
}
