import { describe, expect, it } from '@jest/globals';
import { loadTokenCounter } from '../../src/core/tokens.js';

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

  it('scales a run longer than any word from its first 64 characters instead of merging it whole', async () => {
    const counter = await loadTokenCounter('o200k_base');
    const sample = counter.count('x'.repeat(64));
    expect(counter.count('x'.repeat(1_000_000))).toBe(Math.round((sample * 1_000_000) / 64));
    expect(counter.count(`ok ${'='.repeat(6400)} ok`)).toBe(counter.count('ok ') + counter.count('='.repeat(64)) * 100 + counter.count(' ok'));
  });
});
