import type { Code, Nodes } from 'mdast';
import { codeBlockLines, codeComments } from './commands.js';
import { parseMarkdownText } from './markdown-document.js';
import type { PointerMaker, PointerSink } from './pointer-maker.js';

/** Every fenced or indented block of code in a tree, in document order. */
function codeBlocks(node: Nodes, found: Code[] = []): Code[] {
  if (node.type === 'code') found.push(node);
  else if ('children' in node) for (const child of node.children) codeBlocks(child, found);
  return found;
}

function codeBlocksOrNone(text: string): Code[] {
  try {
    return codeBlocks(parseMarkdownText(text));
  } catch {
    return [];
  }
}

/**
 * The text of a data format's field (Task Master's `details`), at `offset` in the file, read as the
 * Markdown its writers give it: its blocks of code are code, as in a Markdown ticket (a shell block's
 * lines are commands, another language's comments are prose, its code is not read), and the rest is
 * read by `words`. `text` has the file's offsets, its line breaks where the reader sees them.
 */
export function readFieldText(maker: PointerMaker, text: string, offset: number, sink: PointerSink, words: (text: string, offset: number) => void): void {
  // Most fields hold no code: no parse for them. One the parser cannot read, or not in time (MarkdownTooTangled,
  // a hostile block of nested lists), is read word by word, as a field with no code is.
  const blocks = /^[ \t]*(?:```|~~~)|^ {4}/m.test(text) ? codeBlocksOrNone(text) : [];
  let prose = text;
  for (const block of blocks) {
    const [start, end] = [block.position?.start.offset, block.position?.end.offset];
    if (start === undefined || end === undefined) continue;
    prose = prose.slice(0, start) + prose.slice(start, end).replace(/[^\n]/g, ' ') + prose.slice(end);
    const { shell, commands, prompts } = codeBlockLines(block, text);
    let folder: string | undefined = '';
    if (shell) for (const line of commands) folder = maker.addCommand(line.command, offset + line.offset, sink, folder);
    else for (const comment of codeComments(block, text)) maker.addProseWords(text.slice(comment.start, comment.end), offset + comment.start, sink, comment.names);
    for (const prompt of prompts) maker.addProseWords(text.slice(prompt.start, prompt.end), offset + prompt.start, sink);
  }
  words(prose, offset);
}
