import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import { cutBlankRuns, parseWithoutBlankRuns } from '../../../src/core/parse/blank-runs.js';

const markdown = remark().use(remarkFrontmatter, ['yaml']).freeze();
const parse = (text: string) => markdown.parse(text);

/** Lines of Markdown whose meaning could hang on blank lines: fences, HTML, lists, quotes, indented code, frontmatter. */
const LINES = [
  '', '', '', '  ', '   ', '    ', '     ', '\t', '   \t', '---', '# Title', 'text', '- item', '  continued', '    indented code', '```', '~~~', '```sh', '<div>', '</div>',
  '<!-- a', 'b -->', '<pre>', '</pre>', '> quote', '1. one', '   - nested', 'id: T-1', 'key: |', '  block', '[ref]: /url', '***', 'Setext', '===', '      code in item', '>', '> - q', '+ plus', '-', '2)', '<script>', '</script>', '<?x', '?>', '[^1]: note', '- ```', '  ```', '  a',
];
const document = fc.array(fc.oneof(fc.constantFrom(...LINES), fc.constant('\n'.repeat(5)), fc.constant('  \n\t\n\n\n'), fc.constant('  \n \n\n   \n\n')), { maxLength: 40 }).chain((lines) =>
  fc.boolean().map((endsWithNewline) => lines.join('\n') + (endsWithNewline ? '\n' : '')),
);

describe('parseWithoutBlankRuns (F21)', () => {
  it('gives the very tree remark gives for the whole text, positions and values included', () => {
    fc.assert(
      fc.property(document, (text) => {
        expect(parseWithoutBlankRuns(text, parse)).toEqual(parse(text));
      }),
      { seed: 20261126, numRuns: 5_000 },
    );
  });

  it('parses a megabyte of blank lines as a few lines, and keeps the lines after them where they are', () => {
    const text = `# T\n\n## Goal\nDo it.\n${'\n'.repeat(1_000_000)}## Acceptance Criteria\n- [ ] ok\n`;
    const { cutText, cuts } = cutBlankRuns(text);
    expect(cutText).toBe('# T\n\n## Goal\nDo it.\n\n\n## Acceptance Criteria\n- [ ] ok\n');
    expect(cuts).toEqual([{ runStart: 20, at: 22, charactersSoFar: 999_998, linesSoFar: 999_998 }]);
    const tree = parseWithoutBlankRuns(text, parse);
    expect(tree.children.map((node) => `${node.type} ${node.position?.start.line}`)).toEqual(['heading 1', 'heading 3', 'paragraph 4', 'heading 1000005', 'list 1000006']);
  });

  it("parses the text as it is when the blank lines are a code block's own", () => {
    const text = `\`\`\`\na\n${'\n'.repeat(10)}b\n\`\`\`\n`;
    const tree = parseWithoutBlankRuns(text, parse);
    expect(tree.children[0]).toMatchObject({ type: 'code', value: `a\n${'\n'.repeat(10)}b` });
  });
});
