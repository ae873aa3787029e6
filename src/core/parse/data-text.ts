import type { Code, Nodes } from 'mdast';
import { trimEnd } from '../text/source-text.js';
import { readCodeBlock } from './commands.js';
import { parseMarkdownText } from './markdown-document.js';
import { addCommandLines, type PointerMaker, type PointerSink } from './pointer-maker.js';

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
 * Markdown its writers give it: its blocks of code are read as a Markdown ticket's are (readCodeBlock),
 * and the rest by `words`. `text` keeps the widths of the file's characters (offsets into it plus `offset`
 * are the file's), its line breaks where the reader sees them.
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
    readCodeBlock(block, text, {
      commands: (lines) => addCommandLines(maker, lines, sink, offset),
      prose: (proseStart, proseEnd, written) => maker.addProseWords(text.slice(proseStart, proseEnd), offset + proseStart, sink, written),
    });
  }
  words(withoutImportSpecifiers(prose), offset);
}

/**
 * A line written as an import statement (`import Signup from '../src/pages/Signup';`) is code without
 * its fence: its module specifier is the language's to resolve, from the importing file, not a path
 * from the root. Blanked, widths kept.
 */
function withoutImportSpecifiers(text: string): string {
  if (!text.includes('import')) return text;
  return text
    .split('\n')
    .map((line) => {
      const trimmed = line.trimStart();
      if (!trimmed.startsWith('import ') && !trimmed.startsWith('import\t')) return line;
      const statement = trimEnd(trimEnd(line, ' \t'), ';');
      const quote = statement.at(-1);
      if (quote !== "'" && quote !== '"') return line;
      const open = statement.lastIndexOf(quote, statement.length - 2);
      return open === -1 ? line : line.slice(0, open) + ' '.repeat(statement.length - open) + line.slice(statement.length);
    })
    .join('\n');
}
