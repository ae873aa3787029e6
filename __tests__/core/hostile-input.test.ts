import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../../src/core/config/config.js';
import { parseTicketFile } from '../../src/core/parse/parse-ticket-file.js';
import { proseRuns } from '../../src/core/parse/ticket.js';
import { lineCount, lineText, toSourceText } from '../../src/core/text/source-text.js';
import { lintTexts } from '../helpers/lint-fixture.js';

/** Pieces of Markdown that reach the parser's corners, glued together at random with random text. */
const FRAGMENTS = [
  '---\n', '---\r\n', '\uFEFF', '# ', '## Ticket 1: ', '### Task T-2: ', '## Goal\n', '## Context Pointers\n', '## Acceptance Criteria\n',
  '## Files to create\n', '- ', '- [ ] ', '  - ', '1. ', '`', '``', '```\n', '~~~\n', '[a](', ')', '](', '![x](', '[r]: ', '<!-- ', ' -->',
  '(new)', ':12-30', '#L3-L9', '::sym', 'src/a.ts', '../', '/etc/passwd', '~/x', 'e.g. ', 'id: ', 'depends_on: [', 'parallel: true\n',
  'status: ', '\r\n', '\n', '\r', '\t', ' ', '|', '*', '_', '\\', '<', '>', '&', '%0A', '::error::', '\u0000', '\u2028', '👍', 'é', '\uD800',
];

const ticketText = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join('')) },
);

const SEED = 20261124;

function expectLineInFile(line: number, lines: number): void {
  expect(Number.isInteger(line)).toBe(true);
  expect(line).toBeGreaterThanOrEqual(1);
  expect(line).toBeLessThanOrEqual(lines);
}

describe('hostile input (property tests, fixed seed)', () => {
  it('parses any string without throwing, every position inside the file', () => {
    fc.assert(
      fc.property(ticketText, (text) => {
        const file = parseTicketFile('roadmap/t.md', text, {
          sections: DEFAULT_CONFIG.sections,
          hints: { topLevelEntries: new Set(['src', 'docs']) },
        });
        const source = toSourceText(text);
        const lines = lineCount(source);
        for (const problem of file.problems) expectLineInFile(problem.line, lines);
        for (const ticket of file.tickets) {
          for (const line of [ticket.line, ticket.endLine, ticket.anchorLine]) expectLineInFile(line, lines);
          expect(ticket.line).toBeLessThanOrEqual(ticket.endLine);
          for (const section of ticket.sections) {
            expectLineInFile(section.line, lines);
            expectLineInFile(section.endLine, lines);
          }
          for (const criterion of ticket.criteria) expectLineInFile(criterion.line, lines);
          for (const dependency of ticket.dependsOn) expectLineInFile(dependency.line, lines);
          for (const pointer of ticket.pointers) {
            expectLineInFile(pointer.line, lines);
            expect(pointer.column).toBeGreaterThanOrEqual(1);
            expect(pointer.column).toBeLessThanOrEqual(lineText(source, pointer.line).length + 1);
          }
          for (const run of proseRuns(ticket)) {
            expect(run.start).toBeGreaterThanOrEqual(0);
            expect(run.start).toBeLessThanOrEqual(run.end);
            expect(run.end).toBeLessThanOrEqual(source.text.length);
          }
        }
      }),
      { numRuns: 8_000, seed: SEED },
    );
  });

  it('lints any string to diagnostics on lines that exist, with every rule', async () => {
    await fc.assert(
      fc.asyncProperty(ticketText, async (text) => {
        const report = await lintTexts({ 'roadmap/t.md': text }, { repository: { 'src/a.ts': 'export {};\n' } });
        const lines = lineCount(toSourceText(text));
        for (const diagnostic of report.diagnostics) {
          expectLineInFile(diagnostic.line, lines);
          expectLineInFile(diagnostic.endLine, lines);
          if (diagnostic.column !== undefined) expect(diagnostic.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 2_000, seed: SEED },
    );
  });
});
