import { ticketOf, type Report } from '../core/engine/report.js';
import { ruleLink } from '../output/summary.js';
import { encodePath, escapeMarkdown } from '../output/markdown.js';
import type { PullRequestScope } from './event.js';
import { statusOf, type GitHubClient } from './octokit.js';
import { plural } from '../core/text/wording.js';

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
    const name = ticket ? ` ${escapeMarkdown([ticket.id, ticket.title].filter(Boolean).join(' '))}:` : '';
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

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'skipped' | 'forbidden' | 'failed';

/**
 * Keeps one comment on the pull request, found by its marker and edited in place on every run; none
 * is created while there is nothing to say. A 403 (a fork's read-only token) is reported to `warn`
 * and is not an error: the check still reports.
 */
export async function upsertComment(
  client: GitHubClient,
  pull: PullRequestScope,
  body: string,
  report: Report,
  warn: (message: string) => void,
): Promise<CommentOutcome> {
  try {
    const comments = await client.paginate(client.rest.issues.listComments, {
      owner: pull.owner,
      repo: pull.repo,
      issue_number: pull.number,
      per_page: 100,
    });
    const existing = comments.find((comment) => comment.body?.includes(COMMENT_MARKER));
    if (existing) {
      if (existing.body === body) return 'unchanged';
      await client.rest.issues.updateComment({ owner: pull.owner, repo: pull.repo, comment_id: existing.id, body });
      return 'updated';
    }
    if (report.counts.errors + report.counts.warnings === 0) return 'skipped';
    await client.rest.issues.createComment({ owner: pull.owner, repo: pull.repo, issue_number: pull.number, body });
    return 'created';
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404) {
      warn(
        `ticket-lint could not write the pull-request comment (HTTP ${status}): the token lacks 'pull-requests: write' ` +
          '(a pull request from a fork gets a read-only token). The check and the job summary still report.',
      );
      return 'forbidden';
    }
    warn(`ticket-lint could not write the pull-request comment: ${status === undefined ? (error as Error).message : `HTTP ${status}`}. The check and the job summary still report.`);
    return 'failed';
  }
}
