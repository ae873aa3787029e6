import type { Nodes, Root, RootContent } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import type { SectionKind } from '../config/config.js';
import { SECTION_KINDS } from '../config/config.js';
import { toPointer, type PathHints } from './path-like.js';
import { lineCount, positionAt, toSourceText, trimEnd, type SourceText } from '../text/source-text.js';
import type { Criterion, Dependency, Frontmatter, ParseProblem, Pointer, PointerSource, Section, Ticket, TicketFile } from './ticket.js';
import { parseYamlMapping } from '../config/yaml-mapping.js';

export interface ParseOptions {
  sections: Record<SectionKind, string[]>;
  hints: PathHints;
  /** Pointers kept per ticket; the rest are counted, not kept (a ticket of thousands is not a ticket). */
  maxPointers?: number;
}

const markdown = remark().use(remarkFrontmatter, ['yaml']).freeze();

/** `## Ticket 2: Wire up DB queries`, `### Task T-12: Route tests`, `## Ticket: Untitled`. */
const TICKET_HEADING = /^(?:ticket|task)\b[ \t]*(?:#?([^\s:]+)[ \t]*)?:(.*)$/i;
const NEW_FILES_HEADING = /^(?:files to create|new files)$/;
const NEW_MARK = /^[`*_\s]*\(new\)/i;
/** "(e.g. `a.ts`, `b.ts`)", "for example `a.ts`": the clause before a pointer that makes it an illustration. */
const EXAMPLE_WORDS = /(?:^|[\s(])(?:e\.\s?g\.?|eg\.|for example|for instance|such as)[,:]?\s/gi;
const HTML_COMMENT = /^<!--[\s\S]*-->$/;
const CHECKBOX = /^\[[ xX]\]\s+/;
/** "Depends on: Ticket 1, Ticket 3" in a roadmap ticket, bold or not. */
const DEPENDS_ON_LINE = /^depends on[ \t]*:(.*)$/i;
const NO_DEPENDENCY = /^(?:none|nothing|n\/a|-|—)$/i;

/** What a walk over a ticket's blocks gathers. */
interface CollectState {
  isNewByHeading: boolean;
  inContext: boolean;
  pointers: Pointer[];
  prose: Ticket['prose'];
  /** Pointers past 'max-pointers', counted and not kept. */
  droppedPointers: number;
}

interface HeadingBlock {
  index: number;
  depth: number;
  text: string;
  line: number;
}

/** Everything a ticket is built from: a run of the file's top-level blocks and the lines they cover. */
interface TicketRange {
  startIndex: number;
  endIndex: number;
  line: number;
  endLine: number;
  anchorLine: number;
  sectionDepth: number | undefined;
  id?: string;
  idLine?: number;
  title?: string;
  frontmatter?: Frontmatter;
}

/**
 * Turns a ticket file into its tickets (DESIGN §1). Never throws: a part that cannot be read becomes a
 * problem for the rule that owns it, and the rest of the file is still parsed.
 */
export function parseTicketFile(path: string, raw: string, options: ParseOptions): TicketFile {
  const source = toSourceText(raw);
  const problems: ParseProblem[] = [];
  let tree: Root;
  try {
    tree = markdown.parse(source.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({ rule: 'ticket-file', line: 1, message: `The file could not be parsed as Markdown: ${reason}` });
    return { path, source, kind: 'unreadable', tickets: [], problems };
  }

  const frontmatter = readFrontmatter(tree, source, problems);
  const blocks = tree.children;
  const headings: HeadingBlock[] = [];
  blocks.forEach((block, index) => {
    if (block.type === 'heading') {
      headings.push({ index, depth: block.depth, text: nodeText(block).trim(), line: startLine(block) });
    }
  });
  const ticketHeadings = headings.filter((heading) => TICKET_HEADING.test(heading.text));
  const parser = new TicketBuilder(path, source, blocks, headings, options);
  const lastLine = lineCount(source);

  const firstTicketHeading = ticketHeadings[0];
  if (firstTicketHeading === undefined && frontmatter?.values['type'] === 'spec') {
    return { path, source, kind: 'spec', ...(frontmatter ? { frontmatter } : {}), tickets: [], problems };
  }
  const isSingle =
    firstTicketHeading === undefined ||
    (ticketHeadings.length === 1 && headings.every((h) => h.index >= firstTicketHeading.index || h.depth > firstTicketHeading.depth));
  if (isSingle) {
    const titleHeading = firstTicketHeading ?? headings[0];
    const fromHeading = firstTicketHeading ? ticketHeadingParts(firstTicketHeading.text) : undefined;
    const frontmatterId = scalarText(frontmatter?.values['id']);
    const frontmatterTitle = scalarText(frontmatter?.values['title']);
    const id = frontmatterId ?? fromHeading?.id;
    const title = frontmatterTitle ?? fromHeading?.title ?? titleHeading?.text;
    const ticket = parser.build({
      startIndex: 0,
      endIndex: blocks.length,
      line: 1,
      endLine: lastLine,
      anchorLine: titleHeading?.line ?? 1,
      sectionDepth: undefined,
      ...(id !== undefined ? { id, idLine: frontmatterId !== undefined ? frontmatter?.keyLines.get('id') : firstTicketHeading?.line } : {}),
      ...(title ? { title } : {}),
      ...(frontmatter ? { frontmatter } : {}),
    });
    return { path, source, kind: 'single', ...(frontmatter ? { frontmatter } : {}), tickets: [ticket], problems };
  }

  const tickets = ticketHeadings.map((heading) => {
    const end = headings.find((other) => other.index > heading.index && other.depth <= heading.depth);
    const endIndex = end?.index ?? blocks.length;
    const parts = ticketHeadingParts(heading.text);
    return parser.build({
      startIndex: heading.index,
      endIndex,
      line: heading.line,
      endLine: lastContentLine(blocks, heading.index, endIndex),
      anchorLine: heading.line,
      sectionDepth: heading.depth + 1,
      ...(parts.id !== undefined ? { id: parts.id, idLine: heading.line } : {}),
      ...(parts.title ? { title: parts.title } : {}),
    });
  });
  return { path, source, kind: 'roadmap', ...(frontmatter ? { frontmatter } : {}), tickets, problems };
}

function ticketHeadingParts(text: string): { id?: string; title?: string } {
  const match = TICKET_HEADING.exec(text);
  const id = match?.[1];
  const title = match?.[2]?.trim();
  return { ...(id ? { id } : {}), ...(title ? { title } : {}) };
}

function readFrontmatter(tree: Root, source: SourceText, problems: ParseProblem[]): Frontmatter | undefined {
  const first = tree.children[0];
  if (first?.type !== 'yaml') {
    if (/^---[ \t]*\n/.test(source.text)) {
      problems.push({
        rule: 'frontmatter',
        line: 1,
        message: "Frontmatter is not closed; expected a line '---' after the last key",
      });
    }
    return undefined;
  }
  const line = startLine(first);
  const parsed = parseYamlMapping(first.value, line + 1);
  for (const problem of parsed.problems) {
    problems.push({ rule: 'frontmatter', line: problem.line, message: `Frontmatter is not valid YAML: ${problem.message}` });
  }
  return { line, endLine: endLine(first), values: parsed.values, keyLines: parsed.keyLines, itemLines: parsed.itemLines };
}

class TicketBuilder {
  private readonly aliases: Map<string, SectionKind>;

  constructor(
    private readonly path: string,
    private readonly source: SourceText,
    private readonly blocks: RootContent[],
    private readonly headings: HeadingBlock[],
    private readonly options: ParseOptions,
  ) {
    this.aliases = new Map();
    for (const kind of SECTION_KINDS) {
      for (const heading of options.sections[kind]) this.aliases.set(normalizeHeading(heading), kind);
    }
  }

  build(range: TicketRange): Ticket {
    const sectionRanges = this.sectionRanges(range);
    const sections = sectionRanges.map(({ section }) => section);
    const acceptance = sectionRanges.find(({ section }) => section.kind === 'acceptance');
    const context = sectionRanges.find(({ section }) => section.kind === 'context');
    const newFileRanges = this.headings
      .filter((h) => h.index >= range.startIndex && h.index < range.endIndex && NEW_FILES_HEADING.test(normalizeHeading(h.text)))
      .map((h) => ({ start: h.index, end: this.headingEnd(h, range.endIndex) }));
    const state: CollectState = { isNewByHeading: false, inContext: false, pointers: [], prose: [], droppedPointers: 0 };
    for (let index = range.startIndex; index < range.endIndex; index += 1) {
      const block = this.blocks[index];
      if (!block || block.type === 'yaml') continue;
      state.isNewByHeading = newFileRanges.some((r) => index > r.start && index < r.end);
      state.inContext = context !== undefined && index > context.start && index < context.end;
      this.collect(block, state);
    }
    const { pointers, prose, droppedPointers } = state;
    const relations = range.frontmatter ? frontmatterRelations(range.frontmatter) : { dependsOn: this.dependsOnLines(range), parallel: false };
    return {
      ...relations,
      file: this.path,
      line: range.line,
      endLine: range.endLine,
      anchorLine: range.anchorLine,
      ...(range.id !== undefined ? { id: range.id } : {}),
      ...(range.idLine !== undefined ? { idLine: range.idLine } : {}),
      ...(range.title !== undefined ? { title: range.title } : {}),
      text: this.textOfLines(range.line, range.endLine),
      ...(range.frontmatter ? { frontmatter: range.frontmatter } : {}),
      sections,
      criteria: acceptance ? this.criteria(acceptance.start + 1, acceptance.end) : [],
      pointers,
      ...(droppedPointers > 0 ? { droppedPointers } : {}),
      prose,
    };
  }

  /** A roadmap ticket has no frontmatter; it names what it waits for in a "Depends on:" line. */
  private dependsOnLines(range: TicketRange): Dependency[] {
    const found: Dependency[] = [];
    for (let index = range.startIndex; index < range.endIndex; index += 1) {
      const block = this.blocks[index];
      if (block?.type !== 'paragraph') continue;
      const match = DEPENDS_ON_LINE.exec(nodeText(block).split('\n')[0]?.trim() ?? '');
      if (!match?.[1]) continue;
      for (const item of match[1].split(/,|;|\band\b/)) {
        const word = item.trim().replace(/^(?:ticket|task)\s+/i, '').replace(/^#/, '').split(/\s/)[0];
        const id = trimEnd(word ?? '', '.)');
        if (id && !NO_DEPENDENCY.test(id)) found.push({ id, line: startLine(block) });
      }
    }
    return found;
  }

  private sectionRanges(range: TicketRange): Array<{ section: Section; start: number; end: number }> {
    const found: Array<{ section: Section; start: number; end: number }> = [];
    for (const heading of this.headings) {
      const isInside = range.sectionDepth === undefined ? heading.index >= range.startIndex : heading.index > range.startIndex;
      if (!isInside || heading.index >= range.endIndex) continue;
      if (range.sectionDepth !== undefined && heading.depth !== range.sectionDepth) continue;
      const kind = this.aliases.get(normalizeHeading(heading.text));
      if (kind === undefined || found.some(({ section }) => section.kind === kind)) continue;
      const end = this.headingEnd(heading, range.endIndex);
      const content = this.blocks.slice(heading.index + 1, end);
      found.push({
        start: heading.index,
        end,
        section: {
          kind,
          heading: heading.text,
          line: heading.line,
          endLine: lastContentLine(this.blocks, heading.index, end),
          isEmpty: content.every((block) => block.type === 'html' && HTML_COMMENT.test(block.value.trim())),
        },
      });
    }
    return found;
  }

  private headingEnd(heading: HeadingBlock, limit: number): number {
    const next = this.headings.find((other) => other.index > heading.index && other.depth <= heading.depth);
    return Math.min(next?.index ?? limit, limit);
  }

  /** List items of the section; where it has none, the lines of its fenced command blocks. */
  private criteria(start: number, end: number): Criterion[] {
    const content = this.blocks.slice(start, end);
    const items: Criterion[] = [];
    for (const block of content) {
      if (block.type !== 'list') continue;
      for (const item of block.children) {
        const first = item.children[0];
        const text = (first && first.type !== 'list' ? nodeText(first) : '').trim().replace(CHECKBOX, '');
        items.push({ text, line: startLine(item) });
      }
    }
    if (items.length > 0) return items;
    for (const block of content) {
      if (block.type !== 'code') continue;
      block.value.split('\n').forEach((commandLine, offset) => {
        const text = commandLine.trim();
        if (text !== '' && !text.startsWith('#') && !text.startsWith('//')) {
          items.push({ text, line: startLine(block) + 1 + offset });
        }
      });
    }
    return items;
  }

  private collect(
    node: Nodes,
    state: CollectState,
  ): void {
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
    if ('children' in node) for (const child of node.children) this.collect(child as Nodes, state);
  }

  private addPointer(
    raw: string,
    source: PointerSource,
    node: Nodes,
    state: CollectState,
    offset: number,
  ): void {
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
      this.options.hints,
    );
    if (pointer) this.keep(pointer, state);
  }

  private keep(pointer: Pointer, state: CollectState): void {
    if (state.pointers.length < (this.options.maxPointers ?? Number.POSITIVE_INFINITY)) state.pointers.push(pointer);
    else state.droppedPointers += 1;
  }

  /** A context list item whose first word is a path, when the item does not open with code or a link. */
  private addListItemWord(item: Nodes, state: CollectState): void {
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
    const pointer = toPointer(
      { raw: word, source: 'list', line: position.line, column: position.column, isNew, isExample: false },
      this.options.hints,
    );
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

  private textOfLines(first: number, last: number): string {
    const start = this.source.lineStarts[first - 1] ?? 0;
    const next = this.source.lineStarts[last];
    return this.source.text.slice(start, next ?? this.source.text.length);
  }
}

/** Case, spacing, numbering, leading symbols and trailing punctuation do not change which section a heading opens. */
export function normalizeHeading(text: string): string {
  const spaced = text
    .normalize('NFKC')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/^\d+[.)]\s+/, '')
    .replace(/\s+/g, ' ');
  return trimEnd(spaced, ' :.!?…-').toLowerCase();
}

/** depends_on (each item at its line), parallel and parent, when they have the right type; the frontmatter rule reports the rest. */
function frontmatterRelations(frontmatter: Frontmatter): Pick<Ticket, 'dependsOn' | 'parallel' | 'parent'> {
  const { values, keyLines, itemLines } = frontmatter;
  const list = values['depends_on'];
  const keyLine = keyLines.get('depends_on') ?? frontmatter.line;
  const dependsOn: Dependency[] = Array.isArray(list)
    ? list.flatMap((item, index) => {
        const id = scalarText(item);
        return id === undefined ? [] : [{ id, line: itemLines.get('depends_on')?.[index] ?? keyLine }];
      })
    : [];
  const parent = scalarText(values['parent']);
  return {
    dependsOn,
    parallel: values['parallel'] === true,
    ...(parent !== undefined && typeof values['parent'] === 'string' ? { parent: { path: parent, line: keyLines.get('parent') ?? frontmatter.line } } : {}),
  };
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function startLine(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

/** The last line a node covers: one ending at column 1 (after a line break, as an unclosed HTML block does) ends on the line before. */
function endLine(node: Nodes): number {
  const end = node.position?.end;
  if (!end) return startLine(node);
  return end.column === 1 && end.line > startLine(node) ? end.line - 1 : end.line;
}

function lastContentLine(blocks: RootContent[], headingIndex: number, endIndex: number): number {
  const last = blocks[endIndex - 1] ?? blocks[headingIndex];
  return last ? endLine(last) : 1;
}
