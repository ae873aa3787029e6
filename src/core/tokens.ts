import type { Encoding } from './config.js';

/** Counts tokens the way the configured model's tokenizer does. */
export interface TokenCounter {
  readonly encoding: Encoding;
  count(text: string): number;
}

/**
 * js-tiktoken merges byte pairs in time quadratic in a piece's length, and a run of letters (or of
 * punctuation) is one piece: a base64 blob or a line of `=====` would take minutes. Such runs, longer
 * than any word, are counted from their first 64 characters and scaled; prose and code never have
 * them, so their counts stay exact.
 */
const SAMPLE = 64;
const LONG_PIECE = new RegExp(`[\\p{L}\\p{M}]{${SAMPLE + 1},}|[^\\s\\p{L}\\p{M}\\p{N}]{${SAMPLE + 1},}`, 'gu');

const loading = new Map<Encoding, Promise<TokenCounter>>();

/** The rank table is large (o200k_base: 200,000 entries, ~0.5 s to build): loaded on first use, once per process. */
export function loadTokenCounter(encoding: Encoding): Promise<TokenCounter> {
  let counter = loading.get(encoding);
  if (!counter) {
    counter = createCounter(encoding);
    loading.set(encoding, counter);
  }
  return counter;
}

async function createCounter(encoding: Encoding): Promise<TokenCounter> {
  const { Tiktoken } = await import('js-tiktoken/lite');
  const ranks =
    encoding === 'cl100k_base'
      ? (await import('js-tiktoken/ranks/cl100k_base')).default
      : (await import('js-tiktoken/ranks/o200k_base')).default;
  const tokenizer = new Tiktoken(ranks);
  // Special-token text such as `<|endoftext|>` in a ticket is counted as the plain text it is.
  const encodeLength = (text: string): number => tokenizer.encode(text, [], []).length;
  return {
    encoding,
    count(text: string): number {
      let total = 0;
      let start = 0;
      for (const piece of text.matchAll(LONG_PIECE)) {
        const pieceStart = piece.index ?? 0;
        total += encodeLength(text.slice(start, pieceStart));
        total += Math.round((encodeLength(piece[0].slice(0, SAMPLE)) * piece[0].length) / SAMPLE);
        start = pieceStart + piece[0].length;
      }
      return total + encodeLength(text.slice(start));
    },
  };
}
