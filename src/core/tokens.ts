import type { Encoding } from './config.js';

/**
 * Counts tokens the way the configured model's tokenizer does, a batch at a time, so the counting
 * can run on another thread while the caller parses the next tickets.
 */
export interface TokenCounter {
  readonly encoding: Encoding;
  countAll(texts: readonly string[]): Promise<number[]>;
}

/** The counter of this thread: counts at once. */
export interface LocalTokenCounter extends TokenCounter {
  count(text: string): number;
}

/**
 * js-tiktoken merges byte pairs in time quadratic in a piece's length, and a run of letters (or of
 * punctuation) is one piece: a base64 blob or a line of `=====` would take minutes. Such runs, longer
 * than any word, are counted from their first 64 characters and scaled; prose and code never have
 * them, so their counts stay exact.
 */
export const SAMPLE = 64;
export const ANY_LONG_RUN = new RegExp(`\\S{${SAMPLE + 1}}`);
export const LONG_PIECE = new RegExp(`[\\p{L}\\p{M}]{${SAMPLE + 1},}|[^\\s\\p{L}\\p{M}\\p{N}]{${SAMPLE + 1},}`, 'gu');

const loading = new Map<Encoding, Promise<LocalTokenCounter>>();

/** The rank table is large (o200k_base: 200,000 entries, ~0.5 s to build): loaded on first use, once per process. */
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
  const tokenizer = new Tiktoken(ranks);
  // Counting never decodes, and the decode table is two thirds of the tokenizer's memory (47 of 70 MiB
  // for o200k_base); it is an internal of js-tiktoken, so this is skipped if a version renames it.
  (tokenizer as unknown as { textMap?: Map<number, Uint8Array> }).textMap?.clear();
  // Special-token text such as `<|endoftext|>` in a ticket is counted as the plain text it is.
  const encodeLength = (text: string): number => tokenizer.encode(text, [], []).length;
  const count = (text: string): number => {
    // The Unicode-aware search is slow; most texts have no run of 65 non-space characters at all.
    if (!ANY_LONG_RUN.test(text)) return encodeLength(text);
    let total = 0;
    let start = 0;
    for (const piece of text.matchAll(LONG_PIECE)) {
      const pieceStart = piece.index ?? 0;
      total += encodeLength(text.slice(start, pieceStart));
      total += Math.round((encodeLength(piece[0].slice(0, SAMPLE)) * piece[0].length) / SAMPLE);
      start = pieceStart + piece[0].length;
    }
    return total + encodeLength(text.slice(start));
  };
  return { encoding, count, countAll: async (texts) => texts.map(count) };
}
