import type { Encoding } from '../config/config.js';
import { RankTable } from './rank-table.js';

/**
 * Counts tokens the way the configured model's tokenizer does, a batch at a time, so the counting
 * can run on another thread while the caller parses the next tickets.
 */
export interface TokenCounter {
  readonly encoding: Encoding;
  countAll(texts: readonly string[]): Promise<number[]>;
  /** For each text, the tokens of each of its lines (see `countLines`). */
  countLinesAll(texts: readonly string[]): Promise<number[][]>;
}

/** The counter of this thread: counts at once. */
export interface LocalTokenCounter extends TokenCounter {
  count(text: string): number;
  /**
   * The tokens of each line of `text` (split at `\n`, as `lineStartsOf`): a piece of the tokenizer's
   * split counts on the line it begins on, so the lines add up to `count(text)` exactly, and a run of
   * lines is within a few tokens of its text counted alone (docs/sizing.md).
   */
  countLines(text: string): number[];
}

/**
 * js-tiktoken merges byte pairs in time quadratic in a piece's length, and a run of letters (or of
 * punctuation, or of spaces) is one piece: a base64 blob or a line of `=====` would take minutes. A
 * piece longer than any word is counted from its first 64 characters and scaled; prose and code never
 * have them, so their counts stay exact.
 */
export const SAMPLE = 64;

/**
 * Distinct pieces whose counts are remembered. Words repeat across tickets and files (a roadmap of a
 * thousand tickets has a few thousand distinct pieces), and a remembered piece skips encoding and
 * merging; the cap bounds the memory a repository of generated text could take.
 */
const REMEMBERED_PIECES = 200_000;

/** The part of js-tiktoken's rank data this module reads (its `TiktokenBPE`). */
export interface RankData {
  pat_str: string;
  special_tokens: Record<string, number>;
  bpe_ranks: string;
}

interface Encoder {
  encode(text: string, allowedSpecial?: string[] | 'all', disallowedSpecial?: string[] | 'all'): number[];
}

type EncoderClass = new (ranks: RankData) => Encoder;

/**
 * Text on which a wrong or partial table shows (letters, digits, punctuation, spaces, CJK, emoji), and
 * its count by js-tiktoken's own constructor, per encoding (a test keeps these true).
 */
export const CHECK_TEXT = "I'm can't HELLO'S camelCaseWord  123456 \n\n  x 你好，世界 🌍🚀 function(a) { return a * 2; }";
export const CHECK_COUNTS: Record<Encoding, number> = { o200k_base: 34, cl100k_base: 41 };

const loading = new Map<Encoding, Promise<LocalTokenCounter>>();

/** The rank table is large (o200k_base: 200,000 entries): loaded on first use, once per process. */
export function loadTokenCounter(encoding: Encoding): Promise<LocalTokenCounter> {
  let counter = loading.get(encoding);
  if (!counter) {
    counter = createCounter(encoding);
    loading.set(encoding, counter);
  }
  return counter;
}

async function createCounter(encoding: Encoding): Promise<LocalTokenCounter> {
  const { Tiktoken } = await import('js-tiktoken/lite');
  const ranks =
    encoding === 'cl100k_base'
      ? (await import('js-tiktoken/ranks/cl100k_base')).default
      : (await import('js-tiktoken/ranks/o200k_base')).default;
  return pieceCounter(encoding, ranks, buildEncoder(Tiktoken, ranks, CHECK_COUNTS[encoding]));
}

/**
 * A js-tiktoken tokenizer whose rank table is read straight from the rank data (see RankTable). Its
 * constructor goes through an object of 200,000 keys into a Map of as many strings, and builds a
 * decode table that counting never reads: o200k_base takes half a second and 190 MiB that way. The
 * table is an internal of js-tiktoken, so if a version renames it, or the counts with it differ from
 * the constructor's, the constructor builds the tokenizer instead: `expectedCount` is the
 * constructor's count of CHECK_TEXT.
 */
export function buildEncoder(Tiktoken: EncoderClass, ranks: RankData, expectedCount: number): Encoder {
  const empty = new Tiktoken({ ...ranks, bpe_ranks: '' });
  const internals = empty as unknown as { rankMap?: unknown };
  if (internals.rankMap instanceof Map && internals.rankMap.size === 0) {
    internals.rankMap = new RankTable(ranks.bpe_ranks);
    if (countsAsExpected(empty, expectedCount)) return empty;
  }
  return new Tiktoken(ranks);
}

/** False too when encoding throws: a version asking its table more than `get` would. */
function countsAsExpected(encoder: Encoder, expectedCount: number): boolean {
  try {
    return encoder.encode(CHECK_TEXT, [], []).length === expectedCount;
  } catch {
    return false;
  }
}

/**
 * Counts text as the encoder does, piece by piece: tiktoken encodes each piece of its split pattern
 * on its own, so the count of a text is the sum of its pieces' counts, and a piece seen before is
 * looked up instead of encoded again.
 */
export function pieceCounter(encoding: Encoding, ranks: RankData, encoder: Encoder): LocalTokenCounter {
  const pieces = new RegExp(ranks.pat_str, 'gu');
  const remembered = new Map<string, number>();
  // Special-token text such as `<|endoftext|>` in a ticket is counted as the plain text it is.
  const encodeLength = (text: string): number => encoder.encode(text, [], []).length;
  const countPiece = (piece: string): number => {
    if (piece.length > SAMPLE) return Math.round((encodeLength(piece.slice(0, SAMPLE)) * piece.length) / SAMPLE);
    let count = remembered.get(piece);
    if (count === undefined) {
      count = encodeLength(piece);
      if (remembered.size < REMEMBERED_PIECES) remembered.set(piece, count);
    }
    return count;
  };
  const count = (text: string): number => {
    let total = 0;
    for (const match of text.matchAll(pieces)) total += countPiece(match[0]);
    return total;
  };
  const countLines = (text: string): number[] => {
    const perLine: number[] = [];
    let line = 0;
    // 0 once the last line is reached (indexOf gives -1).
    let nextLineStart = text.indexOf('\n') + 1;
    const endLinesBefore = (offset: number): void => {
      while (nextLineStart > 0 && nextLineStart <= offset) {
        perLine.push(line);
        line = 0;
        nextLineStart = text.indexOf('\n', nextLineStart) + 1;
      }
    };
    for (const match of text.matchAll(pieces)) {
      endLinesBefore(match.index);
      line += countPiece(match[0]);
    }
    endLinesBefore(text.length);
    perLine.push(line);
    return perLine;
  };
  return { encoding, count, countLines, countAll: async (texts) => texts.map(count), countLinesAll: async (texts) => texts.map(countLines) };
}
