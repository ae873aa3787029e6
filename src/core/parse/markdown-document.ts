import type { Nodes, Root, RootContent } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkFrontmatter from 'remark-frontmatter';
import { parseYamlMapping } from '../config/yaml-mapping.js';
import { toSourceText, type SourceText } from '../text/source-text.js';
import { parseWithoutBlankRuns } from './blank-runs.js';
import { MarkdownTooTangled, parseInParts } from './markdown-chunks.js';
import { disableCommentsOf } from './disable-comments.js';
import type { DisableComment, Frontmatter, ParseProblem } from './ticket.js';

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

export interface HeadingBlock {
  /** Index of the heading among the blocks it was found in. */
  index: number;
  depth: number;
  text: string;
  line: number;
}

/** A ticket file read as Markdown: what every ticket format splits into tickets. */
export interface MarkdownDocument {
  path: string;
  source: SourceText;
  /** The top-level blocks, frontmatter first when there is some. */
  blocks: readonly RootContent[];
  headings: readonly HeadingBlock[];
  frontmatter?: Frontmatter;
  disableComments: DisableComment[];
  problems: ParseProblem[];
}

/**
 * Parses a ticket file's text. Never throws: text remark cannot parse comes back as a problem with
 * no document, broken frontmatter as a problem beside the document.
 */
export function readMarkdown(path: string, raw: string): { document: MarkdownDocument } | { source: SourceText; problem: ParseProblem } {
  const source = toSourceText(raw);
  let tree: Root;
  try {
    tree = parseMarkdownText(source.text);
  } catch (error) {
    if (error instanceof MarkdownTooTangled) return { source, problem: { about: 'file', line: error.line, message: error.message } };
    const reason = error instanceof Error ? error.message : String(error);
    return { source, problem: { about: 'file', line: 1, message: `The file could not be parsed as Markdown: ${reason}` } };
  }
  const problems: ParseProblem[] = [];
  const frontmatter = readFrontmatter(tree, source, problems);
  const blocks = tree.children;
  const disableComments = disableCommentsOf(tree, source.text);
  return { document: { path, source, blocks, headings: headingsOf(blocks), ...(frontmatter ? { frontmatter } : {}), disableComments, problems } };
}

/** Markdown text (`\n` line endings) as a tree, parsed in parts; throws MarkdownTooTangled for a part it cannot parse in time. */
export function parseMarkdownText(text: string): Root {
  return parseInParts(text, (part) => parseWithoutBlankRuns(part, (whole) => markdown.parse(whole)));
}

export function headingsOf(blocks: readonly RootContent[]): HeadingBlock[] {
  const headings: HeadingBlock[] = [];
  blocks.forEach((block, index) => {
    if (block.type === 'heading') headings.push({ index, depth: block.depth, text: nodeText(block).trim(), line: startLine(block) });
  });
  return headings;
}

function readFrontmatter(tree: Root, source: SourceText, problems: ParseProblem[]): Frontmatter | undefined {
  const first = tree.children[0];
  if (first?.type !== 'yaml') {
    if (/^---[ \t]*\n/.test(source.text)) {
      problems.push({ about: 'frontmatter', line: 1, message: "Frontmatter is not closed; expected a line '---' after the last key" });
    }
    return undefined;
  }
  const line = startLine(first);
  const parsed = parseYamlMapping(first.value, line + 1);
  for (const problem of parsed.problems) {
    problems.push({ about: 'frontmatter', line: problem.line, message: `Frontmatter ${problem.unusable ? 'cannot be used' : 'is not valid YAML'}: ${problem.message}` });
  }
  return { line, endLine: endLine(first), values: parsed.values, keyLines: parsed.keyLines, itemLines: parsed.itemLines };
}

export function startLine(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

/** The last line a node covers: one ending at column 1 (after a line break, as an unclosed HTML block does) ends on the line before. */
export function endLine(node: Nodes): number {
  const end = node.position?.end;
  if (!end) return startLine(node);
  return end.column === 1 && end.line > startLine(node) ? end.line - 1 : end.line;
}

/** The last line of the blocks from `first` up to (not including) `end`. */
export function lastContentLine(blocks: readonly RootContent[], first: number, end: number): number {
  const last = blocks[end - 1] ?? blocks[first];
  return last ? endLine(last) : 1;
}
