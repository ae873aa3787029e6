import type { Nodes, RootContent } from 'mdast';
import { positionAt, type SourceText } from '../text/source-text.js';
import { toPointer, type PathHints } from './path-like.js';
import type { Pointer, PointerSource, Ticket } from './ticket.js';

const NEW_MARK = /^[`*_\s]*\(new\)/i;
/** "(e.g. `a.ts`, `b.ts`)", "for example `a.ts`": the clause before a pointer that makes it an illustration. */
const EXAMPLE_WORDS = /(?:^|[\s(])(?:e\.\s?g\.?|eg\.|for example|for instance|such as)[,:]?\s/gi;

/** Block index ranges of a ticket, exclusive at both ends: the blocks between a heading and the next section. */
export interface BlockRange {
  start: number;
  end: number;
}

export interface CollectedText {
  pointers: Pointer[];
  /** Pointers past 'max-pointers', counted and not kept. */
  droppedPointers: number;
  prose: Ticket['prose'];
}

interface WalkState extends CollectedText {
  isNewByHeading: boolean;
  inContext: boolean;
}

/**
 * Finds a ticket's pointers (code spans, link targets, a context list item's first word) and its
 * prose, with the line and column of each in the file. Fenced code and HTML are not read.
 */
export class PointerCollector {
  constructor(
    private readonly source: SourceText,
    private readonly hints: PathHints,
    private readonly maxPointers = Number.POSITIVE_INFINITY,
  ) {}

  /** `context`: the context section's blocks; `newFiles`: the blocks of "Files to create" sections. */
  collect(blocks: readonly RootContent[], context: BlockRange | undefined, newFiles: readonly BlockRange[]): CollectedText {
    const state: WalkState = { isNewByHeading: false, inContext: false, pointers: [], prose: [], droppedPointers: 0 };
    const within = (index: number, range: BlockRange): boolean => index > range.start && index < range.end;
    blocks.forEach((block, index) => {
      if (block.type === 'yaml') return;
      state.isNewByHeading = newFiles.some((range) => within(index, range));
      state.inContext = context !== undefined && within(index, context);
      this.walk(block, state);
    });
    return { pointers: state.pointers, droppedPointers: state.droppedPointers, prose: state.prose };
  }

  private walk(node: Nodes, state: WalkState): void {
    switch (node.type) {
      case 'code':
      case 'html':
      case 'yaml':
        return;
      case 'inlineCode':
        this.addPointer(node.value, 'code', node, state, this.inlineCodeOffset(node));
        return;
      case 'link':
      case 'image':
      case 'definition':
        this.addPointer(node.url, 'link', node, state, this.destinationOffset(node));
        break;
      case 'text':
        this.addProse(node, state.prose);
        return;
      case 'listItem':
        if (state.inContext) this.addListItemWord(node, state);
        break;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) this.walk(child as Nodes, state);
  }

  private addPointer(raw: string, source: PointerSource, node: Nodes, state: WalkState, offset: number): void {
    const end = node.position?.end.offset ?? offset + raw.length;
    const position = positionAt(this.source, offset);
    const pointer = toPointer(
      {
        raw,
        source,
        line: position.line,
        column: position.column,
        isNew: state.isNewByHeading || this.isMarkedNew(end),
        isExample: this.isIntroducedAsExample(node.position?.start.offset ?? offset),
      },
      this.hints,
    );
    if (pointer) this.keep(pointer, state);
  }

  private keep(pointer: Pointer, state: WalkState): void {
    if (state.pointers.length < this.maxPointers) state.pointers.push(pointer);
    else state.droppedPointers += 1;
  }

  /** A context list item whose first word is a path, when the item does not open with code or a link. */
  private addListItemWord(item: Nodes, state: WalkState): void {
    if (item.type !== 'listItem') return;
    let first: Nodes | undefined = item.children[0];
    while (first && (first.type === 'paragraph' || first.type === 'strong' || first.type === 'emphasis')) {
      first = first.children[0];
    }
    if (first?.type !== 'text' || first.position === undefined) return;
    const match = /^(\s*(?:\[[ xX]\]\s+)?)(\S+)/.exec(first.value);
    if (!match?.[2]) return;
    const startOffset = (first.position.start.offset ?? 0) + (match[1]?.length ?? 0);
    const word = match[2];
    const position = positionAt(this.source, startOffset);
    const isNew = state.isNewByHeading || this.isMarkedNew(startOffset + word.length);
    const pointer = toPointer({ raw: word, source: 'list', line: position.line, column: position.column, isNew, isExample: false }, this.hints);
    if (pointer) this.keep(pointer, state);
  }

  /** `(new)` right after a pointer, on its line. */
  private isMarkedNew(offset: number): boolean {
    const lineEnd = this.source.text.indexOf('\n', offset);
    return NEW_MARK.test(this.source.text.slice(offset, lineEnd === -1 ? undefined : lineEnd));
  }

  private isIntroducedAsExample(offset: number): boolean {
    const lineStart = this.source.text.lastIndexOf('\n', offset - 1) + 1;
    const before = this.source.text.slice(Math.max(lineStart, offset - 300), offset);
    // Earlier code spans of the same list ("e.g. `a.png`, `b.svg`") must not end the clause at their dots.
    const clause = before.replace(/`[^`]*`/g, 'code');
    const last = [...clause.matchAll(EXAMPLE_WORDS)].at(-1);
    return last !== undefined && !/[.;()]/.test(clause.slice((last.index ?? 0) + last[0].length));
  }

  private addProse(node: Nodes, prose: Ticket['prose']): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const first = positionAt(this.source, start);
    this.source.text
      .slice(start, end)
      .split('\n')
      .forEach((text, index) => {
        prose.push({ line: first.line + index, column: index === 0 ? first.column : 1, text });
      });
  }

  private inlineCodeOffset(node: Nodes): number {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const written = this.source.text.slice(start, end);
    const value = 'value' in node ? node.value : '';
    const index = value === '' ? -1 : written.indexOf(value);
    return start + (index === -1 ? 0 : index);
  }

  /** Where a link's destination starts: after `](` or `]:`, and after an opening `<`. */
  private destinationOffset(node: Nodes): number {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const written = this.source.text.slice(start, end);
    const opener = node.type === 'definition' ? written.indexOf(']:') : written.lastIndexOf('](');
    if (opener === -1) return start;
    let offset = opener + 2;
    while (offset < written.length && /[\s<]/.test(written[offset] ?? '')) offset += 1;
    return start + offset;
  }
}
