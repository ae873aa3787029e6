import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ID_CHARACTERS, NAME_CHARACTERS, WordIndex, mentions } from '../../../src/core/text/word-index.js';

/** Text from pieces that make words touch or not: letters, digits, `-`, `_`, dots, spaces, an astral letter, half a surrogate pair. */
const piece = fc.constantFrom('T', '-', '1', '12', '_', '.', ' ', '/', 'a', 'é', '𝒜', '\uD835', '\n', '#', '2.1');
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const word = fc.array(piece, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));

describe('WordIndex (F14: ids and removed names looked up, not searched for in every text)', () => {
  it.each([
    ['ids', ID_CHARACTERS, 0],
    ['file names', NAME_CHARACTERS, 0],
    ['ids, the index built after three scans', ID_CHARACTERS, 3],
  ])('finds exactly the texts a scan of each text finds (%s)', (_, characters, scansBeforeIndex) => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), fc.array(word, { maxLength: 8 }), (texts, words) => {
        const index = new WordIndex(texts, characters, scansBeforeIndex);
        for (const wanted of words) {
          const scanned = texts.flatMap((candidate, at) => (mentions(candidate, wanted, characters) ? [at] : []));
          expect(index.textsMentioning(wanted)).toEqual(scanned);
        }
      }),
      { seed: 20261126, numRuns: 3_000 },
    );
  });

  it('tells an id from a longer one and from one inside a word, and a file name wherever a pointer writes it', () => {
    const ids = new WordIndex(['Depends on: T-1.', 'T-10 and 2.1.3', 'xT-1 2.1'], ID_CHARACTERS, 0);
    expect(ids.textsMentioning('T-1')).toEqual([0]);
    expect(ids.textsMentioning('2.1')).toEqual([1, 2]);
    const names = new WordIndex(['- `src/app.ts:12-30`', 'see _app.ts_', 'myapp.ts', '[x](../lib/)'], NAME_CHARACTERS, 0);
    expect(names.textsMentioning('app.ts')).toEqual([0, 1]);
    expect(names.textsMentioning('lib')).toEqual([3]);
  });
});
