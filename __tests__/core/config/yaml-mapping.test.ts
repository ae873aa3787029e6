import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { libraryMapping, parseYamlMapping, wordMapping } from '../../../src/core/config/yaml-mapping.js';

describe('wordMapping (frontmatter of `key: word` lines, read without the library)', () => {
  it('reads the common frontmatter with each key on its file line', () => {
    const text = 'id: TL-12\nstatus: in progress\n\nowner: team/web_ui\nversion: v1.2-rc\n';
    expect(wordMapping(text, 2)).toEqual({
      values: { id: 'TL-12', status: 'in progress', owner: 'team/web_ui', version: 'v1.2-rc' },
      keyLines: new Map([
        ['id', 2],
        ['status', 3],
        ['owner', 5],
        ['version', 6],
      ]),
      itemLines: new Map(),
      problems: [],
    });
    expect(wordMapping(text, 2)).toEqual(libraryMapping(text, 2));
  });

  it.each([
    ['a list', 'depends_on: [TL-1, TL-2]'],
    ['a block list', 'depends_on:\n  - TL-1'],
    ['a number', 'id: 12'],
    ['a boolean', 'parallel: true'],
    ['a null', 'parent: null'],
    ['an empty value', 'parent:'],
    ['a quoted value', "title: 'Login'"],
    ['a comment', 'status: todo # later'],
    ['a repeated key', 'id: A\nid: B'],
    ['a special key', '__proto__: x'],
    ['two spaces inside a value', 'title: a  b'],
    ['a CR', 'id: A\r'],
    ['a tab', 'id:\tA'],
  ])('leaves %s to the library', (_what, text) => {
    expect(wordMapping(text, 1)).toBeUndefined();
  });
});

/** Pieces of frontmatter lines that sit on the border between what wordMapping reads and what it leaves. */
const KEYS = ['id', 'status', 'a-b', '_x', 'e', 'null', 'True', '__proto__', '1a', 'ключ', 'x y', '<<', '"id"', '? id'];
const VALUES = ['todo', 'in progress', 'TL-12', 'v1.2', 'a/b.c', 'e5', 'x -y', 'a - b', 'true', 'NULL', 'False', '~', '12', '0x1F', '0o7',
  '.inf', '.NaN', '-1', '+1', '1e3', 'a  b', "'q'", '"q"', '[a, b]', '{a: 1}', 'a # c', 'a#c', 'a:b', 'a: b', '-', '- a', '&x a', '*x', '!tag a',
  '|', '>', 'é', 'a\tb', '', ' ', '%', '@a', '`a`', 'a,b'];

const line = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(':', ': ', ':  ', ' : ', ':\t'), fc.constantFrom(...VALUES), fc.constantFrom('', ' ', '  ', '\t')).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '# note', '  - item', '---', '...', 'id', '\r') },
  { weight: 1, arbitrary: fc.string({ maxLength: 16 }) },
);

describe('parseYamlMapping', () => {
  it('gives what the yaml library gives, for any frontmatter (property test, fixed seed)', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.integer({ min: 1, max: 50 }), (lines, firstLine) => {
        const text = lines.join('\n');
        expect(parseYamlMapping(text, firstLine)).toEqual(libraryMapping(text, firstLine));
      }),
      { numRuns: 20_000, seed: 20261124 },
    );
  });
});

describe('libraryMapping item lines', () => {
  it('gives the file line of each item of a list one mapping down, under `key.inner`, in block and flow style', () => {
    const block = libraryMapping('id: A\nticket-lint:\n  disable:\n    - path-exists\n    - line-range\n', 2);
    expect(block.itemLines.get('ticket-lint.disable')).toEqual([5, 6]);
    expect(block.keyLines.get('ticket-lint')).toBe(3);
    expect(block.keyLines.has('ticket-lint.disable')).toBe(false);
    expect(libraryMapping('ticket-lint: { disable: [a, b] }\n', 2).itemLines.get('ticket-lint.disable')).toEqual([2, 2]);
  });
});
