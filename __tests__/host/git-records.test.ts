import { describe, expect, it } from '@jest/globals';
import { parseIndex } from '../../src/host/git-records.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('parseIndex (git’s index, as GitWorkTree asks for it)', () => {
  const expected = [
    { path: 'a b.md', mode: '100644', stage: '0', utf8: true },
    { path: 'link', mode: '120000', stage: '0', utf8: true },
    { path: 'mod', mode: '160000', stage: '0', utf8: true },
    { path: 'x.md', mode: '100644', stage: '2', utf8: true },
  ];

  it('reads git 2.38’s `--format` records, without object names', () => {
    expect(parseIndex(bytes('100644 0\ta b.md\x00120000 0\tlink\x00160000 0\tmod\x00100644 2\tx.md\x00'))).toEqual(expected);
  });

  it('reads older git’s `--stage` records alike', () => {
    const object = 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391';
    expect(parseIndex(bytes(`100644 ${object} 0\ta b.md\x00120000 ${object} 0\tlink\x00160000 ${object} 0\tmod\x00100644 ${object} 2\tx.md\x00`))).toEqual(expected);
  });

  it('keeps a name that is not UTF-8, escaped', () => {
    const record = new Uint8Array([...bytes('100644 0\tcaf'), 0xe9, ...bytes('.md'), 0]);
    expect(parseIndex(record)).toEqual([{ path: 'caf\\351.md', mode: '100644', stage: '0', utf8: false }]);
  });
});
