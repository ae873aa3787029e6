import type { TicketRequest, TicketSelection } from '../app/select-tickets.js';
import { plural } from '../core/text/wording.js';
import type { LintScope } from './event.js';
import type { GitHubClient } from './octokit.js';
import { pullRequestChanges } from './pull-request-files.js';

export interface ActionRequest {
  request: TicketRequest;
  /** One sentence for the job summary: what was linted and why. */
  describe(selection: TicketSelection): string;
}

/** What the action lints: on a pull request, what it changed (every ticket when that cannot be told); else every ticket. */
export async function actionRequest(
  scope: LintScope,
  client: GitHubClient | undefined,
  root: string,
  log: { info: (message: string) => void; warning: (message: string) => void },
  timeoutMs: number,
): Promise<ActionRequest> {
  if (scope.kind === 'all') return { request: { kind: 'every-ticket' }, describe: () => `Every ticket was linted: ${scope.reason}.` };
  const changed = await pullRequestChanges(client, scope, root, log, timeoutMs);
  if (!changed.changes) {
    return { request: { kind: 'every-ticket' }, describe: () => `Pull request #${scope.number}: every ticket was linted because ${changed.reason}.` };
  }
  return {
    request: { kind: 'changes', changes: changed.changes, where: 'in this pull request' },
    describe: (selection) => {
      const affected = selection.affected > 0 ? `, and ${selection.affected} pointing at files it removes or renames` : '';
      return `Pull request #${scope.number}: ${plural(selection.changed, 'ticket file')} it adds or changes${affected} (of ${selection.everyTicket.length}).`;
    },
  };
}
