import type { TicketRequest, TicketSelection } from '../app/select-tickets.js';
import { plural } from '../core/text/wording.js';
import type { LintScope } from './event.js';
import type { GitHubClient } from './octokit.js';
import { pullRequestChanges } from './pull-request-files.js';
import { hasCommit, mergeBase } from '../host/git-host.js';
import type { GitWorkTree } from '../host/work-tree.js';

export interface ActionRequest {
  request: TicketRequest;
  /** The commit whose problems count as existing (a pull request's base, as checked out). */
  base?: string;
  /** Why there is no base to compare with, when one was wanted. */
  baseUnavailable?: string;
  /** One sentence for the job summary: what was linted and why. */
  describe(selection: TicketSelection): string;
}

/** What the action lints: on a pull request, what it changed (every ticket when that cannot be told); else every ticket. */
export async function actionRequest(
  scope: LintScope,
  client: GitHubClient | undefined,
  workTree: GitWorkTree,
  log: { info: (message: string) => void; warning: (message: string) => void },
  timeoutMs: number,
  onlyNew = true,
): Promise<ActionRequest> {
  const { root } = workTree;
  if (scope.kind === 'all') return { request: { kind: 'every-ticket' }, describe: () => `Every ticket was linted: ${scope.reason}.` };
  const changed = await pullRequestChanges(client, scope, root, log, timeoutMs);
  if (!changed.changes) {
    return { request: { kind: 'every-ticket' }, describe: () => `Pull request #${scope.number}: every ticket was linted because ${changed.reason}.` };
  }
  const baseKnown = scope.baseSha !== '' && hasCommit(root, scope.baseSha);
  // The checkout is the merge commit, or the head when a workflow asks for it: either way the problems
  // that were already there are those of where the branch left its base.
  const base = baseKnown ? (mergeBase(root, scope.baseSha, 'HEAD') ?? scope.baseSha) : undefined;
  const comparison = !onlyNew
    ? {}
    : base !== undefined
      ? { base }
      : { baseUnavailable: `the checkout does not have the base commit ${scope.baseSha || '(unknown)'} (actions/checkout fetches one commit unless fetch-depth: 0)` };
  return {
    ...comparison,
    request: {
      kind: 'changes',
      changes: changed.changes,
      where: 'in this pull request',
      ...(base !== undefined ? { linesOf: (file: string) => workTree.changedLines(base, file), baseText: (file: string) => workTree.textAt(base, file) } : {}),
    },
    describe: (selection) => {
      const affected = selection.affected > 0 ? `, and ${selection.affected} pointing at files it removes or renames` : '';
      return `Pull request #${scope.number}: ${plural(selection.changed, 'ticket file')} it adds or changes${affected} (of ${selection.everyTicket.length}).`;
    },
  };
}
