import type { Nodes, RootContent } from 'mdast';
import { positionAt, type SourceText } from '../text/source-text.js';
import type { DeclaredItem, DeclaredRange } from './formats/format.js';
import type { PointerMaker, PointerSink } from './pointer-maker.js';
import type { PointerSource, Ticket } from './ticket.js';

/** Block index ranges of a ticket, exclusive at both ends: the blocks between a heading and the next section. */
export interface BlockRange {
  start: number;
  end: number;
}

export interface CollectedText extends PointerSink {
  prose: Ticket['prose'];
}

interface WalkState extends CollectedText {
  isNewByHeading: boolean;
  inContext: boolean;
  declared: readonly DeclaredRange[];
}

/**
 * Finds a ticket's pointers (code spans, link targets, a context list item's first word, the words of
 * the fields its format declares for paths) and its prose, with the line and column of each in the
 * file. Fenced code and HTML are not read, but for declared fields.
 */
export class PointerCollector {
  constructor(
    private readonly source: SourceText,
    private readonly maker: PointerMaker,
  ) {}

  /**
   * `context`: the context section's blocks; `newFiles`: the blocks of "Files to create" sections;
   * `declared`: where the format declares paths, read word by word; `items`: declared paths outside
   * the Markdown, such as frontmatter lists.
   */
  collect(
    blocks: readonly RootContent[],
    context: BlockRange | undefined,
    newFiles: readonly BlockRange[],
    declared: readonly DeclaredRange[] = [],
    items: readonly DeclaredItem[] = [],
  ): CollectedText {
    const state: WalkState = { isNewByHeading: false, inContext: false, pointers: [], prose: [], droppedPointers: 0, declared };
    const within = (index: number, range: BlockRange): boolean => index > range.start && index < range.end;
    for (const item of items) this.maker.addItem(item.raw, item.line, item.column, item.isNew === true, state);
    blocks.forEach((block, index) => {
      if (block.type === 'yaml') return;
      state.isNewByHeading = newFiles.some((range) => within(index, range));
      state.inContext = context !== undefined && within(index, context);
      this.walk(block, state);
    });
    for (const range of declared) this.maker.addWords(this.source.text.slice(range.start, range.end), range.start, range.isNew === true, state);
    return { pointers: state.pointers, droppedPointers: state.droppedPointers, prose: state.prose };
  }

  private declaredAt(node: Nodes, state: WalkState): boolean {
    const offset = node.position?.start.offset ?? 0;
    return state.declared.some((range) => offset >= range.start && offset < range.end);
  }

  private walk(node: Nodes, state: WalkState): void {
    switch (node.type) {
      case 'code':
      case 'html':
      case 'yaml':
        return;
      case 'inlineCode':
        // A code span of a declared field is read with the field's words.
        if (!this.declaredAt(node, state)) this.addPointer(node.value, 'code', node, state, this.inlineCodeOffset(node));
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
        if (state.inContext && !this.declaredAt(node, state)) this.addListItemWord(node, state);
        break;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) this.walk(child as Nodes, state);
  }

  private addPointer(raw: string, source: PointerSource, node: Nodes, state: WalkState, offset: number): void {
    const end = node.position?.end.offset ?? offset + raw.length;
    const place = { offset, clauseOffset: node.position?.start.offset ?? offset, endOffset: end, isNew: state.isNewByHeading, declared: false };
    this.maker.add(raw, source, place, state);
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
    const offset = (first.position.start.offset ?? 0) + (match[1]?.length ?? 0);
    const word = match[2];
    this.maker.add(word, 'list', { offset, endOffset: offset + word.length, isNew: state.isNewByHeading, declared: false }, state);
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
