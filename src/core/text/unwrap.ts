import { trimEnd } from './source-text.js';

const OPENERS = '([{<"\'*_~';
const CLOSERS = ')]}>"\'*_~';
const EMPHASIS_MARKS = '*_~';
const CODE_OPENERS = '([{<"\'';
const CODE_CLOSERS = ')]}>"\'';

/** `~` alone or before `/` at `start`: the home folder. */
function isHome(word: string, start: number): boolean {
  return word.charAt(start) === '~' && (start + 1 === word.length || word.charAt(start + 1) === '/');
}

/** A word without the brackets, quotes and emphasis around it: `(src/a.ts)`, `_path_`, `"path"`. */
export function unwrap(word: string): string {
  let start = 0;
  // `~/` is a home folder, as the shell reads it, not Markdown's strikethrough.
  while (start < word.length && OPENERS.includes(word.charAt(start)) && !isHome(word, start)) start += 1;
  const inner = trimEnd(word.slice(start), CLOSERS);
  const closing = word.slice(start + inner.length);
  // Emphasis opens and closes: a mark nothing closes is part of the name (`__init__.py`, `_config.yml`).
  const unclosed = [...word.slice(0, start)].findIndex((mark) => EMPHASIS_MARKS.includes(mark) && !closing.includes(mark));
  return unclosed === -1 ? inner : word.slice(unclosed, start) + inner;
}

/** A word of code without the brackets and quotes around it: code has no emphasis (`tests/__snapshots__`, `*.py`). */
export function unwrapCode(word: string): string {
  let start = 0;
  while (start < word.length && CODE_OPENERS.includes(word.charAt(start))) start += 1;
  return trimEnd(word.slice(start), CODE_CLOSERS);
}
