import type { ListItem } from 'mdast';
import { trimEnd } from '../text/source-text.js';
import { endsLikeFile } from './path-like.js';

/**
 * `- Label: value, value`: a short label and a comma-separated run of words after it (bold or not); the
 * run is the declared value. `[1]` is everything before the value.
 */
const LABELLED_PATHS = /^((?:\[[ xX]\]\s+)?(?:\*\*|__)?[A-Z][\w ./-]{0,40}?:(?:\*\*|__)?\s+)((?:[^\s,]+,\s*)*[^\s,]+)/u;
/** A label that says its value is a file: `File:`, `Tests:`, `Modify:`, `Implementation:`, `_Leverage:_`. */
const FILE_LABEL = /\b(?:files?|paths?|tests?|sources?|references?|locations?|modules?|implementation|leverage|create|modify|update|read|see)\b/iu;
/** A label that is a file field's name alone (`**File:**`, `Files:`, `Modify:`), not a phrase holding one (`Original plan file:`). */
export function isFileFieldName(label: string): boolean {
  const name = trimEnd(label.replace(/[*_]/g, '').trim(), ':');
  return !/\s/.test(name) && FILE_LABEL.test(name);
}

/**
 * `- [ ] src/a.ts — …`: a plain word first that ends the line or is followed by a separator; `- Main/index files` is prose.
 * The word is read as Markdown reads it: emphasis marks stand at its edges, so an underscore inside it is
 * its own (`index_single_file/scopes.ts`), and a backslash escapes the next character (`extractors/\\*.ts`).
 */
const PATH_FIRST = /^((?:\[[ xX]\]\s+)?(?:\*\*|__)?)((?:\\\S|[^\s`[*_\\])(?:\\\S|[^\s`[*_\\]|_+(?=[^\s`[*_]))*)(?=(?:\*\*|__)?(?:\s*$|\s+[—–:(-]|:\s))/u;
const FIRST_WORD = /^((?:\[[ xX]\]\s+)?(?:\*\*|__)?)((?:\\\S|[^\s`[*_\\])(?:\\\S|[^\s`[*_\\]|_+(?=[^\s`[*_]))*)/u;

const CHECKBOX = /^\[([ xX])\][ \t]*/;

/**
 * A list item's checkbox as written (`- [ ] …`, `1. [x] …`), with the item's first line after it;
 * undefined without one. The parser is CommonMark's, without GFM's task lists, so the text says.
 */
export function checkboxOf(item: ListItem, text: string): { checked: boolean; firstLine: string } | undefined {
  const start = item.position?.start.offset;
  const end = item.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const lineEnd = text.indexOf('\n', start);
  const written = text.slice(start, lineEnd === -1 ? end : Math.min(lineEnd, end)).replace(/^[-*+][ \t]+|^\d+[.)][ \t]+/, '');
  const box = CHECKBOX.exec(written);
  return box ? { checked: box[1] !== ' ', firstLine: written.slice(box[0].length) } : undefined;
}

/** A word that may name a file: a folder or a file ending in it, without the code-span quotes and `@`. */
function looksLikeFileWord(value: string): boolean {
  const first = trimEnd((value.split(',')[0] ?? '').replace(/^[`*_@]+/, ''), '`*_');
  return first.includes('/') || /\.[A-Za-z]{1,10}(?::\d+(?:-\d+)?)?$/.test(first);
}

/**
 * How the first line of a list item names files, if it does: a labelled value (`- Test: path:303`,
 * `- **Files:** a, b`), whose offset and length in the line are the declared value; or a path first
 * (`- src/a.ts — what changes`), with its offset. In the context section a file's name first is enough
 * (`- src/e.ts checked item`); elsewhere, and for a folder, a separator must follow it.
 */
export function listItemOpening(line: string, inContext: boolean): { kind: 'labelled'; offset: number; length: number } | { kind: 'path'; offset: number; word: string } | undefined {
  const labelled = LABELLED_PATHS.exec(line);
  if (labelled?.[1] !== undefined && labelled[2] !== undefined && FILE_LABEL.test(labelled[1]) && looksLikeFileWord(labelled[2])) {
    return { kind: 'labelled', offset: labelled[1].length, length: labelled[2].length };
  }
  const first = FIRST_WORD.exec(line);
  const opening = PATH_FIRST.exec(line) ?? (inContext && first?.[2] !== undefined && endsLikeFile(first[2]) ? first : null);
  if (opening?.[1] === undefined || opening[2] === undefined) return undefined;
  return { kind: 'path', offset: opening[1].length, word: opening[2] };
}
