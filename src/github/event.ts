import type { ActionSettings } from './inputs.js';

export interface PullRequestScope {
  kind: 'pull_request';
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  /** The base branch's name (`main`), for sentences. */
  baseRef: string;
  headSha: string;
  /** The number of files GitHub says the pull request changes. */
  changedFiles: number | undefined;
}

export type LintScope = PullRequestScope | { kind: 'all'; reason: string };

/** The pull request of the event, whatever the scope: `scope: all` on a pull request still comments there. */
export function pullRequestOf({ event }: Pick<ActionSettings, 'event'>): PullRequestScope | undefined {
  return event.pullRequest && hasNumber(event.pullRequest) ? { kind: 'pull_request', owner: event.owner, repo: event.repo, ...event.pullRequest } : undefined;
}

/** A pull request lints what it touches (docs/pull-requests.md); every other event, or `scope: all`, lints every ticket. */
export function lintScope({ scope, event }: Pick<ActionSettings, 'scope' | 'event'>): LintScope {
  if (scope === 'all') return { kind: 'all', reason: "the 'scope' input is 'all'" };
  if (event.pullRequest && !hasNumber(event.pullRequest)) return { kind: 'all', reason: `the '${event.name}' event names no pull request number` };
  return pullRequestOf({ event }) ?? { kind: 'all', reason: `the event is '${event.name}'` };
}

/** The event payload is GitHub's, read as it comes: a pull request without a number cannot be listed or commented on. */
function hasNumber(pull: { number: unknown }): boolean {
  return typeof pull.number === 'number' && Number.isSafeInteger(pull.number) && pull.number > 0;
}
