import { countBySeverity, ticketOf, type Diagnostic, type Report, type TicketReport } from '../core/engine/report.js';
import { ticketFullName } from '../core/parse/ticket-names.js';
import { formatCount, plural, shorten } from '../core/text/wording.js';
import { baselineWords } from './baseline-words.js';
import { encodePath, escapeMarkdown, markdownCode } from './escape.js';
import { renderDependencyGraph } from './mermaid.js';

/** GitHub refuses a step summary over 1 MiB; this leaves room for the note that says it was cut. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4 * 1024;
/** GitHub shows this many error and this many warning annotations of a step. */
export const ANNOTATIONS_SHOWN_PER_LEVEL = 10;

export interface SummaryContext {
  /** `https://github.com/owner/repo/blob/<sha>` */
  blobUrl: string;
  /** What was linted and why, one sentence of plain text. */
  scope: string;
  /** The base branch's name, when problems were compared with its commit. */
  baseName?: string;
}

const BAR_CELLS = 10;

function bar(share: number): string {
  const filled = Math.min(BAR_CELLS, Math.round(share * BAR_CELLS));
  return `${'▓'.repeat(filled)}${'░'.repeat(BAR_CELLS - filled)}`;
}

function verdict(errors: number, warnings: number): string {
  if (errors > 0) return `❌ ${plural(errors, 'error')}${warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''}`;
  if (warnings > 0) return `⚠️ ${plural(warnings, 'warning')}`;
  return '✅ ready';
}

/** The rule's id, linked to its documentation page when the diagnostic has one. */
export function ruleLink(diagnostic: Diagnostic): string {
  return diagnostic.url === undefined ? `\`${diagnostic.rule}\`` : `[\`${diagnostic.rule}\`](${diagnostic.url})`;
}

function link(context: SummaryContext, file: string, line: number, text: string): string {
  return `[${text}](${context.blobUrl}/${encodePath(file)}#L${line})`;
}

/** Problems of one ticket (or of a file with no ticket), as a heading and a list. */
function problemSection(context: SummaryContext, title: string, diagnostics: Diagnostic[], level = '####'): string {
  const items = diagnostics.map((d) => {
    const mark = d.severity === 'error' ? '❌' : '⚠️';
    return `- ${mark} ${link(context, d.file, d.line, `line ${d.line}`)} ${escapeMarkdown(d.message)} ${ruleLink(d)}`;
  });
  return [`${level} ${title}`, '', ...items, ''].join('\n');
}

/**
 * The job summary (docs/pull-requests.md): a row per linted ticket, then the problems grouped by ticket. Every
 * piece of ticket text is escaped. Over the size limit, rows and problems are left out from the end,
 * with a note that says how many and where the rest is.
 */
/** The most characters of a title a table row shows: one huge title must not take the summary's room. */
const TITLE_SHOWN = 200;

/** A ticket's own work (its text and the files it brings) and the room its budget leaves after the session's fixed overhead. */
function sessionRoom(ticket: TicketReport): { work: number; room: number; overhead: number } {
  const work = ticket.tokens + ticket.pointerTokens;
  const overhead = Math.max(0, ticket.sessionTokens - work);
  return { work, room: ticket.budget - overhead, overhead };
}

/** The Session column's meaning, once: the overhead is the same for every ticket of a model, so it is not repeated on each row. */
function sessionNote(tickets: readonly TicketReport[]): string {
  const overheads = [...new Set(tickets.map((ticket) => sessionRoom(ticket).overhead))].sort((a, b) => a - b);
  const budgets = [...new Set(tickets.map((ticket) => ticket.budget))].sort((a, b) => a - b);
  const range = (values: number[]): string => (values.length === 1 ? formatCount(values[0] ?? 0) : `${formatCount(values[0] ?? 0)} to ${formatCount(values.at(-1) ?? 0)}`);
  return `Session: the ticket's own work (ticket + files) against the room left of the ${range(budgets)}-token budget after the agent's fixed overhead (\`overhead-tokens\`: ${range(overheads)}).`;
}

/** Where the base's problems were: the base branch by name, else its commit. */
function baseLabel(report: Report, context: SummaryContext): string {
  return context.baseName ? markdownCode(context.baseName) : `${report.base?.commit.slice(0, 12) ?? ''}`;
}

/** The first line: what counts, and with a base, what was there already and what got fixed. */
function headline(report: Report, context: SummaryContext): string {
  const { errors, warnings, tickets } = report.counts;
  if (!report.base) return `**${errors + warnings === 0 ? 'No problems' : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`}** in ${plural(tickets, 'ticket')}.`;
  const fresh = errors + warnings === 0 ? 'No new problems' : `${plural(errors, 'new error')}, ${plural(warnings, 'new warning')}`;
  const { existing, fixed } = report.base;
  return (
    `**${fresh}** in ${plural(tickets, 'ticket')}; ${plural(existing.length, 'problem')} already on ${baseLabel(report, context)}` +
    `${fixed.length > 0 ? `; ${plural(fixed.length, 'problem')} fixed` : ''}.`
  );
}

/** What the baseline suppressed, and whether it needs pruning: a line under the headline. */
function baselineLine(report: Report): string[] {
  if (!report.baseline) return [];
  const words = baselineWords(report.baseline, markdownCode, markdownCode);
  return [`${words.suppressed} (not counted).${words.stale === undefined ? '' : ` ⚠️ ${words.stale}.`}`, ''];
}

/** The base's problems: those still there (not counted), then those fixed. */
function* beforeSections(report: Report, context: SummaryContext): Generator<string> {
  const { existing, fixed } = report.base ?? { existing: [], fixed: [] };
  if (existing.length > 0) yield problemSection(context, `Already on ${baseLabel(report, context)} (not counted)`, existing, '###');
  if (fixed.length > 0) {
    const items = fixed.map((d) => `- ✔️ ${escapeMarkdown(d.file)}: ${escapeMarkdown(d.message)} ${ruleLink(d)}`);
    yield ['### Fixed', '', ...items, ''].join('\n');
  }
}

export function renderSummary(report: Report, context: SummaryContext, limitBytes = SUMMARY_LIMIT_BYTES): string {
  const { errors, warnings } = report.counts;
  const unannotated = Math.max(0, errors - ANNOTATIONS_SHOWN_PER_LEVEL) + Math.max(0, warnings - ANNOTATIONS_SHOWN_PER_LEVEL);
  const head = [
    '## ticket-lint',
    '',
    `${headline(report, context)} ${escapeMarkdown(context.scope)}`,
    '',
    ...baselineLine(report),
    ...(unannotated > 0
      ? [
          `GitHub shows ${ANNOTATIONS_SHOWN_PER_LEVEL} error and ${ANNOTATIONS_SHOWN_PER_LEVEL} warning annotations of a step: ${plural(unannotated, 'problem')} ${unannotated === 1 ? 'is' : 'are'} not annotated on the files. All are listed below and in the log.`,
          '',
        ]
      : []),
  ];

  const byTicket = new Map<TicketReport | string, Diagnostic[]>();
  for (const diagnostic of report.diagnostics) {
    const owner = ticketOf(report, diagnostic) ?? diagnostic.file;
    const list = byTicket.get(owner) ?? [];
    list.push(diagnostic);
    byTicket.set(owner, list);
  }

  const rows = report.tickets.map((ticket) => {
    const diagnostics = byTicket.get(ticket) ?? [];
    const { work, room } = sessionRoom(ticket);
    const share = room > 0 ? work / room : 1;
    const { errors: ticketErrors, warnings: ticketWarnings } = countBySeverity(diagnostics);
    return (
      `| ${link(context, ticket.file, ticket.line, escapeMarkdown(`${ticket.file}:${ticket.line}`))} | ${escapeMarkdown(shorten(ticketFullName(ticket), TITLE_SHOWN))} ` +
      `| ${formatCount(ticket.tokens)} + ${formatCount(ticket.pointerTokens)} | \`${bar(share)}\` ${Math.round(share * 100)}% of ${formatCount(room)} ` +
      `| ${verdict(ticketErrors, ticketWarnings)} |`
    );
  });
  const tableHead = ['| Ticket | Title | Tokens (ticket + files) | Session | Verdict |', '| --- | --- | ---: | --- | --- |'];

  const sections: string[] = [];
  for (const [owner, diagnostics] of byTicket) {
    const title =
      typeof owner === 'string' ? escapeMarkdown(owner) : `${escapeMarkdown(owner.file)}: ${escapeMarkdown(shorten(ticketFullName(owner), TITLE_SHOWN))}`;
    sections.push(problemSection(context, title, diagnostics));
  }

  // A running count of the bytes written: measuring the whole summary again for every row was quadratic.
  const budget = limitBytes - 512;
  const out: string[] = [];
  let bytes = 0;
  const push = (...parts: string[]): void => {
    for (const part of parts) {
      out.push(part);
      bytes += Buffer.byteLength(part) + 1;
    }
  };
  push(...head);
  let shownRows = 0;
  if (rows.length > 0) {
    push(...tableHead);
    for (const row of rows) {
      if (bytes + Buffer.byteLength(row) + 1 > budget / 2) break;
      push(row);
      shownRows += 1;
    }
    push('', sessionNote(report.tickets), '');
  }
  const graph = renderDependencyGraph(report);
  if (graph !== undefined && bytes + Buffer.byteLength(graph) < budget / 2) {
    push('### Dependencies', '', 'An arrow points from a ticket to the one that waits for it; red: has errors; dashed: not linted in this run.', '', graph);
  }
  let shownSections = 0;
  const before = report.base ? [...beforeSections(report, context)] : [];
  sections.push(...before);
  if (sections.length > before.length) push('### Problems', '');
  if (sections.length > 0) {
    for (const section of sections) {
      if (bytes + Buffer.byteLength(section) + 1 > budget) break;
      push(section);
      shownSections += 1;
    }
  }
  if (shownRows < rows.length || shownSections < sections.length) {
    out.push(
      `> **This summary was cut to stay under GitHub's 1 MiB limit:** ${plural(rows.length - shownRows, 'ticket row')} and the problems of ` +
        `${plural(sections.length - shownSections, 'ticket')} are not shown. Every problem is in the log and in the JSON report (the \`report\` output).`,
      '',
    );
  }
  return `${out.join('\n')}\n`;
}
