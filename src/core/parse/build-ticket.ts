import type { SectionKind } from '../config/config.js';
import type { SourceText } from '../text/source-text.js';
import type { TicketSpan } from './formats/format.js';
import { headingsOf } from './markdown-document.js';
import type { PathHints } from './path-like.js';
import type { PointerCollector } from './pointer-collector.js';
import { criteriaOf, findSections, headingEnd, normalizeHeading, type SectionNames } from './sections.js';
import type { Ticket } from './ticket.js';

export interface ParseOptions {
  sections: Record<SectionKind, string[]>;
  hints: PathHints;
  /** Pointers kept per ticket; the rest are counted, not kept (a ticket of thousands is not a ticket). */
  maxPointers?: number;
}

const NEW_FILES_HEADING = /^(?:files to create|new files)$/;

/** A ticket from the span its format marked out: its sections, criteria, pointers and prose. */
export function buildTicket(path: string, source: SourceText, span: TicketSpan, names: SectionNames, collector: PointerCollector): Ticket {
  const { nodes } = span;
  const headings = headingsOf(nodes);
  const sectionRanges = findSections(nodes, headings, names, span.sectionDepth);
  const acceptance = sectionRanges.find(({ section }) => section.kind === 'acceptance');
  const context = sectionRanges.find(({ section }) => section.kind === 'context');
  const newFiles = headings
    .filter((heading) => NEW_FILES_HEADING.test(normalizeHeading(heading.text)))
    .map((heading) => ({ start: heading.index, end: headingEnd(headings, heading, nodes.length) }));
  const { pointers, prose, droppedPointers } = collector.collect(nodes, context, newFiles);
  return {
    file: path,
    line: span.line,
    endLine: span.endLine,
    anchorLine: span.anchorLine,
    ...(span.id !== undefined ? { id: span.id } : {}),
    ...(span.idLine !== undefined ? { idLine: span.idLine } : {}),
    ...(span.title !== undefined ? { title: span.title } : {}),
    text: textOfLines(source, span.line, span.endLine),
    ...(span.frontmatter ? { frontmatter: span.frontmatter } : {}),
    ownsFrontmatter: span.ownsFrontmatter,
    sections: sectionRanges.map(({ section }) => section),
    criteria: acceptance ? criteriaOf(nodes, acceptance) : [],
    pointers,
    ...(droppedPointers > 0 ? { droppedPointers } : {}),
    prose,
    dependsOn: span.dependsOn,
    parallel: span.parallel,
    ...(span.parent ? { parent: span.parent } : {}),
  };
}

function textOfLines(source: SourceText, first: number, last: number): string {
  const start = source.lineStarts[first - 1] ?? 0;
  const next = source.lineStarts[last];
  return source.text.slice(start, next ?? source.text.length);
}

