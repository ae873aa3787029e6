import type { Definition, Nodes, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { formatCount } from '../text/wording.js';
import { lineStartsOf } from '../text/source-text.js';
import { containerStartsBefore } from './container-starts.js';

/** Lines a part of the file is parsed in at first; a part that holds no place to cut is parsed at twice the size. */
const WINDOW_LINES = 1_000;

/**
 * The most work one part that cannot be cut may ask of the parser, as the lists and quotes it may open
 * (containerStartsBefore) times its lines: micromark (4.0.3) copies its list of events each time it
 * closes one, so a part costs their product. 16 million is about a second on the costliest shapes
 * (1,150 lists nested in one quote); the items of one list count once, however many.
 */
export const MAX_PART_WORK = 16_000_000;

/** The most link reference definitions given to every part: each part is parsed again with them. */
const MAX_DEFINITIONS_SHARED = 500;

/** A part of a file too tangled to parse in time: one block (a list, a quote) with too many items. */
export class MarkdownTooTangled extends Error {
  constructor(
    readonly line: number,
    readonly lastLine: number,
    readonly containers: number,
  ) {
    super(
      `The file was not parsed: lines ${formatCount(line)}–${formatCount(lastLine)} are one block that opens as many as ${formatCount(containers)} lists and quotes, ` +
        `more than the Markdown parser reads in time (its work grows with their number times the block's lines); split the block with a blank line and a heading`,
    );
  }
}

/**
 * Parses Markdown in parts cut where nothing is open, so that no part is larger than it must be:
 * micromark takes time quadratic in the lists and quotes it closes in one parse (8,000 lists between
 * headings took 13.5 s). A cut goes before a line that follows a blank line and starts in column 1, and
 * only where a parse that reads that line starts a top-level node there: every container and code or
 * HTML block before it is then closed by that line, as in a parse of the whole file, and the rest is
 * parsed as a document of its own. The parts' trees are joined, with their positions moved to where
 * they are in `text`; a test holds the result equal to one parse of the whole text. Link reference
 * definitions reach the whole document, so when a part holds some, every part is parsed again with them
 * written before it. A part that cannot be cut and would cost more than MAX_PART_WORK is refused
 * (MarkdownTooTangled). `text` has `\n` line endings (toSourceText).
 */
export function parseInParts(text: string, parse: (text: string) => Root, windowLines = WINDOW_LINES): Root {
  const lines = new LineTable(text);
  const parts: Array<{ line: number; tree: Root }> = [];
  let start = 0;
  for (let step = windowLines; ; ) {
    let end = lines.cutAtOrAfter(start + step);
    // A part too big to parse is tried up to an earlier place to cut first, so that a refusal names the block alone.
    if (lines.work(start, end === undefined ? lines.count : end + 1) > MAX_PART_WORK) {
      const earlier = lines.cutAtOrAfter(start + 1);
      if (earlier !== undefined && (end === undefined || earlier < end)) end = earlier;
    }
    if (end === undefined) {
      parts.push({ line: start, tree: parseLines(lines, start, lines.count, parse) });
      break;
    }
    const tree = parseLines(lines, start, end + 1, parse);
    // After a `---` that opens no frontmatter, micromark reads no list or quote to the end of the file.
    if (start === 0 && /^---[ \t]*(?:\n|$)/.test(text) && tree.children[0]?.type !== 'yaml') return parseLines(lines, 0, lines.count, parse);
    const cut = lastCut(tree, lines, start);
    if (cut === undefined) {
      step *= 2;
      continue;
    }
    tree.children = tree.children.filter((child) => startLine(child) < cut.line - start);
    parts.push({ line: start, tree });
    start = cut.line;
    step = windowLines;
  }
  const shared = parts.length > 1 ? definitionsOf(parts.map(({ tree }) => tree)) : [];
  if (shared.length > MAX_DEFINITIONS_SHARED) return parseLines(lines, 0, lines.count, parse);
  const trees = parts.map(({ line, tree }, index) => {
    const end = parts[index + 1]?.line ?? lines.count;
    const alone = moved(tree, lines, line);
    if (shared.length === 0 || !lines.slice(line, end).includes('[')) return alone;
    // Frontmatter opens only the file: the definitions go after it.
    const frontmatter = alone.children[0]?.type === 'yaml' ? alone.children[0] : undefined;
    const withShared = withDefinitions(lines, frontmatter?.position?.end.line ?? line, end, shared, parse);
    if (!withShared) return alone;
    // The root spans the part as its own parse found it, not the definitions written before it.
    return { ...withShared, children: [...(frontmatter ? [frontmatter] : []), ...withShared.children], ...(alone.position ? { position: alone.position } : {}) };
  });
  return join(trees);
}

/** Where the text's lines start, and which open a list item or a quote. */
class LineTable {
  readonly starts: number[];
  /** How many of the lines before line i may start a list or a quote (see containerStartsBefore). */
  private readonly containersBefore: Int32Array;
  private readonly cuts: number[] = [];

  constructor(readonly text: string) {
    const starts = lineStartsOf(text);
    this.starts = starts;
    let blankBefore = false;
    for (let line = 0; line < starts.length; line += 1) {
      const start = starts[line] ?? 0;
      const code = text.charCodeAt(start);
      if (code === 0x0a) {
        blankBefore = true;
        continue;
      }
      if (code === 0x20 || code === 0x09) {
        blankBefore = /^[ \t]*(?:\n|$)/.test(text.slice(start, starts[line + 1] ?? text.length));
        continue;
      }
      if (line > 0 && blankBefore && !Number.isNaN(code) && startsAnywhere(text, start)) this.cuts.push(line);
      blankBefore = false;
    }
    this.containersBefore = containerStartsBefore(text, this.starts);
  }

  get count(): number {
    return this.starts.length;
  }

  /** The first line at or after `line` a part might start at; undefined when there is none. */
  cutAtOrAfter(line: number): number | undefined {
    return this.cuts[this.cutIndex(line)];
  }

  isCut(line: number): boolean {
    return this.cuts[this.cutIndex(line)] === line;
  }

  private cutIndex(line: number): number {
    let low = 0;
    let high = this.cuts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.cuts[middle] ?? 0) < line) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  containers(from: number, to: number): number {
    return (this.containersBefore[to] ?? 0) - (this.containersBefore[from] ?? 0);
  }

  /** What parsing lines `from` to `to` (not included) costs, as MAX_PART_WORK counts it. */
  work(from: number, to: number): number {
    return this.containers(from, to) * (to - from);
  }

  slice(from: number, to: number): string {
    return this.text.slice(this.starts[from] ?? this.text.length, this.starts[to] ?? this.text.length);
  }
}

/**
 * Whether the line at `start` begins the same block in any state the lines before leave the parser in:
 * not a construct that may not interrupt a paragraph, which micromark reads otherwise after some blocks
 * (an empty list item, an ordered list not starting at 1, a link reference definition, an HTML block
 * of the seventh kind), nor `---`, which would open frontmatter in a part of its own.
 */
function startsAnywhere(text: string, start: number): boolean {
  const line = text.slice(start, Math.min(text.length, start + 12));
  return !/^(?:---|[<[]|[-*+][ \t]*(?:\n|$)|\d{1,9}[.)][ \t]*(?:\n|$)|(?:\d{0,8}[02-9]|\d{2,9})[.)])/.test(line);
}

/** Parses lines `from` to `to` (not included), refusing a part whose work would pass MAX_PART_WORK. */
function parseLines(lines: LineTable, from: number, to: number, parse: (text: string) => Root, prefix = ''): Root {
  if (lines.work(from, to) > MAX_PART_WORK) {
    // A final line break ends the last line rather than starting an empty one.
    const lastLine = to === lines.count && lines.text.endsWith('\n') ? to - 1 : to;
    throw new MarkdownTooTangled(from + 1, lastLine, lines.containers(from, to));
  }
  return parse(prefix + lines.slice(from, to));
}

/** The last line of a part, after its first, where a top-level node starts that a part may start at. */
function lastCut(tree: Root, lines: LineTable, start: number): { line: number } | undefined {
  for (let index = tree.children.length - 1; index >= 0; index -= 1) {
    const child = tree.children[index];
    if (!child?.position || child.position.start.column !== 1) continue;
    const line = start + child.position.start.line - 1;
    if (line > start && lines.isCut(line)) return { line };
  }
  return undefined;
}

/** Every link reference definition of the trees, each label once, as written. */
function definitionsOf(trees: readonly Root[]): Definition[] {
  const byIdentifier = new Map<string, Definition>();
  for (const tree of trees) {
    visit(tree, (node) => {
      if (node.type === 'definition' && !byIdentifier.has(node.identifier)) byIdentifier.set(node.identifier, node);
    });
  }
  return [...byIdentifier.values()];
}

/**
 * A part parsed with every definition of the file written before it, then taken off: references to a
 * definition in another part resolve as in one parse. Undefined when the definitions did not parse as
 * they were written (the part is then taken without them).
 */
function withDefinitions(lines: LineTable, from: number, to: number, definitions: readonly Definition[], parse: (text: string) => Root): Root | undefined {
  const prefix = `${definitions.map((definition) => `[${definition.label ?? definition.identifier}]: #`).join('\n')}\n\n`;
  const tree = parseLines(lines, from, to, parse, prefix);
  const before = tree.children.filter((child) => (child.position?.start.offset ?? 0) < prefix.length);
  if (before.some((child) => child.type !== 'definition' || (child.position?.end.offset ?? 0) > prefix.length)) return undefined;
  tree.children = tree.children.slice(before.length);
  const prefixLines = prefix.split('\n').length - 1;
  return shifted(tree, (lines.starts[from] ?? 0) - prefix.length, from - prefixLines);
}

function moved(tree: Root, lines: LineTable, from: number): Root {
  return shifted(tree, lines.starts[from] ?? 0, from);
}

/** The tree with every position moved by `offset` characters and `lineCount` lines (a part starts a line, so columns stay). */
function shifted(tree: Root, offset: number, lineCount: number): Root {
  const move = (point: Point): void => {
    point.line += lineCount;
    if (point.offset !== undefined) point.offset += offset;
  };
  visit(tree, (node) => {
    if (!node.position) return;
    move(node.position.start);
    move(node.position.end);
  });
  return tree;
}

function join(trees: readonly Root[]): Root {
  const [first] = trees;
  const last = trees.at(-1);
  if (!first || !last || trees.length === 1) return first ?? { type: 'root', children: [] };
  const children: RootContent[] = trees.flatMap((tree) => tree.children);
  return { type: 'root', children, ...(first.position && last.position ? { position: { start: first.position.start, end: last.position.end } } : {}) };
}

function startLine(node: Nodes): number {
  return (node.position?.start.line ?? 1) - 1;
}

function visit(node: Nodes, each: (node: Nodes) => void): void {
  const stack: Nodes[] = [node];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    each(next);
    if ('children' in next) for (const child of next.children) stack.push(child);
  }
}
