/**
 * How many lists and quotes, up to each line, the parser may open and so close later: an upper bound
 * of micromark's container closings, which cost it a copy of its events each. Containers start only on
 * lines with markers (`>`, a bullet `-` `*` `+`, `1.` or `1)`), at most one a marker, so only those
 * count, but not a line that repeats the markers of the marker line before it (the same columns) when nothing between
 * could have closed what that line opened: the next item of one list, the next line of one quote. What
 * could close them: for a quote, any line between; for a list, a line left of the item's content, or a
 * blank line after an empty item. A line whose markers put a list marker before another marker starts
 * a new inner container whatever came before. A list of 5,000 items counts once.
 *
 * Returns prefix sums: element i is the count over lines 0 to i - 1.
 */
export function containerStartsBefore(text: string, lineStarts: readonly number[]): Int32Array {
  const before = new Int32Array(lineStarts.length + 1);
  let count = 0;
  let previous = '';
  let quoted = false;
  let contentColumn = 0;
  let emptyItem = false;
  let undisturbed = false;
  for (let line = 0; line < lineStarts.length; line += 1) {
    const start = lineStarts[line] ?? 0;
    // An empty line, the commonest by far in a file of blank runs, changes nothing but after a quote or an empty item.
    if (text.charCodeAt(start) === 0x0a) {
      if (quoted || emptyItem) undisturbed = false;
    } else {
      const found = leadingMarkers(text, start);
      if (found.markers === '') {
        if (found.empty ? quoted || emptyItem : quoted || found.column < contentColumn) undisturbed = false;
      } else {
        if (found.markers !== previous || !undisturbed || found.listBeforeLast) count += found.count;
        previous = found.markers;
        quoted = previous.includes('>');
        contentColumn = found.column;
        emptyItem = found.empty && !previous.endsWith('>');
        undisturbed = true;
      }
    }
    before[line + 1] = count;
  }
  return before;
}

/**
 * The container markers a line starts with, each with its column; the column its content starts at;
 * whether nothing follows them; whether a list marker comes before another marker.
 */
function leadingMarkers(text: string, start: number): { markers: string; count: number; column: number; empty: boolean; listBeforeLast: boolean } {
  let markers = '';
  let count = 0;
  let column = 0;
  let index = start;
  let listBeforeLast = false;
  for (;;) {
    for (let code = text.charCodeAt(index); code === 0x20 || code === 0x09; code = text.charCodeAt(index)) {
      column += code === 0x09 ? 4 - (column % 4) : 1;
      index += 1;
    }
    const marker = markerLength(text, index);
    if (marker === 0) break;
    if (markers !== '' && !markers.endsWith('>')) listBeforeLast = true;
    markers += `${column}${text.charAt(index + marker - 1)}`;
    count += 1;
    index += marker;
    column += marker;
  }
  const code = text.charCodeAt(index);
  return { markers, count, column, empty: Number.isNaN(code) || code === 0x0a, listBeforeLast };
}

/** The length of the container marker at `at` (`>`, a bullet, `1.`/`1)` followed by white space or the line's end); 0 for none. */
function markerLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code === 0x3e) return 1;
  let end = at;
  if (code === 0x2d || code === 0x2a || code === 0x2b) end = at + 1;
  else {
    while (end - at < 9 && text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39) end += 1;
    const delimiter = text.charCodeAt(end);
    if (end === at || (delimiter !== 0x2e && delimiter !== 0x29)) return 0;
    end += 1;
  }
  const next = text.charCodeAt(end);
  return Number.isNaN(next) || next === 0x20 || next === 0x09 || next === 0x0a ? end - at : 0;
}
