/**
 * How deep a Markdown text nests, found in one pass: per line, the block containers it opens (`>`, list
 * markers, and two columns of indentation before them for each level) and the brackets it leaves open. The parser's time grows
 * faster than linearly with depth, and its tree is walked by recursion; no ticket nests 100 levels, so
 * deeper text is refused before it is parsed.
 */
export const MAX_NESTING = 100;

export interface Nesting {
  depth: number;
  line: number;
}

/** The deepest line of `text` (1-based), stopping at the first line deeper than `limit`. */
export function deepestNesting(text: string, limit = MAX_NESTING): Nesting {
  let deepest: Nesting = { depth: 0, line: 1 };
  let line = 1;
  let index = 0;
  while (index <= text.length) {
    let end = text.indexOf('\n', index);
    if (end === -1) end = text.length;
    const depth = lineDepth(text, index, end);
    if (depth > deepest.depth) deepest = { depth, line };
    if (depth > limit) return deepest;
    index = end + 1;
    line += 1;
  }
  return deepest;
}

function lineDepth(text: string, start: number, end: number): number {
  let containers = 0;
  let columns = 0;
  let index = start;
  while (index < end) {
    const character = text.charCodeAt(index);
    // Indentation nests only before the line's first marker; the spaces after a marker separate.
    if (character === 0x20) columns += containers === 0 ? 1 : 0;
    else if (character === 0x09) columns += containers === 0 ? 4 : 0;
    else if (character === 0x3e /* > */) containers += 1;
    else if (isListMarker(text, index, end)) {
      containers += 1;
      while (index + 1 < end && text.charCodeAt(index + 1) >= 0x30 && text.charCodeAt(index + 1) <= 0x39) index += 1;
      if (text.charCodeAt(index + 1) === 0x2e || text.charCodeAt(index + 1) === 0x29) index += 1;
    } else break;
    index += 1;
  }
  let brackets = 0;
  let open = 0;
  for (; index < end; index++) {
    const character = text.charCodeAt(index);
    if (character === 0x5b /* [ */) brackets = Math.max(brackets, ++open);
    else if (character === 0x5d /* ] */ && open > 0) open -= 1;
  }
  return containers + Math.floor(columns / 2) + brackets;
}

/** `-`, `*`, `+` or a number with `.` or `)`, followed by a space, a tab or the line's end. */
function isListMarker(text: string, index: number, end: number): boolean {
  const character = text.charCodeAt(index);
  let after = index + 1;
  if (character >= 0x30 && character <= 0x39) {
    while (after < end && text.charCodeAt(after) >= 0x30 && text.charCodeAt(after) <= 0x39) after += 1;
    if (after >= end || (text.charCodeAt(after) !== 0x2e && text.charCodeAt(after) !== 0x29)) return false;
    after += 1;
  } else if (character !== 0x2d && character !== 0x2a && character !== 0x2b) return false;
  return after >= end || text.charCodeAt(after) === 0x20 || text.charCodeAt(after) === 0x09;
}
