import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { NameIndex } from '../../../src/core/repository/name-index.js';
import { nameDistance } from '../../../src/core/repository/path-suggester.js';
import { closest } from '../../../src/core/text/closest.js';

/** Names from a small alphabet, so that many are a typo or two apart. */
const stem = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', '-', '_', '1', 'é'), minLength: 0, maxLength: 12 });
const extension = fc.constantFrom('', '.ts', '.tsx', '.js', '.md', '.MD', '.yml', '.yaml', '.a.b');
const name = fc.tuple(stem, extension).map(([s, e]) => `${s}${e}`);

/** A name with one slip: a letter changed, added, dropped, two neighbours swapped, or the case changed. */
const slipped = (of: string, kind: number, at: number): string => {
  const index = of.length === 0 ? 0 : at % of.length;
  switch (kind) {
    case 0:
      return `${of.slice(0, index)}x${of.slice(index + 1)}`;
    case 1:
      return `${of.slice(0, index)}b${of.slice(index)}`;
    case 2:
      return `${of.slice(0, index)}${of.slice(index + 1)}`;
    case 3:
      return `${of.slice(0, index)}${of.charAt(index + 1)}${of.charAt(index)}${of.slice(index + 2)}`;
    default:
      return of.toUpperCase();
  }
};

describe('NameIndex (did-you-mean, F13)', () => {
  it('gives every name nameDistance finds close, so the suggestion is the one a scan of every name gives', () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 60 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 5 }), fc.nat(), fc.integer({ min: 0, max: 5 }), fc.nat()), { maxLength: 10 }), (names, slips) => {
        const index = new NameIndex(names);
        for (const [pick, kind, at, secondKind, secondAt] of slips) {
          const wanted = slipped(slipped(names[pick % names.length] ?? '', kind, at), secondKind, secondAt);
          const candidates = new Set(index.candidates(wanted));
          for (const candidate of names) if (Number.isFinite(nameDistance(wanted, candidate))) expect(candidates).toContain(candidate);
          expect(closest(index.candidates(wanted), (candidate) => nameDistance(wanted, candidate))).toBe(closest(names, (candidate) => nameDistance(wanted, candidate)));
        }
      }),
      { seed: 20261126, numRuns: 2_000 },
    );
  });

  it('compares a missing name with the few names that can be close, not with every name', () => {
    const names = Array.from({ length: 50_000 }, (_, index) => `mod${String(index).padStart(5, '0')}.ts`);
    const index = new NameIndex(names);
    const candidates = index.candidates('zz00123.ts');
    expect(candidates.length).toBeLessThan(50);
    expect(closest(candidates, (candidate) => nameDistance('zz00123.ts', candidate))).toBe(closest(names, (candidate) => nameDistance('zz00123.ts', candidate)));
    expect(index.candidates('mod00123.ts')).toContain('mod00123.ts');
    expect(index.candidates('mdo00123.ts')).toContain('mod00123.ts');
  });
});
