import { describe, expect, it } from '@jest/globals';
import { modeIn, parseIndex } from '../../src/host/git-records.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('parseIndex (git’s index, as GitWorkTree asks for it)', () => {
  const expectIndex = (index: ReturnType<typeof parseIndex>) => {
    expect(index.paths).toEqual(['a b.md', 'link', 'mod', 'run.sh', 'x.md']);
    expect(Object.fromEntries(index.specialModes)).toEqual({ link: '120000', mod: '160000' });
    expect(['a b.md', 'link', 'mod', 'run.sh', 'x.md'].map((path) => modeIn(index, path))).toEqual(['100644', '120000', '160000', '100644', '100644']);
    expect(index.namesNotUtf8.size).toBe(0);
  };

  it('reads git 2.38’s `--format` records, without object names; a file in conflict, listed once a stage, once', () => {
    expectIndex(parseIndex(bytes('100644 0\ta b.md\x00120000 0\tlink\x00160000 0\tmod\x00100755 0\trun.sh\x00100644 1\tx.md\x00100644 2\tx.md\x00100644 3\tx.md\x00')));
  });

  it('reads older git’s `--stage` records alike', () => {
    const object = 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391';
    expectIndex(parseIndex(bytes(`100644 ${object} 0\ta b.md\x00120000 ${object} 0\tlink\x00160000 ${object} 0\tmod\x00100755 ${object} 0\trun.sh\x00100644 ${object} 2\tx.md\x00100644 ${object} 3\tx.md\x00`)));
  });

  it('keeps a name that is not UTF-8, escaped, and says which it is', () => {
    const index = parseIndex(new Uint8Array([...bytes('100644 0\tcaf'), 0xe9, ...bytes('.md'), 0, ...bytes('120000 0\tl'), 0]));
    expect(index.paths).toEqual(['caf\\351.md', 'l']);
    expect([...index.namesNotUtf8]).toEqual(['caf\\351.md']);
    expect(modeIn(index, 'l')).toBe('120000');
  });
});
