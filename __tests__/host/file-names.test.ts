import { describe, expect, it } from '@jest/globals';
import { splitRecords } from '../../src/host/file-names.js';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('splitRecords (git -z output)', () => {
  it('splits UTF-8 output at its NULs, multi-byte names whole, the empty record after the last NUL dropped', () => {
    expect(splitRecords(bytes('roadmap/é.md\0docs/日本語.md\0a b.md\0'))).toEqual([
      { name: 'roadmap/é.md', utf8: true },
      { name: 'docs/日本語.md', utf8: true },
      { name: 'a b.md', utf8: true },
    ]);
  });

  it('decodes each record alone once one is not UTF-8: only that one is escaped and marked', () => {
    expect(splitRecords(bytes('roadmap/é.md\0roadmap/caf', [0xe9], '.md\0last.md'))).toEqual([
      { name: 'roadmap/é.md', utf8: true },
      { name: 'roadmap/caf\\351.md', utf8: false },
      { name: 'last.md', utf8: true },
    ]);
  });
});
