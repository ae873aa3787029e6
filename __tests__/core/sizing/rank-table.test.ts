import { describe, expect, it } from '@jest/globals';
import { Tiktoken } from 'js-tiktoken/lite';
import type { Encoding } from '../../../src/core/config/config.js';
import { RankTable } from '../../../src/core/sizing/rank-table.js';
import type { RankData } from '../../../src/core/sizing/tokens.js';

const base64 = (bytes: number[]): string => Buffer.from(bytes).toString('base64');
const key = (bytes: number[]): string => bytes.join(',');

describe.each<Encoding>(['o200k_base', 'cl100k_base'])('a RankTable of %s', (encoding) => {
  it("answers every key of js-tiktoken's own table with its rank", async () => {
    const ranks = (await import(`js-tiktoken/ranks/${encoding}`)).default as RankData;
    const reference = (new Tiktoken(ranks) as unknown as { rankMap: Map<string, number> }).rankMap;
    const table = new RankTable(ranks.bpe_ranks);
    expect(table.size).toBe(reference.size);
    const differing = [...reference].filter(([bytes, rank]) => table.get(bytes) !== rank);
    expect(differing).toEqual([]);
  });
});

describe('RankTable', () => {
  it('numbers tokens from the first rank of their line, line by line', () => {
    const table = new RankTable(`! 7 ${base64([97])} ${base64([98])}\n" 100 ${base64([226, 156, 147])} ${base64([0])}\n`);
    expect([key([97]), key([98]), key([226, 156, 147]), key([0])].map((bytes) => table.get(bytes))).toEqual([7, 8, 100, 101]);
    expect(table.size).toBe(4);
  });

  it('reads tokens with and without base64 padding alike', () => {
    const table = new RankTable(`! 0 YWI= YWI YWJj`);
    expect(table.get(key([97, 98]))).toBe(1);
    expect(table.get(key([97, 98, 99]))).toBe(2);
    expect(table.size).toBe(2);
  });

  it('keeps the last rank of a token listed twice, as js-tiktoken does', () => {
    const table = new RankTable(`! 0 ${base64([1, 2])} ${base64([3])}\n! 9 ${base64([1, 2])}`);
    expect(table.get(key([1, 2]))).toBe(9);
    expect(table.get(key([3]))).toBe(1);
    expect(table.size).toBe(2);
  });

  it('tells a token from its prefixes and extensions', () => {
    const table = new RankTable(`! 0 ${base64([104, 105])}`);
    expect(table.get(key([104]))).toBeUndefined();
    expect(table.get(key([104, 105, 33]))).toBeUndefined();
    expect(table.get(key([104, 105]))).toBe(0);
  });

  it('finds tokens longer than the buffer it starts with, told apart by their last bytes and length', () => {
    const long = Array.from({ length: 700 }, (_, index) => index % 256);
    const lastByteOther = [...long.slice(0, 699), 7];
    const oneShorter = long.slice(0, 699);
    const table = new RankTable(`! 3 ${base64(long)} ${base64(lastByteOther)} ${base64(oneShorter)}`);
    expect([long, lastByteOther, oneShorter].map((bytes) => table.get(key(bytes)))).toEqual([3, 4, 5]);
    expect(table.get(key(long.slice(0, 698)))).toBeUndefined();
  });

  describe('with byte strings of equal hash', () => {
    // FNV-1a (32 bits) collisions, found by search: the table must compare bytes, not hashes alone.
    const fnv1a = (bytes: number[]): number => bytes.reduce((hash, byte) => Math.imul(hash ^ byte, 16_777_619), 0x811c9dc5 | 0);
    const differing = { three: [56, 76, 89], four: [13, 144, 128, 0] };
    const prefixed = { short: [0, 71, 46, 34], long: [0, 71, 46, 34, 32] };

    it('are collisions indeed', () => {
      expect(fnv1a(differing.three)).toBe(fnv1a(differing.four));
      expect(fnv1a(prefixed.short)).toBe(fnv1a(prefixed.long));
    });

    it.each([
      ['different bytes', differing.four, differing.three],
      ['different bytes', differing.three, differing.four],
      ['one more byte', prefixed.short, prefixed.long],
      ['one byte fewer', prefixed.long, prefixed.short],
    ])('tells a token from a key of %s', (_, token, sought) => {
      const table = new RankTable(`! 0 ${base64(token)}`);
      expect(table.get(key(sought))).toBeUndefined();
      expect(table.get(key(token))).toBe(0);
    });

    it('keeps both tokens', () => {
      const table = new RankTable(`! 0 ${base64(prefixed.long)} ${base64(prefixed.short)} ${base64(differing.three)} ${base64(differing.four)}`);
      expect(table.size).toBe(4);
      expect([prefixed.long, prefixed.short, differing.three, differing.four].map((bytes) => table.get(key(bytes)))).toEqual([0, 1, 2, 3]);
    });
  });

  it.each(['', ',', '97,', ',97', '97,,98', '256', '1000', '097', '00', 'a', '97 ', '-1', '9.7'])(
    'answers nothing for %j, a key js-tiktoken never makes',
    (odd) => {
      const table = new RankTable(`! 0 ${base64([97])} ${base64([0])} ${base64([97, 98])}`);
      expect(table.get(odd)).toBeUndefined();
    },
  );

  it('is empty for empty rank data', () => {
    const table = new RankTable('');
    expect(table.size).toBe(0);
    expect(table.get(key([97]))).toBeUndefined();
  });
});
