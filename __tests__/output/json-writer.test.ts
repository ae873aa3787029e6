import { describe, expect, it } from '@jest/globals';
import { writeJson } from '../../src/output/json-writer.js';
import { inBlocks, textWrittenBy } from '../../src/output/text-sink.js';

const written = (value: unknown): string => textWrittenBy((out) => writeJson(value, out));

describe('writeJson', () => {
  it.each([
    ['a report-like object', { version: 1, tickets: [{ file: 'a.md', pointers: [{ path: 'src/a.ts', lines: { start: 1, end: 2 } }] }, { file: 'b.md', pointers: [] }], counts: { errors: 0 } }],
    ['empty containers at every level', { a: [], b: {}, c: [[], {}], d: [{ e: [] }] }],
    ['members JSON leaves out, and array holes JSON writes as null', { kept: 1, gone: undefined, fn: () => 1, list: [undefined, () => 1, 2] }],
    ['strings with newlines, quotes, control characters and odd Unicode', { 'key\nwith "quotes"': ['line\nbreak', 'tab\t', '\u2028\u0000', 'é🙂'] }],
    ['a value with toJSON', { when: new Date(Date.UTC(2026, 10, 27)), deep: [{ when: new Date(0) }] }],
    ['scalars', 'text'],
    ['null', null],
    ['an array at the top', [1, [2, [3, [4, { five: 5 }]]]]],
  ])('writes what JSON.stringify(value, null, 2) does, and a newline: %s', (_name, value) => {
    expect(written(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('writes each ticket of a report as its own piece, never the whole report at once', () => {
    const tickets = Array.from({ length: 50 }, (_, index) => ({ file: `roadmap/t-${index}.md`, pointers: [{ path: `src/m${index}.ts` }] }));
    const pieces: string[] = [];
    writeJson({ version: 1, tickets, counts: { tickets: 50 } }, (text) => pieces.push(text));
    const longest = Math.max(...pieces.map((piece) => piece.length));
    expect(longest).toBeLessThanOrEqual(`${JSON.stringify(tickets[0], null, 2)}`.replaceAll('\n', '\n    ').length + 10);
    expect(pieces.filter((piece) => piece.includes('"file"'))).toHaveLength(50);
  });
});

describe('inBlocks', () => {
  it('passes the pieces on in blocks of at least the size, and the rest on flush', () => {
    const blocks: string[] = [];
    const writer = inBlocks((text) => blocks.push(text), 10);
    for (const piece of ['abc', 'defg', 'hij', 'k', 'lmnopqrstuvw', 'xyz']) writer.write(piece);
    expect(blocks).toEqual(['abcdefghij', 'klmnopqrstuvw']);
    writer.flush();
    writer.flush();
    expect(blocks).toEqual(['abcdefghij', 'klmnopqrstuvw', 'xyz']);
  });
});
