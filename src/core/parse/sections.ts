import type { RootContent } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import { SECTION_KINDS, type SectionKind } from '../config/config.js';
import { trimEnd } from '../text/source-text.js';
import { lastContentLine, startLine, type HeadingBlock } from './markdown-document.js';
import type { Criterion, Section } from './ticket.js';

const HTML_COMMENT = /^<!--[\s\S]*-->$/;
const CHECKBOX = /^\[[ xX]\]\s+/;

/** A section of a ticket and the blocks it runs over: from its heading to the next heading of its level. */
export interface SectionRange {
  section: Section;
  /** Index of the heading among the ticket's blocks. */
  start: number;
  /** Index of the first block after the section. */
  end: number;
}

/** Where a heading names two sections: `Goals / Acceptance Criteria`, `Context and files`, `Tests & verification`. */
const SECTION_SEPARATOR = /[/&+]| and /;

/** The section names made for a config's sections, by format (SectionNames.of). */
const MADE = new WeakMap<Record<SectionKind, readonly string[]>, Map<string, SectionNames>>();

/** Which sections a heading opens, from the configured heading texts. */
export class SectionNames {
  private readonly byHeading = new Map<string, SectionKind>();
  /** Headings already read: a roadmap's tickets repeat the same few (`## Goal`, `## Context`). */
  private readonly read = new Map<string, SectionKind[]>();

  constructor(sections: Record<SectionKind, readonly string[]>) {
    for (const kind of SECTION_KINDS) for (const heading of sections[kind]) this.byHeading.set(normalizeHeading(heading), kind);
  }

  /** The names of a config's sections, with a format's own headings added, made once for each pair. */
  static of(sections: Record<SectionKind, readonly string[]>, format?: { name: string; headings?: Partial<Record<SectionKind, readonly string[]>> }): SectionNames {
    const made = MADE.get(sections) ?? new Map<string, SectionNames>();
    MADE.set(sections, made);
    const key = format?.headings ? format.name : '';
    let names = made.get(key);
    if (names === undefined) {
      const headings = format?.headings;
      names = new SectionNames(headings ? Object.fromEntries(SECTION_KINDS.map((kind) => [kind, [...sections[kind], ...(headings[kind] ?? [])]])) as Record<SectionKind, string[]> : sections);
      made.set(key, names);
    }
    return names;
  }

  /** The section a known heading opens; for a heading that names several sections, each of them, when every part is one. */
  kindsOf(heading: string): SectionKind[] {
    let kinds = this.read.get(heading);
    if (kinds === undefined) {
      kinds = this.kindsOfUnread(heading);
      this.read.set(heading, kinds);
    }
    return kinds;
  }

  private kindsOfUnread(heading: string): SectionKind[] {
    const normalized = normalizeHeading(heading);
    const whole = this.byHeading.get(normalized);
    if (whole !== undefined) return [whole];
    const parts = normalized.split(SECTION_SEPARATOR).map((part) => this.byHeading.get(normalizeHeading(part)));
    if (parts.length < 2 || parts.some((kind) => kind === undefined)) return [];
    return [...new Set(parts as SectionKind[])];
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

/** Where the section a heading opens ends: at the next heading of its level or higher, or at `limit`. */
export function headingEnd(headings: readonly HeadingBlock[], heading: HeadingBlock, limit: number): number {
  let ends = headingEnds.get(headings);
  if (!ends) {
    ends = endsOf(headings);
    headingEnds.set(headings, ends);
  }
  return Math.min(ends.get(heading) ?? limit, limit);
}

/** The ends of a list of headings, found once for all of them: looking ahead from each was quadratic (80,000 headings, 43 s). */
const headingEnds = new WeakMap<readonly HeadingBlock[], Map<HeadingBlock, number>>();

function endsOf(headings: readonly HeadingBlock[]): Map<HeadingBlock, number> {
  const ends = new Map<HeadingBlock, number>();
  const open: HeadingBlock[] = [];
  for (const heading of headings) {
    while (open.length > 0 && (open[open.length - 1]?.depth ?? 0) >= heading.depth) ends.set(open.pop() as HeadingBlock, heading.index);
    open.push(heading);
  }
  return ends;
}

/** The first section of each kind among the ticket's headings (of `depth` only, when given). */
export function findSections(
  blocks: readonly RootContent[],
  headings: readonly HeadingBlock[],
  names: SectionNames,
  depth: number | undefined,
): SectionRange[] {
  const found: SectionRange[] = [];
  for (const heading of headings) {
    if (depth !== undefined && heading.depth !== depth) continue;
    const kinds = names.kindsOf(heading.text).filter((kind) => !found.some(({ section }) => section.kind === kind));
    if (kinds.length === 0) continue;
    const end = headingEnd(headings, heading, blocks.length);
    const content = blocks.slice(heading.index + 1, end);
    const isEmpty = content.every((block) => block.type === 'html' && HTML_COMMENT.test(block.value.trim()));
    const endLine = lastContentLine(blocks, heading.index, end);
    for (const kind of kinds) found.push({ start: heading.index, end, section: { kind, heading: heading.text, line: heading.line, endLine, isEmpty } });
  }
  return found;
}

/** A section's criteria: its list items; where it has none, the lines of its fenced command blocks. */
export function criteriaOf(blocks: readonly RootContent[], range: SectionRange): Criterion[] {
  const content = blocks.slice(range.start + 1, range.end);
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
      if (text !== '' && !text.startsWith('#') && !text.startsWith('//')) items.push({ text, line: startLine(block) + 1 + offset });
    });
  }
  return items;
}
