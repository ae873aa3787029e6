import type { FileChange } from '../core/changed-tickets.js';
import { gitChanges, hasCommit } from '../host/git-host.js';
import type { PullRequestScope } from './event.js';
import { statusOf, type GitHubClient } from './octokit.js';

/** The REST API lists at most this many files of a pull request. */
export const API_FILE_LIMIT = 3000;

const STATUSES = new Set<FileChange['status']>(['added', 'modified', 'removed', 'renamed', 'copied', 'changed', 'unchanged']);

export type ChangedFiles = { changes: FileChange[]; source: 'api' | 'git' } | { changes: undefined; reason: string };

/**
 * DESIGN §4: the pull request's files from `pulls.listFiles` (100 a page); from `git diff base...HEAD`
 * when the API cannot list them all (over 3,000) or fails. Undefined changes, with the reason, when
 * neither can tell: the caller then lints every ticket rather than miss one.
 */
export async function pullRequestChanges(
  client: GitHubClient,
  pull: PullRequestScope,
  root: string,
  log: { info: (message: string) => void; warning: (message: string) => void },
): Promise<ChangedFiles> {
  let why: string;
  let apiFailed = false;
  try {
    const files = await client.paginate(client.rest.pulls.listFiles, {
      owner: pull.owner,
      repo: pull.repo,
      pull_number: pull.number,
      per_page: 100,
    });
    const complete = files.length < API_FILE_LIMIT && (pull.changedFiles === undefined || files.length >= pull.changedFiles);
    if (complete) {
      return {
        source: 'api',
        changes: files.map((file) => ({
          path: file.filename,
          status: STATUSES.has(file.status as FileChange['status']) ? (file.status as FileChange['status']) : 'changed',
          ...(file.previous_filename ? { previousPath: file.previous_filename } : {}),
        })),
      };
    }
    why = `the pull request changes ${pull.changedFiles ?? 'more than'} files and the API lists ${files.length}`;
  } catch (error) {
    apiFailed = true;
    const status = statusOf(error);
    why = `listing its files through the API failed (${status === undefined ? (error as Error).message : `HTTP ${status}`})`;
  }
  if (!pull.baseSha || !hasCommit(root, pull.baseSha)) {
    const reason =
      `${why}, and the checkout does not have the base commit ${pull.baseSha || '(unknown)'} to diff against ` +
      '(actions/checkout fetches one commit unless fetch-depth: 0); linting every ticket instead';
    log.warning(`ticket-lint: ${reason}.`);
    return { changes: undefined, reason };
  }
  const changes = gitChanges(root, [`${pull.baseSha}...HEAD`], { untracked: false });
  if (!changes) {
    const reason = `${why}, and git diff ${pull.baseSha}...HEAD failed; linting every ticket instead`;
    log.warning(`ticket-lint: ${reason}.`);
    return { changes: undefined, reason };
  }
  const report = apiFailed ? log.warning : log.info;
  report(`ticket-lint: ${why}; took the changed files from git diff ${pull.baseSha.slice(0, 12)}...HEAD instead.`);
  return { changes, source: 'git' };
}
