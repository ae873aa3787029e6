import { ticketOf, type Report } from '../core/engine/report.js';
import { ticketFullName } from '../core/parse/ticket-names.js';
import { plural } from '../core/text/wording.js';
import { encodePath, escapeMarkdown } from './escape.js';
import { ruleLink } from './summary.js';

/** Finds the comment again on every run; it is in the body, invisible when rendered. */
export const COMMENT_MARKER = '<!-- ticket-lint:sticky-comment -->';
/** GitHub refuses comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 60_000;

export interface CommentContext {
  blobUrl: string;
  runUrl: string;
}

/** The sticky comment's body: the problems, or an all-clear once there are none. */
export function renderComment(report: Report, context: CommentContext): string {
  const { errors, warnings, tickets } = report.counts;
  const lines = [COMMENT_MARKER, '### ticket-lint', ''];
  if (errors + warnings === 0) {
    lines.push(`✅ All clear: ${plural(tickets, 'ticket')} linted, no problems. ([run](${context.runUrl}))`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(`**${plural(errors, 'error')}, ${plural(warnings, 'warning')}** in ${plural(tickets, 'ticket')}. ([run](${context.runUrl}))`, '');
  let shown = 0;
  for (const diagnostic of report.diagnostics) {
    const ticket = ticketOf(report, diagnostic);
    const where = `[${escapeMarkdown(`${diagnostic.file}:${diagnostic.line}`)}](${context.blobUrl}/${encodePath(diagnostic.file)}#L${diagnostic.line})`;
    const name = ticket ? ` ${escapeMarkdown(ticketFullName(ticket))}:` : '';
    const line = `- ${diagnostic.severity === 'error' ? '❌' : '⚠️'} ${where}${name} ${escapeMarkdown(diagnostic.message)} ${ruleLink(diagnostic)}`;
    if (lines.join('\n').length + line.length > COMMENT_LIMIT) break;
    lines.push(line);
    shown += 1;
  }
  if (shown < report.diagnostics.length) {
    lines.push('', `… and ${report.diagnostics.length - shown} more: see the run's job summary.`);
  }
  return `${lines.join('\n')}\n`;
}
