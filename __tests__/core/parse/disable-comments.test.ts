import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/core/config/config.js';
import { parseTicketFile } from '../../../src/core/parse/parse-ticket-file.js';

const commentsOf = (lines: string[]) =>
  parseTicketFile('roadmap/file.md', `${lines.join('\n')}\n`, { sections: DEFAULT_CONFIG.sections, hints: { topLevelEntries: new Set(['src']) } }).disableComments;

describe('the disable comments of a ticket file', () => {
  it('reads each kind with its rule ids, split by spaces or commas, and the lines the comment spans', () => {
    expect(
      commentsOf([
        '# T',
        '<!-- ticket-lint-disable path-exists,line-range -->',
        'Text <!-- ticket-lint-disable-line vague-language --> and <!--ticket-lint-enable-->',
        '<!-- ticket-lint-disable-next-line',
        '     path-exists, vague-language',
        '-->',
        '- an item <!-- ticket-lint-disable-line -->',
      ]),
    ).toEqual([
      { kind: 'disable', ruleIds: ['path-exists', 'line-range'], line: 2, endLine: 2 },
      { kind: 'disable-line', ruleIds: ['vague-language'], line: 3, endLine: 3 },
      { kind: 'enable', ruleIds: [], line: 3, endLine: 3 },
      { kind: 'disable-next-line', ruleIds: ['path-exists', 'vague-language'], line: 4, endLine: 6 },
      { kind: 'disable-line', ruleIds: [], line: 7, endLine: 7 },
    ]);
  });

  it('takes no directive from code blocks, code spans, other comments or look-alike words', () => {
    expect(
      commentsOf([
        '# T',
        '```markdown',
        '<!-- ticket-lint-disable path-exists -->',
        '```',
        '    <!-- ticket-lint-disable path-exists -->',
        '',
        'Write `<!-- ticket-lint-disable path-exists -->` above it.',
        '<!-- ticket-lint-disabled path-exists -->',
        '<!-- note: ticket-lint-disable path-exists -->',
      ]),
    ).toBeUndefined();
  });
});
