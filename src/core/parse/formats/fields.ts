import { trimEnd } from '../../text/source-text.js';
import type { Frontmatter } from '../ticket.js';
import type { DeclaredItem, StatusMark } from './format.js';
import type { MarkdownDocument } from '../markdown-document.js';

/** A frontmatter key holding a list of paths (`modified_files`), as declared items at their lines and columns. */
export function frontmatterPaths(document: MarkdownDocument, frontmatter: Frontmatter | undefined, keys: readonly string[], field: { planned?: boolean } = {}): DeclaredItem[] {
  if (!frontmatter) return [];
  const items: DeclaredItem[] = [];
  for (const key of keys) {
    const value = frontmatter.values[key];
    const values = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    const lines = frontmatter.itemLines.get(key) ?? [];
    values.forEach((entry, index) => {
      if (typeof entry !== 'string' || entry.trim() === '') return;
      const line = lines[index] ?? frontmatter.keyLines.get(key) ?? frontmatter.line;
      // A block scalar (`- >-` and the path on the next line) is written below its item's line.
      const last = Math.max(line, (lines[index + 1] ?? frontmatter.endLine + 1) - 1);
      items.push({ raw: entry.trim(), ...(writtenAt(document, entry.trim(), line, last) ?? { line, column: 1 }), ...field });
    });
  }
  return items;
}

/**
 * Paths in the entries of a nested frontmatter list (`must_haves.artifacts: [{path: x}]`, or plain
 * strings), as declared items at the line and column where each is written.
 */
export function nestedFrontmatterPaths(document: MarkdownDocument, frontmatter: Frontmatter | undefined, key: string, lists: readonly string[], fields: readonly string[], field: { planned?: boolean } = {}): DeclaredItem[] {
  const outer = frontmatter?.values[key];
  if (!frontmatter || typeof outer !== 'object' || outer === null || Array.isArray(outer)) return [];
  const items: DeclaredItem[] = [];
  for (const list of lists) {
    const entries = (outer as Record<string, unknown>)[list];
    if (!Array.isArray(entries)) continue;
    const lines = frontmatter.itemLines.get(`${key}.${list}`) ?? [];
    entries.forEach((entry, index) => {
      const values = typeof entry === 'string' ? [entry] : typeof entry === 'object' && entry !== null ? fields.map((name) => (entry as Record<string, unknown>)[name]) : [];
      for (const value of values) {
        if (typeof value !== 'string' || value.trim() === '') continue;
        const at = writtenAt(document, value.trim(), lines[index] ?? frontmatter.line, frontmatter.endLine);
        if (at) items.push({ raw: value.trim(), ...at, ...field });
      }
    });
  }
  return items;
}

/** The first line from `from` to `to` that holds `value`, and its column there. */
function writtenAt(document: MarkdownDocument, value: string, from: number, to: number): { line: number; column: number } | undefined {
  for (let line = from; line <= to; line += 1) {
    const start = document.source.lineStarts[line - 1] ?? 0;
    const end = document.source.lineStarts[line] ?? document.source.text.length;
    const column = document.source.text.slice(start, end).indexOf(value);
    if (column !== -1) return { line, column: column + 1 };
  }
  return undefined;
}

/** The frontmatter's `status` as the format's status mark. */
export function frontmatterStatus(frontmatter: Frontmatter | undefined): StatusMark | undefined {
  const value = frontmatter?.values['status'];
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return { word: value, line: frontmatter?.keyLines.get('status') ?? frontmatter?.line ?? 1 };
}

/** `Status: Done`, `**Status:** ✅ Complete` in the lines before the ticket's first section. */
const STATUS_LINE = /^[ \t]*[*_]{0,2}Status[*_]{0,2}[ \t]*:[*_]{0,2}(.*)$/im;

/** The status a ticket writes in its preamble, before its first section heading of level two or deeper. */
export function preambleStatus(document: MarkdownDocument): StatusMark | undefined {
  const firstSection = document.headings.find((heading) => heading.depth >= 2);
  const end = firstSection === undefined ? document.source.text.length : (document.source.lineStarts[firstSection.line - 1] ?? 0);
  const preamble = document.source.text.slice(0, end);
  const match = STATUS_LINE.exec(preamble);
  const word = trimEnd((match?.[1] ?? '').trim(), '*_ ');
  if (!match || word === '') return undefined;
  return { word, line: preamble.slice(0, match.index).split('\n').length };
}
