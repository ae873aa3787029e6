/**
 * The window's text after its last line break. A window cut short of its line's start begins at its
 * first whole word, after a mark: its cut is no start of the line a pattern may anchor to ("In `x`, …"
 * opening a sentence), nor the middle of a code span whose backticks would pair with the wrong ones.
 */
export function afterLastBreak(window: string, breaks: RegExp, cut: boolean): string {
  let start = -1;
  for (const match of window.matchAll(breaks)) start = (match.index ?? 0) + match[0].length;
  if (start !== -1 || !cut) return window.slice(Math.max(0, start));
  const space = window.search(/\s/);
  return `… ${space === -1 ? '' : window.slice(space + 1)}`;
}
