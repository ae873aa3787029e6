import { describe, expect, it } from '@jest/globals';
import { decodeTextFile, lineCount, lineText, positionAt, toSourceText } from '../../../src/core/text/source-text.js';

describe('toSourceText', () => {
  it('gives CRLF, CR and a BOM the same lines and columns as LF', () => {
    const lf = toSourceText('a\nbc\n');
    expect(toSourceText('\uFEFFa\r\nbc\r\n')).toEqual(lf);
    expect(toSourceText('a\rbc\r')).toEqual(lf);
    expect(positionAt(lf, 3)).toEqual({ line: 2, column: 2 });
    expect(lineText(lf, 2)).toBe('bc');
  });

  it('counts lines as an editor does', () => {
    expect(lineCount(toSourceText(''))).toBe(1);
    expect(lineCount(toSourceText('a'))).toBe(1);
    expect(lineCount(toSourceText('a\n'))).toBe(1);
    expect(lineCount(toSourceText('a\nb'))).toBe(2);
    expect(lineCount(toSourceText('a\n\n'))).toBe(2);
  });
});

describe('decodeTextFile', () => {
  it('decodes UTF-8 and refuses binary and other encodings', () => {
    expect(decodeTextFile(new TextEncoder().encode('héllo'))).toEqual({ ok: true, text: 'héllo' });
    expect(decodeTextFile(new Uint8Array([0x23, 0x00, 0x41]))).toEqual({ ok: false, reason: 'it is a binary file' });
    expect(decodeTextFile(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toEqual({ ok: false, reason: 'it is not valid UTF-8 text' });
  });
});
