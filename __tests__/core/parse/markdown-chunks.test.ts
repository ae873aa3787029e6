import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import { MAX_PART_WORK, MarkdownTooTangled, parseInParts } from '../../../src/core/parse/markdown-chunks.js';

const markdown = remark().use(remarkFrontmatter, ['yaml']).freeze();
const parse = (text: string) => markdown.parse(text);

/**
 * Lines whose meaning hangs on what came before or comes after: containers and their lazy lines, fences,
 * HTML blocks, setext underlines, frontmatter, link reference definitions and the references to them
 * (which reach across the whole document), loose and tight lists, indented code.
 */
const LINES = [
  '', '', '', '', '  ', '\t', '---', '+++', '# Title', '## Goal', 'text', 'lazy line', '- item', '* star', '+ plus', '-', '1. one', '2) two', '- [ ] task',
  '  continued', '   - nested', '    indented code', '      code in item', '```', '~~~', '```sh', '- ```', '  ```', '<div>', '</div>', '<!-- a', 'b -->', '<pre>',
  '</pre>', '<script>', '</script>', '<?x', '?>', '<a href="x">', '> quote', '>', '> - q', '> ```', 'Setext', '===', '***', 'id: T-1', '[ref]: /url', '[other]: /u "title',
  'more"', 'see [ref] and [other][] and [missing]', '![img][ref]', '[^1]: note', '`code` and **bold', '| a | b |', '|---|---|', '\\', '&amp; &#35;',
];
/** What parseInParts throws for `text`; undefined when it parses it. */
function refusal(text: string): unknown {
  try {
    parseInParts(text, parse);
    return undefined;
  } catch (error) {
    return error;
  }
}

const document = fc.array(fc.constantFrom(...LINES), { maxLength: 50 }).chain((lines) => fc.boolean().map((endsWithNewline) => lines.join('\n') + (endsWithNewline ? '\n' : '')));

describe('parseInParts (F40: lists and quotes parsed in parts, as micromark is quadratic in them)', () => {
  it.each([1, 2, 5])('gives the very tree one parse of the whole text gives, positions included (parts of %i lines at first)', (windowLines) => {
    fc.assert(
      fc.property(document, (text) => {
        expect(parseInParts(text, parse, windowLines)).toEqual(parse(text));
      }),
      { seed: 20261126, numRuns: 4_000 },
    );
  });

  it('cuts a file of lists between headings into parts, and gives the tree of one parse', () => {
    const text = `# Plan\n\n${'- a\n\n# h\n'.repeat(1_500)}`;
    const parts: string[] = [];
    const tree = parseInParts(text, (part) => {
      parts.push(part);
      return parse(part);
    });
    expect(parts.length).toBeGreaterThan(3);
    expect(Math.max(...parts.map((part) => part.length))).toBeLessThan(4_000);
    expect(tree.children).toHaveLength(3_001);
    expect(tree.children.at(-1)?.position?.start).toEqual({ line: 4_502, column: 1, offset: 8 + 9 * 1_499 + 5 });
    expect(tree).toEqual(parse(text));
  });

  it('refuses a block it cannot cut whose work passes the bound, naming its lines', () => {
    const block = '> - a\n>\n> p\n>\n'.repeat(2_000);
    expect(4 * 2_000 * 4 * 2_000).toBeGreaterThan(MAX_PART_WORK);
    const text = `# Plan\n\n${block}\n# After\n`;
    expect(refusal(text)).toBeInstanceOf(MarkdownTooTangled);
    expect(refusal(text)).toMatchObject({ line: 3, lastLine: 8_004, containerLines: 8_000 });
    const list = `${'1. a\n   - b\n   * c\n   + d\n   text\n'.repeat(1_500)}`;
    expect(refusal(list)).toMatchObject({ line: 1, lastLine: 7_500, containerLines: 6_000 });
    expect(parseInParts(list.slice(0, list.length / 2), parse)).toEqual(parse(list.slice(0, list.length / 2)));
  });
});
