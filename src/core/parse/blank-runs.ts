import type { Nodes, Root } from 'mdast';
import type { Point } from 'unist';

/** Blank lines kept of a longer run: no Markdown construct tells two blank lines from more. */
const BLANK_LINES_KEPT = 2;

/** Where blank lines were cut: at this offset of the cut text, the run they were part of starting at `runStart`; with every cut before, so many characters and lines. */
interface Cut {
  runStart: number;
  at: number;
  charactersSoFar: number;
  linesSoFar: number;
}

/**
 * Parses Markdown with every run of blank lines cut to two, then puts the tree's positions back where
 * they are in `text`: micromark keeps a few hundred bytes of events a line, and a megabyte of blank
 * lines took 1.7 GB. Outside a code block, an HTML block or frontmatter, three blank lines mean what
 * two do (no CommonMark construct counts more); inside one they are its text, so when a cut falls
 * inside a node that holds text, `text` is parsed as it is.
 */
export function parseWithoutBlankRuns(text: string, parse: (text: string) => Root): Root {
  const { cutText, cuts } = cutBlankRuns(text);
  if (cuts.length === 0) return parse(text);
  const tree = parse(cutText);
  let holdsCut = false;
  visit(tree, (node) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    // A node that holds text across a cut holds the blank lines cut; one that ends among the blank
    // lines kept might have ended among those cut (an open code fence in a list item does).
    const touched = (cut: Cut): boolean => ('value' in node && start < cut.at && cut.at <= end) || (node.type !== 'root' && cut.runStart < end && end <= cut.at);
    if (cuts.some(touched)) holdsCut = true;
  });
  if (holdsCut) return parse(text);
  const restore = (point: Point): void => {
    const cut = lastCutAtOrBefore(cuts, point.offset ?? 0);
    if (cut === undefined) return;
    point.offset = (point.offset ?? 0) + cut.charactersSoFar;
    point.line += cut.linesSoFar;
  };
  visit(tree, (node) => {
    if (node.position) {
      restore(node.position.start);
      restore(node.position.end);
    }
  });
  return tree;
}

/** `text` with each run of blank lines past BLANK_LINES_KEPT taken out, and where. */
export function cutBlankRuns(text: string): { cutText: string; cuts: Cut[] } {
  const cuts: Cut[] = [];
  const kept: string[] = [];
  let copiedTo = 0;
  let charactersSoFar = 0;
  let linesSoFar = 0;
  let runLines = 0;
  let runStart = 0;
  let cutFrom = -1;
  const endRun = (at: number): void => {
    if (cutFrom !== -1) {
      // The lines from `cutFrom` to `at` go; the cut text has them at `cutFrom` less what went before.
      cuts.push({ runStart: runStart - charactersSoFar, at: cutFrom - charactersSoFar, charactersSoFar: charactersSoFar + (at - cutFrom), linesSoFar: linesSoFar + runLines - BLANK_LINES_KEPT });
      kept.push(text.slice(copiedTo, cutFrom));
      copiedTo = at;
      charactersSoFar += at - cutFrom;
      linesSoFar += runLines - BLANK_LINES_KEPT;
    }
    runLines = 0;
    cutFrom = -1;
  };
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    if (newline === -1) break;
    if (isBlank(text, start, newline)) {
      if (runLines === 0) runStart = start;
      runLines += 1;
      if (runLines === BLANK_LINES_KEPT + 1) cutFrom = start;
    } else {
      endRun(start);
    }
    start = newline + 1;
  }
  // A run that reaches the end of the text (or its last, unended line) is cut there.
  const lastLineStart = text.lastIndexOf('\n') + 1;
  endRun(lastLineStart);
  kept.push(text.slice(copiedTo));
  return { cutText: cuts.length === 0 ? text : kept.join(''), cuts };
}

/**
 * A blank line of fewer than four spaces: one that cannot belong to an indented code block (micromark
 * counts a line of four columns of white space, a tab, as one of its lines).
 */
function isBlank(text: string, start: number, end: number): boolean {
  if (end - start >= 4) return false;
  for (let index = start; index < end; index += 1) if (text.charCodeAt(index) !== 0x20) return false;
  return true;
}

function lastCutAtOrBefore(cuts: readonly Cut[], offset: number): Cut | undefined {
  let low = 0;
  let high = cuts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((cuts[middle]?.at ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return cuts[low - 1];
}

function visit(node: Nodes, each: (node: Nodes) => void): void {
  const stack: Nodes[] = [node];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    each(next);
    if ('children' in next) for (const child of next.children) stack.push(child);
  }
}
