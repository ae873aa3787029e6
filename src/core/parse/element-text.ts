import type { Html, Nodes, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Point } from 'unist';
import { positionAt } from '../text/source-text.js';
import { MarkdownTooTangled, parseInParts } from './markdown-chunks.js';

const fragment = unified().use(remarkParse).freeze();
/**
 * A tag of the plan's structure (`<task type="auto">`, `</action>`), or the marks of a comment: not
 * text. The comment's own words are: the plan's agent reads them as the author wrote them (`<!-- New
 * core/types.rs after W3 step 1 -->` captions the code that follows).
 */
const TAG = /<!--|-->|<\/?[A-Za-z][\w-]*(?:\s[^<>\n]*)?\/?>/g;
/** Elements whose content is code or preformatted text, not prose. */
const CODE_ELEMENT = /^\s*<(?:script|style|pre|textarea)\b/i;

/**
 * The text of an HTML block of a format whose XML-like elements are its structure (a GSD plan's
 * `<action>`, `<done>`, `<verification>`: "XML structure for Claude parsing"), read as the Markdown it
 * is: the tags blanked, each line's indentation set aside (an element's content is indented as the
 * element is, which Markdown would take for code), then parsed, every position put back where its
 * text stands in the file.
 */
export function elementText(node: Html, text: string): RootContent[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || CODE_ELEMENT.test(node.value)) return [];
  const blanked = text.slice(start, end).replace(TAG, (tag) => tag.replace(/[^\n]/g, ' '));
  // Each line's indentation moved to its end: line starts stay where they are.
  const indents: number[] = [];
  const lineStarts: number[] = [];
  let at = 0;
  const dedented = blanked
    .split('\n')
    .map((line) => {
      const indent = line.length - line.trimStart().length;
      indents.push(indent);
      lineStarts.push(at);
      at += line.length + 1;
      return line.slice(indent) + ' '.repeat(indent);
    })
    .join('\n');
  if (dedented.trim() === '') return [];
  const restore = (point: Point): void => {
    const offset = point.offset ?? 0;
    const line = positionAt({ text: dedented, lineStarts }, offset).line - 1;
    const lineEnd = lineStarts[line + 1] === undefined ? dedented.length : (lineStarts[line + 1] ?? 0) - 1;
    const indent = indents[line] ?? 0;
    point.offset = start + Math.min(offset + indent, lineEnd);
    point.column += Math.min(indent, lineEnd - offset);
    point.line += (node.position?.start.line ?? 1) - 1;
  };
  let tree: Root;
  try {
    // The same bound as the file's own parse (F40): an element is one HTML block, as long as the author made it.
    tree = parseInParts(dedented, (part) => fragment.parse(part));
  } catch (error) {
    if (error instanceof MarkdownTooTangled) return [];
    throw error;
  }
  const shift = (child: Nodes): void => {
    if (child.position) {
      restore(child.position.start);
      restore(child.position.end);
    }
    if ('children' in child) for (const grandchild of child.children) shift(grandchild as Nodes);
  };
  for (const child of tree.children) shift(child);
  return tree.children;
}
