import { ELLIPSIS, isEllipsis } from '../parse/path-like.js';

/**
 * Paths written with folders left out (`test/.../RunnerTest.kt`, `.planning/phases/03.6-…/x.md`):
 * which tracked paths they may stand for. Matched segment by segment, not by a pattern built from the
 * ticket's text: a built pattern backtracks without bound on a hostile name.
 */

/** True when `file` ends with what `written` names: `...` alone for one or more folders, within a name for the rest of it. */
export function matchesElided(file: string, written: string): boolean {
  const wanted = written.split('/');
  const segments = file.split('/');
  const known = new Map<string, boolean>();
  // Whether wanted[0..i) can end right before segments[j], starting anywhere (a path written from a subfolder).
  const endsAt = (i: number, j: number): boolean => {
    if (i === 0) return true;
    if (j === 0) return false;
    const key = `${i},${j}`;
    let found = known.get(key);
    if (found === undefined) {
      const segment = wanted[i - 1] ?? '';
      if (isEllipsis(segment)) {
        found = false;
        for (let start = j - 1; start >= 0 && !found; start -= 1) found = endsAt(i - 1, start);
      } else found = segmentMatches(segments[j - 1] ?? '', segment) && endsAt(i - 1, j - 1);
      known.set(key, found);
    }
    return found;
  };
  return endsAt(wanted.length, segments.length);
}

/** `03.6-...` against `03.6-candle`: the written pieces in order, the first at the start and the last at the end. */
function segmentMatches(name: string, written: string): boolean {
  const pieces = written.split(ELLIPSIS);
  if (pieces.length === 1) return name === written;
  const first = pieces[0] ?? '';
  const last = pieces[pieces.length - 1] ?? '';
  if (name.length < first.length + last.length || !name.startsWith(first) || !name.endsWith(last)) return false;
  let at = first.length;
  const end = name.length - last.length;
  for (const piece of pieces.slice(1, -1)) {
    const found = name.indexOf(piece, at);
    if (found === -1 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}
