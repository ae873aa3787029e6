import type { Html, Nodes, Root } from 'mdast';
import type { DisableComment } from './ticket.js';

const PREFIX = 'ticket-lint-';
const KINDS: ReadonlyMap<string, DisableComment['kind']> = new Map([
  ['ticket-lint-disable', 'disable'],
  ['ticket-lint-enable', 'enable'],
  ['ticket-lint-disable-line', 'disable-line'],
  ['ticket-lint-disable-next-line', 'disable-next-line'],
]);

/**
 * The `<!-- ticket-lint-disable … -->` comments of a parsed file. Only HTML nodes are searched, so a
 * directive shown in a code block or a code span is an example, not a directive.
 */
export function disableCommentsOf(tree: Root, text: string): DisableComment[] {
  // Most files have none: skip the walk over the tree.
  if (!text.includes(PREFIX)) return [];
  return htmlNodesOf(tree).flatMap(commentsIn);
}

function htmlNodesOf(tree: Root): Html[] {
  const found: Html[] = [];
  // A stack rather than recursion: nesting depth is whatever the file writes.
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'html') found.push(node);
    else if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
  }
  return found;
}

/** Each comment of an HTML node that is a directive: its first word a directive, the rest rule ids split by spaces or commas. */
function commentsIn(node: Html): DisableComment[] {
  const firstLine = node.position?.start.line ?? 1;
  const lineAt = (offset: number): number => firstLine + node.value.slice(0, offset).split('\n').length - 1;
  const comments: DisableComment[] = [];
  for (let open = node.value.indexOf('<!--'); open !== -1; ) {
    const close = node.value.indexOf('-->', open + 4);
    if (close === -1) break;
    const [word = '', ...ruleIds] = node.value.slice(open + 4, close).split(/[\s,]+/).filter((part) => part !== '');
    const kind = KINDS.get(word);
    if (kind !== undefined) comments.push({ kind, ruleIds, line: lineAt(open), endLine: lineAt(close) });
    open = node.value.indexOf('<!--', close + 3);
  }
  return comments;
}
