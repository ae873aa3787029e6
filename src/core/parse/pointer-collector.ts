import type { Nodes, RootContent } from 'mdast';
import type { SourceText } from '../text/source-text.js';
import type { DeclaredItem, DeclaredRange } from './formats/format.js';
import { elementText } from './element-text.js';
import { checkboxOf, isFileFieldName, listItemOpening } from './list-openings.js';
import { codeLines, commandLines, isCommandSpan, readCodeBlock } from './commands.js';
import { declaredTreeEntries, isTreeDrawing } from './tree-drawing.js';
import { destinationOffset, inlineCodeOffset } from './node-offsets.js';
import { PROSE_WORD, addCommandLines, type PointerMaker, type PointerSink } from './pointer-maker.js';
import type { PathHints } from './path-like.js';
import type { PointerSource, Ticket } from './ticket.js';

/** Block index ranges of a ticket, exclusive at both ends: the blocks between a heading and the next section. */
export interface BlockRange {
  start: number;
  end: number;
}

export interface CollectedText extends PointerSink {
  prose: Ticket['prose'];
}

/** Where a ticket's blocks stand (PointerCollector.collect). */
export interface CollectedPlaces {
  context?: BlockRange | undefined;
  acceptance?: BlockRange | undefined;
  newFiles?: readonly BlockRange[];
  declared?: readonly DeclaredRange[];
  items?: readonly DeclaredItem[];
  commands?: readonly BlockRange[];
}

interface WalkState extends PointerSink {
  /** Start and end offsets of each run of prose, in pairs. */
  prose: number[];
  isNewByHeading: boolean;
  inContext: boolean;
  inAcceptance: boolean;
  /** Walking an unchecked criterion of the acceptance section (PointerPlace.promised). */
  inOpenCriterion: boolean;
  /** The format's declared ranges, and the values of labelled list items found on the way. */
  declared: DeclaredRange[];
  /** Remarks after the paths a context list item opens with (`- \`a.ts\` — like \`b.ts\``): prose. */
  remarks: BlockRange[];
  /** Walking a link's text, which names what its target points at. */
  inLink: boolean;
  /** Walking a list item that opens with a Markdown document's path: that document's folder (Pointer.linkAsWritten). */
  documentFolder?: string | undefined;
  /** Offsets of list items' first words, read as pointers already. */
  openings: Set<number>;
  /** Text the format defines as commands, read as commands, not as prose. */
  commands: readonly BlockRange[];
}

/**
 * Finds a ticket's pointers (code spans, link targets, a context list item's first word, the words of
 * the fields its format declares for paths, words of prose written as paths with a folder) and its
 * prose, with the line and column of each in the file. Commands (code spans with spaces, shell blocks) give their arguments as mentions; other fenced
 * code and HTML are not read, but for declared fields.
 */
export class PointerCollector {
  /** `elementsAreText`: the format's XML-like elements are its structure, and the text in them Markdown (MarkdownFormat.elementsAreText). */
  constructor(
    private readonly source: SourceText,
    private readonly maker: PointerMaker,
    private readonly elementsAreText = false,
  ) {}

  /** What the repository has, by which its paths are told from others (PathHints). */
  get hints(): PathHints {
    return this.maker.hints;
  }

  /**
   * `context`: the context section's blocks; `acceptance`: the acceptance section's; `newFiles`: the
   * blocks of "Files to create" sections; `declared`: where the format declares paths, read word by
   * word; `items`: declared paths outside the Markdown, such as frontmatter lists.
   */
  collect(blocks: readonly RootContent[], { context, acceptance, newFiles = [], declared = [], items = [], commands = [] }: CollectedPlaces = {}): CollectedText {
    const fields = declared.flatMap((range) => (range.list || range.wholePath ? [range] : withoutRemarks(this.source.text, range)));
    const state: WalkState = { isNewByHeading: false, inContext: false, inAcceptance: false, inOpenCriterion: false, pointers: [], prose: [], droppedPointers: 0, declared: fields, remarks: [], inLink: false, openings: new Set(), commands };
    const within = (index: number, range: BlockRange): boolean => index > range.start && index < range.end;
    for (const item of items) this.maker.addItem(item.raw, item.line, item.column, item, state);
    // Each block's place marked once: asking every range for every block was quadratic in headings.
    const inNewFiles = new Uint8Array(blocks.length);
    for (const range of newFiles) for (let index = range.start + 1; index < Math.min(range.end, blocks.length); index++) inNewFiles[index] = 1;
    blocks.forEach((block, index) => {
      if (block.type === 'yaml') return;
      state.isNewByHeading = inNewFiles[index] === 1;
      state.inContext = context !== undefined && within(index, context);
      state.inAcceptance = acceptance !== undefined && within(index, acceptance);
      this.walk(block, state);
    });
    for (const range of state.declared) this.maker.addWords(this.source.text.slice(range.start, range.end), range.start, range, state);
    for (const range of commands) addCommandLines(this.maker, commandLines(this.source.text, range), state);
    return { pointers: state.pointers, droppedPointers: state.droppedPointers, prose: Uint32Array.from(state.prose) };
  }

  private walk(node: Nodes, state: WalkState): void {
    switch (node.type) {
      case 'code':
        if (addTreeEntries(this.maker, node, this.source.text, state)) return;
        readCodeBlock(node, this.source.text, { commands: (lines) => addCommandLines(this.maker, lines, state), prose: (start, end, written) => this.addTextWords(start, end, state, written) });
        return;
      case 'html':
        if (this.elementsAreText) for (const block of elementText(node, this.source.text)) this.walk(block, state);
        return;
      case 'yaml':
        return;
      case 'inlineCode':
        // A code span of a declared field is read with the field's words, one of a format's command with its command.
        if (startsIn(node, state.declared) || startsIn(node, state.commands)) return;
        if (isCommandSpan(node.value, this.maker.hints)) this.maker.addCommand(node.value, inlineCodeOffset(this.source.text, node), state, '', 'span');
        else this.addPointer(node.value, 'code', node, state, inlineCodeOffset(this.source.text, node));
        return;
      case 'link':
      case 'image':
      case 'definition':
        this.addPointer(node.url, 'link', node, state, destinationOffset(this.source.text, node));
        state.inLink = true;
        for (const child of 'children' in node ? node.children : []) this.walk(child as Nodes, state);
        state.inLink = false;
        return;
      case 'text':
        addProse(node, state.prose);
        if (!state.inLink) this.addTextWords(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0, state);
        return;
      case 'paragraph':
        if (!startsIn(node, state.declared)) this.readListItemOpening(node, state);
        break;
      case 'listItem': {
        if (!startsIn(node, state.declared)) this.readListItemOpening(node, state);
        if (state.inContext) this.markRemark(node, state);
        const { inOpenCriterion, documentFolder } = state;
        if (state.inAcceptance && checkboxOf(node, this.source.text)?.checked === false) state.inOpenCriterion = true;
        state.documentFolder = openingDocumentFolder(node) ?? documentFolder;
        for (const child of node.children) this.walk(child, state);
        Object.assign(state, { inOpenCriterion, documentFolder });
        return;
      }
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) this.walk(child as Nodes, state);
  }

  private addPointer(raw: string, source: PointerSource, node: Nodes, state: WalkState, offset: number): void {
    const end = node.position?.end.offset ?? offset + raw.length;
    // The ticket's context section is where its author declares the files that matter.
    const inRemark = state.remarks.some((range) => offset > range.start && offset < range.end);
    const place = { offset, clauseOffset: node.position?.start.offset ?? offset, endOffset: end, isNew: state.isNewByHeading, declared: state.inContext && !inRemark, inProse: true, promised: state.inOpenCriterion, ...(source === 'link' && state.documentFolder !== undefined ? { documentFolder: state.documentFolder } : {}) };
    this.maker.add(raw, source, place, state);
  }

  /**
   * A list item (or a paragraph) that opens by naming files: a value whose label says it is a file (`- Test: path:303`,
   * `- **Files:** a, b`, `**File:** path`) declares them wherever it stands; a plain path first (`- src/a.ts — what changes`) is declared in the
   * context section and mentioned elsewhere. Code spans and links in it are read by the walk.
   */
  private readListItemOpening(item: Nodes, state: WalkState): void {
    if (item.type !== 'listItem' && item.type !== 'paragraph') return;
    const paragraph = item.type === 'listItem' ? item.children[0] : item;
    const start = paragraph?.type === 'paragraph' ? paragraph.position?.start.offset : undefined;
    if (start === undefined) return;
    const lineEnd = this.source.text.indexOf('\n', start);
    const line = this.source.text.slice(start, lineEnd === -1 ? undefined : lineEnd);
    const opening = listItemOpening(line, state.inContext);
    // A paragraph of its own declares files by a field's name only (`**File:** \`path\``), not a phrase (`Original plan file:`).
    if (opening === undefined || (item.type === 'paragraph' && !(opening.kind === 'labelled' && isFileFieldName(line.slice(0, opening.offset))))) return;
    if (opening.kind === 'labelled') {
      const valueStart = start + opening.offset;
      if (!state.declared.some((range) => valueStart >= range.start && valueStart < range.end)) state.declared.push({ start: valueStart, end: valueStart + opening.length });
      return;
    }
    const offset = start + opening.offset;
    state.openings.add(offset);
    this.maker.add(opening.word, 'list', { offset, endOffset: offset + opening.word.length, isNew: state.isNewByHeading, declared: state.inContext }, state);
  }

  /** A context list item that opens with paths declares those; the words after its separator are a remark. */
  private markRemark(item: Nodes, state: WalkState): void {
    if (item.type !== 'listItem') return;
    const paragraph = item.children[0];
    const start = paragraph?.type === 'paragraph' ? paragraph.position?.start.offset : undefined;
    const end = paragraph?.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const remark = remarkOffset(this.source.text.slice(start, end));
    if (remark !== undefined) state.remarks.push({ start: start + remark - 1, end });
  }

  /**
   * The words of prose written as paths (`See docs/guide.md`, `In screens/a.py, …`), as Markdown
   * renders them; a word of a declared field or command, or the first word of a list item, is read there.
   */
  private addTextWords(start: number, end: number, state: WalkState, written = false): void {
    for (const match of this.source.text.slice(start, end).matchAll(PROSE_WORD)) {
      const offset = start + (match.index ?? 0);
      const within = (range: BlockRange | DeclaredRange): boolean => offset >= range.start && offset < range.end;
      if (!match[0].includes('/') || state.openings.has(offset) || state.declared.some(within) || state.commands.some(within)) continue;
      const declared = state.inContext && !state.remarks.some((range) => offset > range.start && offset < range.end);
      this.maker.add(match[0], 'text', { offset, endOffset: offset + match[0].length, isNew: state.isNewByHeading, declared, inProse: true, promised: state.inOpenCriterion, planned: written }, state);
    }
  }

}

/** A Markdown document's path in a code span: `notes/agent-workflow.md`. */
const DOCUMENT_PATH = /^[^\s`<>]+\.(?:md|mdx|markdown)$/iu;

/**
 * The folder of the Markdown document a list item opens with, in a code span (`- \`notes/a.md\` — …`):
 * the item describes that document, and a link in its text is one the document holds.
 */
function openingDocumentFolder(item: Nodes & { type: 'listItem' }): string | undefined {
  const paragraph = item.children[0];
  const first = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
  if (first?.type !== 'inlineCode' || !DOCUMENT_PATH.test(first.value) || /^(?:[/~]|[A-Za-z]:)/.test(first.value)) return undefined;
  const folder = first.value.includes('/') ? first.value.slice(0, first.value.lastIndexOf('/')) : '';
  if (folder === '..' || folder.startsWith('../')) return undefined;
  return folder === '.' ? '' : folder.replace(/^\.\//, '');
}

/** True when the node starts in one of the ranges (a declared field, a format's command). */
function startsIn(node: Nodes, ranges: readonly BlockRange[]): boolean {
  const offset = node.position?.start.offset ?? 0;
  return ranges.some((range) => offset >= range.start && offset < range.end);
}

/** A text node's place in the file, as prose. */
function addProse(node: Nodes, prose: number[]): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start !== undefined && end !== undefined) prose.push(start, end);
}

const OPENING_MARKS = /^(?:\[[ xX]\]\s+)?(?:\*\*|__)?/u;
/** The paths an item opens with: code spans, links or plain words (read as in list-openings.ts), joined by commas or "and". */
const OPENING_PATHS = /^(?:`[^`\n]+`|\[[^\]\n]*\]\([^)\n]*\)|(?:\\\S|[^\s`[*_,\\])(?:\\\S|[^\s`[*_,\\]|_+(?=[^\s`[*_,]))*)(?:(?:\*\*|__)?(?:,\s*|\s+and\s+)(?:`[^`\n]+`|\[[^\]\n]*\]\([^)\n]*\)|(?:\\\S|[^\s`[*_,\\])(?:\\\S|[^\s`[*_,\\]|_+(?=[^\s`[*_,]))*))*/u;
/** What ends the paths and starts the remark: a dash, a colon or an opening parenthesis. */
const REMARK_SEPARATOR = /^(?:\*\*|__)?(?::\d[\d,-]*)?(?:\s+[—–-]\s|:\s|\s+\()/u;

/** Where the remark of a list item's text starts, when the item opens with paths and a separator follows them. */
export function remarkOffset(text: string): number | undefined {
  const marks = OPENING_MARKS.exec(text)?.[0].length ?? 0;
  const paths = OPENING_PATHS.exec(text.slice(marks));
  if (paths === null) return undefined;
  const afterPaths = marks + paths[0].length;
  const separator = REMARK_SEPARATOR.exec(text.slice(afterPaths));
  if (separator === null) return undefined;
  // A plain first word is a path only when it is written as one (`- Parser: …` is a label).
  const first = paths[0];
  if (!first.startsWith('`') && !first.startsWith('[') && !/[/.]/.test(first.split(/[\s,]/)[0] ?? '')) return undefined;
  return afterPaths + separator[0].length;
}

/** `- Modify: `, `- [ ] `, `1. `, `Create (temp only): `: what stands before a field line's paths. */
const FIELD_LINE_OPENING = /^[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?(?:\[[ xX]\][ \t]+)?(?:[*_]{0,2}[A-Z][\w ()/.-]{0,40}?[*_]{0,2}:[*_]{0,2}[ \t]+)?/u;

/**
 * A format's field, line by line, without the remark each line makes after the paths it opens with
 * (`- Modify: \`.gitignore\` — add \`evals/.env\``): as in the context section, the remark is prose.
 */
function withoutRemarks(text: string, range: DeclaredRange): DeclaredRange[] {
  const pieces: DeclaredRange[] = [];
  let lineStart = range.start;
  while (lineStart < range.end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > range.end ? range.end : newline;
    const line = text.slice(lineStart, lineEnd);
    const opening = FIELD_LINE_OPENING.exec(line)?.[0].length ?? 0;
    const remark = remarkOffset(line.slice(opening));
    const end = remark === undefined ? lineEnd : lineStart + opening + remark - 1;
    if (end > lineStart) pieces.push({ ...range, start: lineStart, end });
    lineStart = lineEnd + 1;
  }
  return pieces;
}

/** A tree drawing's entries, which it declares by its marks (tree-drawing.ts); false when the block draws no tree. */
function addTreeEntries(maker: PointerMaker, node: Extract<Nodes, { type: 'code' }>, text: string, sink: PointerSink): boolean {
  if (!isTreeDrawing(node.value)) return false;
  for (const entry of declaredTreeEntries(codeLines(node, text), maker.hints.rootName)) {
    const intent = entry.mark === 'create' ? 'create' : entry.mark === 'modify' ? 'modify' : 'none';
    maker.add(entry.path, 'code', { offset: entry.start, endOffset: entry.end, isNew: entry.mark === 'create', declared: true, intent }, sink);
  }
  return true;
}
