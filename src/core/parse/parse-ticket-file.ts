import { toSourceText } from '../text/source-text.js';
import { buildTicket, type ParseOptions } from './build-ticket.js';
import type { ClaimContext, MarkdownFormat, TicketFormat } from './formats/format.js';
import { FORMATS, formatNamed, inOwnedPlace } from './formats/index.js';
import { indexFileReason, neverTicketReason } from './index-files.js';
import { DEFAULT_STATUS_WORDS } from '../config/config.js';
import { StatusVocabulary } from './lifecycle.js';
import { readMarkdown, type MarkdownDocument } from './markdown-document.js';
import { PointerCollector } from './pointer-collector.js';
import { PointerMaker, type PointerSink } from './pointer-maker.js';
import { SectionNames } from './sections.js';
import type { TicketFile } from './ticket.js';

export type { ParseOptions } from './build-ticket.js';

const DEFAULT_VOCABULARY = new StatusVocabulary(DEFAULT_STATUS_WORDS);
const NO_FILES: ClaimContext = { hasFile: () => false };

/**
 * Turns a ticket file into its tickets: the format the config names for it, else the first format
 * that claims it, splits it, and each span becomes a ticket (docs/ticket-format.md). A file no format
 * claims, or an index of other tickets, has no tickets and says why. Never throws: a part that cannot
 * be read becomes a problem for the rule that owns it, and the rest of the file is still parsed.
 */
export function parseTicketFile(path: string, raw: string, options: ParseOptions, claims: ClaimContext = NO_FILES): TicketFile {
  const status = options.status ?? DEFAULT_VOCABULARY;
  const named = options.formatFor?.(path);
  const chosen = named === undefined ? undefined : formatNamed(named);
  const dataFormat = (chosen ? [chosen] : FORMATS).find((format) => format.kind === 'data' && (chosen !== undefined || format.claim(path, raw) !== undefined));
  if (dataFormat?.kind === 'data') {
    const source = toSourceText(raw);
    const maker = new PointerMaker(source, options.hints, options.maxPointers);
    const read = dataFormat.read(path, source, {
      status,
      pointersIn: (text: string, offset: number) => {
        const sink: PointerSink = { pointers: [], droppedPointers: 0 };
        maker.addWords(text, offset, false, sink);
        return sink.pointers;
      },
    });
    return { path, source, format: dataFormat.name, reason: chosen ? `the config names '${dataFormat.name}'` : (dataFormat.claim(path, raw) ?? ''), ...read };
  }
  const read = readMarkdown(path, raw);
  if (!('document' in read)) return { path, source: read.source, tickets: [], problems: [read.problem] };
  const { document } = read;
  const withFrontmatter = { ...(document.frontmatter ? { frontmatter: document.frontmatter } : {}) };
  const claimed = chosen?.kind === 'markdown' ? { format: chosen, reason: `the config names '${chosen.name}'` } : claimFor(document, claims, named);
  if ('skip' in claimed) return { path, source: document.source, ...withFrontmatter, reason: claimed.skip, tickets: [], problems: document.problems };
  const maker = new PointerMaker(document.source, options.hints, options.maxPointers);
  const context = {
    path,
    source: document.source,
    format: claimed.format,
    names: new SectionNames(withFormatHeadings(options.sections, claimed.format)),
    collector: new PointerCollector(document.source, maker),
    status,
  };
  return {
    path,
    source: document.source,
    format: claimed.format.name,
    reason: claimed.reason,
    ...withFrontmatter,
    tickets: claimed.format.split(document, claims).map((span) => buildTicket(span, context)),
    problems: document.problems,
  };
}

/**
 * The first Markdown format that claims the document, with why. A readme or a template is no ticket;
 * an index of other tickets is not read as one by the format that takes any file (the fallback).
 */
function claimFor(document: MarkdownDocument, context: ClaimContext, named: string | undefined): { format: MarkdownFormat; reason: string } | { skip: string } {
  if (named !== undefined) return { skip: `the config names the format '${named}', which ticket-lint does not know` };
  const never = neverTicketReason(document.path);
  if (never !== undefined) return { skip: never };
  for (const format of FORMATS) {
    if (format.kind !== 'markdown') continue;
    if (format.fallback) {
      if (inOwnedPlace(document.path)) return { skip: 'it lies where a ticket tool keeps its files, but is not one of its ticket files' };
      const index = indexFileReason(document);
      if (index !== undefined) return { skip: index };
    }
    const claim = format.claim(document, context);
    if (typeof claim === 'string') return { format, reason: claim };
    if (claim !== undefined) return claim;
  }
  return { skip: 'no ticket format claims it' };
}

export function isMarkdownFormat(format: TicketFormat): format is MarkdownFormat {
  return format.kind === 'markdown';
}

/** The configured section headings, with the headings the format adds. */
function withFormatHeadings(sections: ParseOptions['sections'], format: MarkdownFormat): ParseOptions['sections'] {
  if (!format.headings) return sections;
  const merged = { ...sections };
  for (const [kind, headings] of Object.entries(format.headings) as Array<[keyof typeof merged, readonly string[]]>) merged[kind] = [...merged[kind], ...headings];
  return merged;
}
