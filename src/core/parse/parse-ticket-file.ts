import { buildTicket, type ParseOptions } from './build-ticket.js';
import { FORMATS } from './formats/index.js';
import { readMarkdown } from './markdown-document.js';
import { PointerCollector } from './pointer-collector.js';
import { SectionNames } from './sections.js';
import type { TicketFile } from './ticket.js';

export type { ParseOptions } from './build-ticket.js';

/**
 * Turns a ticket file into its tickets: the first format that claims the file splits it, and each
 * span becomes a ticket (docs/ticket-format.md). Never throws: a part that cannot be read becomes a
 * problem for the rule that owns it, and the rest of the file is still parsed.
 */
export function parseTicketFile(path: string, raw: string, options: ParseOptions): TicketFile {
  const read = readMarkdown(path, raw);
  if (!('document' in read)) return { path, source: read.source, tickets: [], problems: [read.problem] };
  const { document } = read;
  const names = new SectionNames(options.sections);
  const collector = new PointerCollector(document.source, options.hints, options.maxPointers);
  for (const format of FORMATS) {
    const spans = format.split(document);
    if (spans === undefined) continue;
    return {
      path,
      source: document.source,
      format: format.name,
      ...(document.frontmatter ? { frontmatter: document.frontmatter } : {}),
      tickets: spans.map((span) => buildTicket(path, document.source, span, names, collector)),
      problems: document.problems,
    };
  }
  return { path, source: document.source, ...(document.frontmatter ? { frontmatter: document.frontmatter } : {}), tickets: [], problems: document.problems };
}
