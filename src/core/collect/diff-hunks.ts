/** Lines `start` to `end` of a file, 1-based, both included. */
export interface LineRange {
  start: number;
  end: number;
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/**
 * The lines of the new file that a unified diff (`git diff -U0`, or a pull request file's `patch`)
 * changes, from its hunk headers. A hunk that only deletes touches the lines on either side of the gap.
 */
export function changedLinesOf(patch: string): LineRange[] {
  const ranges: LineRange[] = [];
  for (const line of patch.split('\n')) {
    const match = HUNK_HEADER.exec(line);
    if (!match) continue;
    const start = Number(match[1]);
    const count = match[2] === undefined ? 1 : Number(match[2]);
    ranges.push(count === 0 ? { start: Math.max(start, 1), end: start + 1 } : { start, end: start + count - 1 });
  }
  return ranges;
}

/** True when any range has a line from `start` to `end`. */
export function touches(ranges: readonly LineRange[], start: number, end: number): boolean {
  return ranges.some((range) => range.start <= end && range.end >= start);
}
