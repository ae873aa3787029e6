import * as github from '@actions/github';
import type { Scope } from './inputs.js';

export interface PullRequestScope {
  kind: 'pull_request';
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha: string;
  /** The number of files GitHub says the pull request changes. */
  changedFiles: number | undefined;
}

export type LintScope = PullRequestScope | { kind: 'all'; reason: string };

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** DESIGN §4: a pull request lints what it touches; every other event, or `scope: all`, lints every ticket. */
export function lintScope(scope: Scope): LintScope {
  const { context } = github;
  if (scope === 'all') return { kind: 'all', reason: "the 'scope' input is 'all'" };
  const pull = context.payload.pull_request;
  if (!PULL_REQUEST_EVENTS.has(context.eventName) || !pull) return { kind: 'all', reason: `the event is '${context.eventName}'` };
  const base = pull['base'] as { sha?: string } | undefined;
  const head = pull['head'] as { sha?: string } | undefined;
  const changed = pull['changed_files'];
  return {
    kind: 'pull_request',
    owner: context.repo.owner,
    repo: context.repo.repo,
    number: pull.number,
    baseSha: base?.sha ?? '',
    headSha: head?.sha ?? context.sha,
    changedFiles: typeof changed === 'number' ? changed : undefined,
  };
}
