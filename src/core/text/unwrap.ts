import { trimEnd } from './source-text.js';

const OPENERS = '([{<"\'*_~';
const CLOSERS = ')]}>"\'*_~';
const EMPHASIS_MARKS = '*_~';

/** `~` alone or before `/` at `start`: the home folder. */
function isHome(word: string, start: number): boolean {
  return word.charAt(start) === '~' && (start + 1 === word.length || word.charAt(start + 1) === '/');
}

/** A word without the brackets, quotes and emphasis around it: `(src/a.ts)`, `_path_`, `"path"`. */
export function unwrap(word: string): string {
  let start = 0;
  // `~/` is a home folder, as the shell reads it, not Markdown's strikethrough.
  while (start < word.length && OPENERS.includes(word.charAt(start)) && !isHome(word, start)) start += 1;
  const trimmed = trimEnd(word.slice(start), CLOSERS);
  const opening = word.slice(0, start);
  const closing = word.slice(start + trimmed.length);
  // Emphasis opens and closes: a mark nothing closes is part of the name (`__init__.py`, `_config.yml`),
  // and so is one nothing opens (`tests/__snapshots__`).
  const unopened = [...closing].reduce((kept, mark, index) => (EMPHASIS_MARKS.includes(mark) && !opening.includes(mark) ? index + 1 : kept), 0);
  const inner = trimmed + closing.slice(0, unopened);
  const unclosed = [...opening].findIndex((mark) => EMPHASIS_MARKS.includes(mark) && !closing.includes(mark));
  return unclosed === -1 ? inner : word.slice(unclosed, start) + inner;
}
