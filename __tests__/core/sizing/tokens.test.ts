import { describe, expect, it } from '@jest/globals';
import { Tiktoken } from 'js-tiktoken/lite';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Encoding } from '../../../src/core/config/config.js';
import { RankTable } from '../../../src/core/sizing/rank-table.js';
import { buildEncoder, CHECK_COUNTS, CHECK_TEXT, loadTokenCounter, SAMPLE, type RankData } from '../../../src/core/sizing/tokens.js';
import { CORPUS } from '../../helpers/corpus.js';

/**
 * Known answers of OpenAI's tiktoken (0.14) for its two encodings; the ids behind these counts are
 * published in tiktoken's own tests and in other ports' known-answer tests.
 */
const MIXED = "I'm can't HELLO'S camelCaseWord  123456 \n\n  x";
const CJK_EMOJI = '你好，世界 🌍🚀';

describe('loadTokenCounter', () => {
  it('counts o200k_base tokens exactly as tiktoken does', async () => {
    const counter = await loadTokenCounter('o200k_base');
    expect(counter.encoding).toBe('o200k_base');
    expect(counter.count('hello world')).toBe(2);
    expect(counter.count(MIXED)).toBe(15);
    expect(counter.count(CJK_EMOJI)).toBe(7);
    expect(counter.count('')).toBe(0);
  });

  it('counts cl100k_base tokens exactly as tiktoken does', async () => {
    const counter = await loadTokenCounter('cl100k_base');
    expect(counter.count('hello world')).toBe(2);
    expect(counter.count(MIXED)).toBe(17);
    expect(counter.count(CJK_EMOJI)).toBe(12);
    expect(counter.count('today\n \n')).toBe(2);
    expect(counter.count('👍')).toBe(3);
  });

  it('loads each rank table once and shares it', async () => {
    const [first, second] = await Promise.all([loadTokenCounter('o200k_base'), loadTokenCounter('o200k_base')]);
    expect(first).toBe(second);
  });

  it('counts special-token text as plain text instead of throwing', async () => {
    const counter = await loadTokenCounter('o200k_base');
    // As the special token it would be one token; as text it is several.
    expect(counter.count('<|endoftext|>')).toBeGreaterThan(1);
    expect(counter.count('a <|endoftext|> b')).toBeGreaterThan(3);
  });

  it('scales a piece longer than any word from its first 64 characters instead of merging it whole', async () => {
    const counter = await loadTokenCounter('o200k_base');
    const sample = counter.count('x'.repeat(64));
    expect(counter.count('x'.repeat(1_000_000))).toBe(Math.round((sample * 1_000_000) / 64));
    // The tokenizer's pieces here: 'ok', ' ' with 6,400 '=' (a space leads a run of punctuation), ' ok'.
    expect(counter.count(`ok ${'='.repeat(6400)} ok`)).toBe(
      counter.count('ok') + Math.round((counter.count(` ${'='.repeat(SAMPLE - 1)}`) * 6401) / SAMPLE) + counter.count(' ok'),
    );
    // Spaces and the line break after them are one piece.
    expect(counter.count(`a${' '.repeat(100_000)}\nb`)).toBe(
      counter.count('a') + Math.round((counter.count(' '.repeat(SAMPLE)) * 100_001) / SAMPLE) + counter.count('b'),
    );
  });
});

describe('countLines (line ranges, docs/sizing.md)', () => {
  // Every 8th ticket of the corpus, and our own sources: prose, tables, lists and code.
  const sourceTexts = (): string[] =>
    [...filesUnder(CORPUS).filter((file, index) => file.endsWith('.md') && index % 8 === 0), ...filesUnder(path.resolve('src'))].map((file) => readFileSync(file, 'utf8'));

  it('gives each line its tokens, a piece counting on the line it begins on, the lines adding up to the whole text', async () => {
    const counter = await loadTokenCounter('o200k_base');
    // 'a', '\n\n' (one piece, begun on line 1), 'b', '.\n' (line 3), '' (the empty line after the last newline).
    expect(counter.countLines('a\n\nb.\n')).toEqual([counter.count('a') + counter.count('\n\n'), 0, counter.count('b') + counter.count('.\n'), 0]);
    expect(counter.countLines('')).toEqual([0]);
    expect(counter.countLines('no newline')).toEqual([counter.count('no newline')]);
    for (const text of sourceTexts()) {
      const lines = counter.countLines(text);
      expect(lines).toHaveLength(text.split('\n').length);
      expect(lines.reduce((sum, count) => sum + count, 0)).toBe(counter.count(text));
    }
  });

  it('counts a run of lines within a few tokens of its text counted alone, on the corpus and our sources', async () => {
    const counter = await loadTokenCounter('o200k_base');
    let exact = 0;
    let byLine = 0;
    let worst = 0;
    for (const text of sourceTexts()) {
      const lines = text.split('\n');
      const counts = counter.countLines(text);
      for (let start = 0; start < lines.length; start += 7) {
        const end = Math.min(lines.length, start + 1 + ((start * 13) % 60));
        const alone = counter.count(lines.slice(start, end).join('\n') + (end < lines.length ? '\n' : ''));
        const summed = counts.slice(start, end).reduce((sum, count) => sum + count, 0);
        exact += alone;
        byLine += summed;
        worst = Math.max(worst, Math.abs(summed - alone));
      }
    }
    expect(worst).toBeLessThanOrEqual(8);
    expect(Math.abs(byLine / exact - 1)).toBeLessThan(0.002);
  });
});

const rankData = async (encoding: Encoding): Promise<RankData> => (await import(`js-tiktoken/ranks/${encoding}`)).default as RankData;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(folder, entry.name)) : [path.join(folder, entry.name)],
  );
}

describe.each<Encoding>(['o200k_base', 'cl100k_base'])('the %s counter', (encoding) => {
  it("counts every corpus file and odd text exactly as js-tiktoken's own constructor and encode do", async () => {
    const ranks = await rankData(encoding);
    const reference = new Tiktoken(ranks);
    const counter = await loadTokenCounter(encoding);
    const pieces = new RegExp(ranks.pat_str, 'gu');
    const texts = [
      ...filesUnder(CORPUS).filter((file) => file.endsWith('.md')).map((file) => readFileSync(file, 'utf8')),
      CHECK_TEXT,
      'tab\there  two spaces\r\nCRLF   \n\n\n   trailing   ',
      "don't WON'T they'll I'D x'S",
      'ﬁ ligature, e\u0301 combining, 𝒳 astral, \u200b zero width, عربى, हिन्दी, 한국어',
      'const x = a?.b ?? c; // 1234567 0.5e10 #!/usr/bin/env node',
      '<|endoftext|><|fim_prefix|>',
    ];
    // Pieces over 64 characters are estimated on purpose (tested above); every other text is exact.
    const exact = texts.filter((text) => [...text.matchAll(pieces)].every(([piece]) => piece.length <= SAMPLE));
    expect(exact.length).toBeGreaterThan(100);
    expect(exact.map((text) => counter.count(text))).toEqual(exact.map((text) => reference.encode(text, [], []).length));
  });

  it("puts a RankTable in place of js-tiktoken's table, without the constructor's decode table", async () => {
    const ranks = await rankData(encoding);
    const encoder = buildEncoder(Tiktoken, ranks, CHECK_COUNTS[encoding]) as unknown as { rankMap: unknown; textMap: Map<number, unknown> };
    expect(encoder.textMap.size).toBe(0);
    expect(encoder.rankMap).toBeInstanceOf(RankTable);
    expect((encoder.rankMap as RankTable).size).toBe((new Tiktoken(ranks) as unknown as { rankMap: Map<string, number> }).rankMap.size);
  });

  it("keeps CHECK_COUNTS equal to the constructor's count of CHECK_TEXT", async () => {
    expect(new Tiktoken(await rankData(encoding)).encode(CHECK_TEXT, [], []).length).toBe(CHECK_COUNTS[encoding]);
  });
});

describe('buildEncoder', () => {
  const ranks = { pat_str: '\\S+|\\s+', special_tokens: {}, bpe_ranks: '! 0 YQ== Yg==' };

  it('lets the constructor build the whole table when the internal table is not there', () => {
    const built: string[] = [];
    class NoTable {
      constructor(data: RankData) {
        built.push(data.bpe_ranks);
      }
      encode = (): number[] => [0];
    }
    buildEncoder(NoTable, ranks, 1);
    expect(built).toEqual(['', '! 0 YQ== Yg==']);
  });

  it('lets the constructor build the whole table when the filled table counts differently', () => {
    const built: string[] = [];
    class KeyedOtherwise {
      rankMap = new Map<string, number>();
      constructor(data: RankData) {
        built.push(data.bpe_ranks);
      }
      // A version keying its table another way finds nothing in the one put there.
      encode = (): number[] => (this.rankMap.get('a') === undefined ? [] : [0]);
    }
    buildEncoder(KeyedOtherwise, ranks, 1);
    expect(built).toEqual(['', '! 0 YQ== Yg==']);
  });

  it('lets the constructor build the whole table when encoding asks the table more than get', () => {
    const built: string[] = [];
    class AsksHas {
      rankMap = new Map<string, number>();
      constructor(data: RankData) {
        built.push(data.bpe_ranks);
      }
      encode = (): number[] => (this.rankMap.has('97') ? [0] : []);
    }
    const encoder = buildEncoder(AsksHas, ranks, 1) as unknown as AsksHas;
    expect(built).toEqual(['', '! 0 YQ== Yg==']);
    expect(encoder.rankMap).toBeInstanceOf(Map);
  });

  it('reads the table as js-tiktoken keys it: bytes joined by commas, ranks counting up', () => {
    class Recording {
      rankMap: unknown = new Map<string, number>();
      encode = (): number[] => [0];
    }
    const encoder = buildEncoder(Recording, { ...ranks, bpe_ranks: '! 7 YQ== Yg== 4pyT' }, 1) as unknown as { rankMap: RankTable };
    expect(['97', '98', '226,156,147', '99'].map((key) => encoder.rankMap.get(key))).toEqual([7, 8, 9, undefined]);
  });
});
