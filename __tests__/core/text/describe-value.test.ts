import { describe, expect, it } from '@jest/globals';
import { describeValue } from '../../../src/core/text/describe-value.js';

describe('describeValue', () => {
  it('F39: says what a value is where JSON would say null or {}', () => {
    expect(describeValue(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue(new Set(['a', 'b']))).toBe('a set of 2');
    expect(describeValue(new Map([['a', 1]]))).toBe('a mapping of 1');
  });

  it('quotes other values as JSON, cut to the limit', () => {
    expect(describeValue('x'.repeat(100), 10)).toBe('"xxxxxx...');
    expect(describeValue([1, 'a'])).toBe('[1,"a"]');
    expect(describeValue(null)).toBe('nothing');
  });
});
