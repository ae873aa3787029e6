import { describe, expect, it } from '@jest/globals';
import { formatCount } from '../../../src/core/text/wording.js';

describe('formatCount (counts in messages)', () => {
  it('groups whole numbers by thousands as en-US does', () => {
    for (const count of [0, 7, 999, 1000, 12345, 123456, 1234567, -4500, Number.MAX_SAFE_INTEGER]) expect(formatCount(count)).toBe(count.toLocaleString('en-US'));
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('leaves fractions to the locale', () => {
    expect(formatCount(1234.5)).toBe('1,234.5');
  });
});
