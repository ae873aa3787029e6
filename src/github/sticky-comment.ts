import type { Report } from '../core/engine/report.js';
import { COMMENT_MARKER } from '../output/comment.js';
import type { PullRequestScope } from './event.js';
import { ApiTimeout, boundedPages, describeFailure, isRateLimit, statusOf, withDeadline, type GitHubClient } from './octokit.js';

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'skipped' | 'forbidden' | 'failed';

/**
 * Keeps one comment on the pull request, a bot's comment that opens with the marker, edited in place on every run; none
 * is created while there is nothing to say. A 403 (a fork's read-only token) is reported to `warn`
 * and is not an error: the check still reports.
 */
export async function upsertComment(
  client: GitHubClient,
  pull: PullRequestScope,
  body: string,
  report: Report,
  warn: (message: string) => void,
  timeoutMs: number,
): Promise<CommentOutcome> {
  try {
    return await withDeadline(timeoutMs, (signal) => writeComment(client, pull, body, report, signal));
  } catch (error) {
    const status = error instanceof ApiTimeout ? undefined : statusOf(error);
    if ((status === 403 || status === 404) && !isRateLimit(error, status)) {
      warn(
        `ticket-lint could not write the pull-request comment (HTTP ${status}): the token lacks 'pull-requests: write' ` +
          '(a pull request from a fork gets a read-only token). The check and the job summary still report.',
      );
      return 'forbidden';
    }
    warn(`ticket-lint could not write the pull-request comment: ${describeFailure(error)}. The check and the job summary still report.`);
    return 'failed';
  }
}

async function writeComment(client: GitHubClient, pull: PullRequestScope, body: string, report: Report, signal: AbortSignal): Promise<CommentOutcome> {
  type ListedComment = { id: number; body?: string; user?: { type?: string } | null };
  const comments = await client.paginate(
    client.rest.issues.listComments,
    { owner: pull.owner, repo: pull.repo, issue_number: pull.number, per_page: 100, request: { signal } },
    boundedPages<ListedComment>(),
  );
  // Anyone can write the marker into a comment; only a bot's comment that opens with it is ours.
  const existing = comments.find((comment) => comment.user?.type === 'Bot' && comment.body?.startsWith(COMMENT_MARKER));
  if (existing) {
    if (existing.body === body) return 'unchanged';
    await client.rest.issues.updateComment({ owner: pull.owner, repo: pull.repo, comment_id: existing.id, body, request: { signal } });
    return 'updated';
  }
  if (report.counts.errors + report.counts.warnings === 0) return 'skipped';
  await client.rest.issues.createComment({ owner: pull.owner, repo: pull.repo, issue_number: pull.number, body, request: { signal } });
  return 'created';
}
