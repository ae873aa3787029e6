/** A ticket file's text with LF line endings and no BOM, plus where each line starts. */
export interface SourceText {
  readonly text: string;
  /** Offset of the first character of each line; `lineStarts[0]` is line 1. */
  readonly lineStarts: readonly number[];
}

export interface Position {
  line: number;
  column: number;
}

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * CRLF and lone CR become LF and a leading BOM is dropped, so a ticket saved on Windows reports the
 * same lines and columns as the same ticket saved with LF.
 */
export function normalizeNewlines(raw: string): string {
  const withoutBom = raw.startsWith(BYTE_ORDER_MARK) ? raw.slice(1) : raw;
  return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}

export function toSourceText(raw: string): SourceText {
  const text = normalizeNewlines(raw);
  return { text, lineStarts: lineStartsOf(text) };
}

/** Offset of the first character of each line of `text`, line 1 first. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

export function lineCount(source: SourceText): number {
  const { text, lineStarts } = source;
  // A final newline ends the last line rather than starting an empty one.
  return text.endsWith('\n') ? lineStarts.length - 1 || 1 : lineStarts.length;
}

export function positionAt(source: SourceText, offset: number): Position {
  const { lineStarts } = source;
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
}

export function lineText(source: SourceText, line: number): string {
  const start = source.lineStarts[line - 1];
  if (start === undefined) return '';
  const next = source.lineStarts[line];
  return source.text.slice(start, next === undefined ? undefined : next - 1);
}

/**
 * `text` without the run of `characters` at its end. A pattern like `/\/+$/` would do it, but a search
 * for it backtracks from every position of a long run: quadratic on a hostile megabyte.
 */
export function trimEnd(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text.charAt(end - 1))) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

export type DecodedFile = { ok: true; text: string } | { ok: false; reason: string };

const BINARY_SNIFF_BYTES = 8000;

/**
 * Bytes to text, or why the bytes are not a text file: git's own test for binary (a NUL byte in the
 * first 8,000 bytes), then strict UTF-8.
 */
export function decodeTextFile(bytes: Uint8Array): DecodedFile {
  if (isBinary(bytes)) return { ok: false, reason: 'it is a binary file' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'it is not valid UTF-8 text' };
  }
}

export function isBinary(bytes: Uint8Array): boolean {
  const sniffEnd = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let index = 0; index < sniffEnd; index += 1) if (bytes[index] === 0) return true;
  return false;
}
