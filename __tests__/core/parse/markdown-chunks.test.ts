import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import { containerStartsBefore } from '../../../src/core/parse/container-starts.js';
import { MAX_PART_WORK, MarkdownTooTangled, parseInParts } from '../../../src/core/parse/markdown-chunks.js';
import { lineStartsOf } from '../../../src/core/text/source-text.js';

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
/** Lines of containers only: items empty or not, nested by columns and tabs, quotes in lists and lists in quotes, lazy and continued lines. */
const CONTAINER_LINES = ['', '', '-', '- a', '  - b', '   - c', '    - d', '* e', '+ f', '1. g', '1) h', '2. i', '- - j', '- > k', '> a', '>', '> > b', '> - c', '>  - d', '> 1. e', '  > f', '\t- g', ' \t> h', 'text', '  text', '    text', '# h', '```', '---'];
const containerDocument = fc.array(fc.constantFrom(...CONTAINER_LINES), { maxLength: 30 }).map((lines) => lines.join('\n'));


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
  it.each([
    [1, 'every kind', document],
    [2, 'every kind', document],
    [5, 'every kind', document],
    [1, 'containers', containerDocument],
  ])('gives the very tree one parse of the whole text gives, positions included (parts of %i lines at first, documents of %s)', (windowLines, _, documents) => {
    fc.assert(
      fc.property(documents, (text) => {
        expect(parseInParts(text, parse, windowLines)).toEqual(parse(text));
      }),
      { seed: 20261126, numRuns: 2_500 },
    );
  });

  it.each([
    ['an empty item after indented code, which micromark reads as a paragraph there', '    - d\n\n-\n\n- a'],
    ['a `---` that opens no frontmatter, after which micromark reads no list or quote', '---\n\n>\n\n- a'],
    ['frontmatter, then a definition another part refers to', '---\n---\n[a]: /u\n\n|a|\n\n[a]'],
    ['an ordered list from 2 and a definition, which cannot interrupt a paragraph', '    x\n\n2. b\n\n[a]: /u\n\n<a href="x">\n\n[a]'],
  ])('gives the tree of one parse for %s', (_, text) => {
    expect(parseInParts(text, parse, 1)).toEqual(parse(text));
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
    expect(3 * 2_000 * 4 * 2_000).toBeGreaterThan(MAX_PART_WORK);
    const text = `# Plan\n\n${block}\n# After\n`;
    expect(refusal(text)).toBeInstanceOf(MarkdownTooTangled);
    expect(refusal(text)).toMatchObject({ line: 3, lastLine: 8_004, containers: 6_000 });
    const list = `${'1. a\n   - b\n   * c\n   + d\n   text\n'.repeat(1_500)}`;
    expect(refusal(list)).toMatchObject({ line: 1, lastLine: 7_500, containers: 6_000 });
    expect(parseInParts(list.slice(0, list.length / 2), parse)).toEqual(parse(list.slice(0, list.length / 2)));
  });

  it.each([
    ['documents of every kind', document],
    ['documents of containers', containerDocument],
  ])('counts at least every list and quote the parser makes: the bound is a bound (%s)', (_, documents) => {
    fc.assert(
      fc.property(documents, (text) => {
        let containers = 0;
        const stack: Array<{ type: string; children?: unknown[] }> = [parse(text)];
        for (let node = stack.pop(); node; node = stack.pop()) {
          if (node.type === 'list' || node.type === 'blockquote') containers += 1;
          if (node.children) stack.push(...(node.children as Array<{ type: string; children?: unknown[] }>));
        }
        expect(containerStartsBefore(text, lineStartsOf(text)).at(-1)).toBeGreaterThanOrEqual(containers);
      }),
      { seed: 20261126, numRuns: 4_000 },
    );
  });

  it('counts the lines that may start a list or a quote micromark closes, not the items of one list', () => {
    const starts = (text: string) => containerStartsBefore(text, lineStartsOf(text)).at(-1);
    expect(starts('- a\n- b\n* c\n  - d\n  text\n- e\n')).toBe(4);
    expect(starts('- [ ] a\n  more\n\n- [ ] b\n'.repeat(1_000))).toBe(1);
    expect(starts('- a\n\n# h\n'.repeat(1_000))).toBe(1_000);
    expect(starts('- a\n\np\n\n'.repeat(1_000))).toBe(1_000);
    expect(starts('> - a\n>\n> p\n>\n'.repeat(1_000))).toBe(3_000);
    expect(starts('1. a\n2. b\n1) c\n\t- d\n    > e\n')).toBe(4);
    const list = `${'- `src/file.ts`\n'.repeat(5_000)}`;
    expect(parseInParts(list, parse)).toEqual(parse(list));
  });
});
