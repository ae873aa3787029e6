import { describe, expect, it } from '@jest/globals';
import { lintTexts, type ConfigValues } from '../helpers/lint-fixture.js';

const FILE = 'roadmap/login.md';
const REPOSITORY = { 'src/api/login.ts': 'export const login = 1;\n' };
const SIZING_OFF = { 'ticket-size': 'off', 'session-budget': 'off' };

/** Every diagnostic of the ticket, each part that matters compared. */
async function problemsOf(lines: string[], config: ConfigValues = {}) {
  const { rules, ...rest } = config as { rules?: Record<string, unknown> };
  const report = await lintTexts({ [FILE]: `${lines.join('\n')}\n` }, { repository: REPOSITORY, config: { ...rest, rules: { ...SIZING_OFF, ...rules } } });
  return report.diagnostics.map(({ rule, file, line, endLine, severity, message }) => ({ rule, file, line, endLine, severity, message }));
}

const problem = (rule: string, line: number, severity: 'error' | 'warning', message: string, endLine = line) => ({ rule, file: FILE, line, endLine, severity, message });
const directiveWarning = (line: number, message: string, endLine = line) => problem('disable-directive', line, 'warning', message, endLine);
const vague = (line: number) => problem('vague-language', line, 'warning', "Vague phrase 'etc.' leaves the agent guessing; say exactly what is meant");
const missingLogn = (line: number) => problem('path-exists', line, 'error', "Path 'src/api/logn.ts' does not exist; did you mean 'src/api/login.ts'?");

/** A ticket with a vague phrase on its goal line and a missing path in its context, each after a line of its own for a directive. */
const ticket = ({ top = '', goal = '', context = '', end = '' } = {}): string[] => {
  const line = (text: string): string[] => (text === '' ? [] : [text]);
  return ['# Log in', ...line(top), '', '## Goal', ...line(goal), 'Log in with e-mail, etc.', '', '## Context', ...line(context), '- `src/api/logn.ts`', '- `src/api/login.ts`', '', '## Acceptance Criteria', '- [ ] `npm test` passes', ...line(end)];
};

describe('disable directives', () => {
  it('leave a ticket without them as it was: a vague phrase and a missing path', async () => {
    expect(await problemsOf(ticket())).toEqual([vague(4), missingLogn(7)]);
  });

  it('disable-next-line suppresses the rules it names on the line after the comment, and nothing else', async () => {
    expect(await problemsOf(ticket({ context: '<!-- ticket-lint-disable-next-line path-exists -->' }))).toEqual([vague(4)]);
    expect(await problemsOf(ticket({ goal: '<!-- ticket-lint-disable-next-line path-exists -->' }))).toEqual([
      directiveWarning(4, "Unused ticket-lint-disable-next-line directive (no problems from 'path-exists' were reported on the next line)"),
      vague(5),
      missingLogn(8),
    ]);
  });

  it('disable-next-line holds on the line right after a comment of several lines, even a blank one, as markdownlint does', async () => {
    const lines = ticket({ context: '<!-- ticket-lint-disable-next-line\n     path-exists -->' });
    expect(await problemsOf(lines)).toEqual([vague(4)]);
    const blankAfter = ticket({ context: '<!-- ticket-lint-disable-next-line path-exists -->\n' });
    expect(await problemsOf(blankAfter)).toEqual([
      vague(4),
      directiveWarning(7, "Unused ticket-lint-disable-next-line directive (no problems from 'path-exists' were reported on the next line)"),
      missingLogn(9),
    ]);
  });

  it('disable-line suppresses on the comment\'s own line', async () => {
    const lines = ticket().map((line) => (line.startsWith('- `src/api/logn.ts`') ? `${line} <!-- ticket-lint-disable-line path-exists -->` : line));
    expect(await problemsOf(lines)).toEqual([vague(4)]);
  });

  it('disable … enable suppresses from the disable to the line before the enable, and to the end of the file when none ends it', async () => {
    const lines = ticket({ top: '<!-- ticket-lint-disable vague-language path-exists -->', context: '<!-- ticket-lint-enable vague-language -->', end: '- [ ] Logs in, etc.' });
    expect(await problemsOf(lines)).toEqual([vague(14)]);
  });

  it('disable without rule ids suppresses every rule, and an enable without ids ends it', async () => {
    expect(await problemsOf(ticket({ top: '<!-- ticket-lint-disable -->' }))).toEqual([]);
    expect(await problemsOf(ticket({ top: '<!-- ticket-lint-disable -->', context: '<!-- ticket-lint-enable -->' }))).toEqual([missingLogn(9)]);
  });

  it('takes rule ids separated by commas, with or without spaces', async () => {
    expect(await problemsOf(ticket({ top: '<!-- ticket-lint-disable vague-language,path-exists -->' }))).toEqual([]);
    expect(await problemsOf(ticket({ top: '<!-- ticket-lint-disable vague-language, path-exists -->' }))).toEqual([]);
  });

  it('does nothing from a fenced code block or a code span, which show a directive rather than give one', async () => {
    const fenced = ticket({ top: '```markdown\n<!-- ticket-lint-disable -->\n```' });
    expect(await problemsOf(fenced)).toEqual([vague(7), missingLogn(10)]);
    const span = ticket({ top: 'Write `<!-- ticket-lint-disable -->` to silence ticket-lint.' });
    expect(await problemsOf(span)).toEqual([vague(5), missingLogn(8)]);
  });

  it('warns of an unknown rule id, with the rule it most likely meant, and suppresses nothing for it', async () => {
    expect(await problemsOf(ticket({ context: '<!-- ticket-lint-disable-next-line path-exist -->' }))).toEqual([
      vague(4),
      directiveWarning(7, "Unknown rule 'path-exist' in a ticket-lint-disable-next-line directive; did you mean 'path-exists'?"),
      missingLogn(8),
    ]);
    expect(await problemsOf(ticket({ top: '<!-- ticket-lint-disable no-such-check -->' }))).toEqual([
      directiveWarning(2, "Unknown rule 'no-such-check' in a ticket-lint-disable directive"),
      vague(5),
      missingLogn(8),
    ]);
  });

  it('warns of each rule a directive names that suppressed nothing, and of an enable that ends no disable', async () => {
    expect(await problemsOf(ticket({ context: '<!-- ticket-lint-disable-next-line line-range, path-exists -->', end: '<!-- ticket-lint-enable vague-language -->' }))).toEqual([
      vague(4),
      directiveWarning(7, "Unused ticket-lint-disable-next-line directive (no problems from 'line-range' were reported on the next line)"),
      directiveWarning(13, "Unused ticket-lint-enable directive (no ticket-lint-disable of 'vague-language' is in effect here)"),
    ]);
    expect(await problemsOf(ticket({ goal: '<!-- ticket-lint-disable -->\n<!-- ticket-lint-enable -->' }))).toEqual([
      directiveWarning(4, 'Unused ticket-lint-disable directive (no problems were reported here)'),
      vague(6),
      missingLogn(9),
    ]);
  });

  it('does not let a directive name disable-directive, whose warnings are turned off in the config instead', async () => {
    expect(await problemsOf(ticket({ top: '<!-- ticket-lint-disable disable-directive, vague-language -->' }))).toEqual([
      directiveWarning(2, "'disable-directive' cannot be named in a ticket-lint-disable directive; turn it off in the config instead"),
      missingLogn(8),
    ]);
  });

  it('reports with the severity the config gives disable-directive, and not at all when it is off, the directives still working', async () => {
    const lines = ticket({ context: '<!-- ticket-lint-disable-next-line path-exist, path-exists -->', end: '<!-- ticket-lint-enable -->' });
    expect(await problemsOf(lines, { rules: { 'disable-directive': 'off' } })).toEqual([vague(4)]);
    expect(await problemsOf(lines, { rules: { 'disable-directive': 'error' } })).toEqual([
      vague(4),
      problem('disable-directive', 7, 'error', "Unknown rule 'path-exist' in a ticket-lint-disable-next-line directive; did you mean 'path-exists'?"),
      problem('disable-directive', 13, 'error', 'Unused ticket-lint-enable directive (no ticket-lint-disable is in effect here)'),
    ]);
  });

  it('does not call a directive in a done ticket unused: the rules it names skip done tickets', async () => {
    const done = ['---', 'status: done', '---', ...ticket({ context: '<!-- ticket-lint-disable-next-line vague-language -->' })];
    expect(await problemsOf(done)).toEqual([]);
    expect(await problemsOf(done, { 'lint-done': true })).toEqual([
      vague(7),
      directiveWarning(10, "Unused ticket-lint-disable-next-line directive (no problems from 'vague-language' were reported on the next line)"),
      missingLogn(11),
    ]);
  });
});

describe("the frontmatter's ticket-lint: { disable: [...] }", () => {
  it('turns the rules off for the whole file, its file-level problems too, and the frontmatter rule accepts the key', async () => {
    const flow = ['---', 'depends_on: A-1', 'ticket-lint: { disable: [path-exists, frontmatter] }', '---', ...ticket()];
    expect(await problemsOf(flow)).toEqual([vague(8)]);
    const block = ['---', 'depends_on: A-1', 'ticket-lint:', '  disable:', '    - path-exists', '    - frontmatter', '---', ...ticket()];
    expect(await problemsOf(block)).toEqual([vague(11)]);
  });

  it('warns of an entry that suppressed nothing or names no rule, on its own line', async () => {
    const block = ['---', 'ticket-lint:', '  disable:', '    - path-exists', '    - line-range', '    - vague-languag', '---', ...ticket()];
    expect(await problemsOf(block)).toEqual([
      directiveWarning(5, "Unused 'ticket-lint: disable' entry of the frontmatter (no problems from 'line-range' were reported in this file)"),
      directiveWarning(6, "Unknown rule 'vague-languag' in a 'ticket-lint: disable' entry of the frontmatter; did you mean 'vague-language'?"),
      vague(11),
    ]);
  });

  it.each([
    ['a list without the mapping', 'ticket-lint: [path-exists]', '["path-exists"]'],
    ['a rule id without a list', 'ticket-lint: { disable: path-exists }', '{"disable":"path-exists"}'],
    ['another key', 'ticket-lint: { disabled: [path-exists] }', '{"disabled":["path-exists"]}'],
  ])('warns of a value that is %s, naming the key on its line, and suppresses nothing', async (_what, entry, got) => {
    expect(await problemsOf(['---', 'id: A-1', entry, '---', ...ticket()])).toEqual([
      directiveWarning(3, `Frontmatter key 'ticket-lint' must be a mapping { disable: [rule ids] }; got ${got}`),
      vague(8),
      missingLogn(11),
    ]);
  });
});
