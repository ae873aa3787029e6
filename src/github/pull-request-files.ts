import type { FileChange } from '../core/collect/changed-tickets.js';
import { changedLinesOf } from '../core/collect/diff-hunks.js';
import { changesInFolder } from '../core/collect/changes-in-folder.js';
import { gitChanges, hasCommit, repositoryFolder } from '../host/git-host.js';
import type { PullRequestScope } from './event.js';
import { boundedPages, describeFailure, withDeadline, type GitHubClient } from './octokit.js';

/** The REST API lists at most this many files of a pull request. */
export const API_FILE_LIMIT = 3000;

const STATUSES = new Set<FileChange['status']>(['added', 'modified', 'removed', 'renamed', 'copied', 'changed', 'unchanged']);

export type ChangedFiles = { changes: FileChange[]; source: 'api' | 'git' } | { changes: undefined; reason: string };

/**
 * The pull request's files from `pulls.listFiles` (100 a page); from `git diff base...HEAD` when the
 * API cannot list them all (over 3,000), names one that is not UTF-8, or fails. Undefined changes, with the reason, when neither
 * can tell: the caller then lints every ticket rather than miss one (docs/pull-requests.md).
 */
export async function pullRequestChanges(
  client: GitHubClient | undefined,
  pull: PullRequestScope,
  root: string,
  log: { info: (message: string) => void; warning: (message: string) => void },
  timeoutMs: number,
): Promise<ChangedFiles> {
  const listed = await listFromApi(client, pull, timeoutMs);
  // The API names files from the repository's top level; the lint, from its root.
  if ('changes' in listed) return { source: 'api', changes: changesInFolder(listed.changes, repositoryFolder(root)) };
  const { why, failed } = listed;
  if (!pull.baseSha || !hasCommit(root, pull.baseSha)) {
    const reason =
      `${why}, and the checkout does not have the base commit ${pull.baseSha || '(unknown)'} to diff against ` +
      '(actions/checkout fetches one commit unless fetch-depth: 0); linting every ticket instead';
    log.warning(`ticket-lint: ${reason}.`);
    return { changes: undefined, reason };
  }
  const changes = gitChanges(root, [`${pull.baseSha}...HEAD`]);
  if (!changes) {
    const reason = `${why}, and git diff ${pull.baseSha}...HEAD failed; linting every ticket instead`;
    log.warning(`ticket-lint: ${reason}.`);
    return { changes: undefined, reason };
  }
  // A pull request too big for the API is expected to take this path; a failing API is worth a warning.
  (failed ? log.warning : log.info)(`ticket-lint: ${why}; took the changed files from git diff ${pull.baseSha.slice(0, 12)}...HEAD instead.`);
  return { changes, source: 'git' };
}

/** The changed files if the API lists them all; else why not, and whether the API failed. */
async function listFromApi(
  client: GitHubClient | undefined,
  pull: PullRequestScope,
  timeoutMs: number,
): Promise<{ changes: FileChange[] } | { why: string; failed: boolean }> {
  if (!client) return { why: "the 'github-token' input is empty, so the API cannot list its files", failed: true };
  try {
    type ListedFile = { filename?: unknown; status?: unknown; previous_filename?: unknown; patch?: unknown };
    const files = await withDeadline(timeoutMs, (signal) =>
      client.paginate(client.rest.pulls.listFiles, { owner: pull.owner, repo: pull.repo, pull_number: pull.number, per_page: 100, request: { signal } }, boundedPages<ListedFile>()),
    );
    if (files.some((file) => typeof file.filename !== 'string' || file.filename === '')) throw new Error('the API listed a file without a name');
    // JSON carries text: a name whose bytes are not UTF-8 comes with U+FFFD in place of its odd bytes and
    // can match no name of the checkout, which git lists by its bytes (escaped as git quotes them).
    if (files.some((file) => [file.filename, file.previous_filename].some((name) => typeof name === 'string' && name.includes('\uFFFD')))) {
      return { why: 'the API names a file whose name is not UTF-8 (U+FFFD stands for its odd bytes)', failed: false };
    }
    const complete = files.length < API_FILE_LIMIT && (pull.changedFiles === undefined || files.length >= pull.changedFiles);
    if (!complete) return { why: `the pull request changes ${pull.changedFiles ?? 'more than'} files and the API lists ${files.length}`, failed: false };
    return {
      changes: files.map((file) => ({
        path: file.filename as string,
        status: STATUSES.has(file.status as FileChange['status']) ? (file.status as FileChange['status']) : 'changed',
        ...(typeof file.previous_filename === 'string' && file.previous_filename !== '' ? { previousPath: file.previous_filename } : {}),
        // GitHub leaves the patch out of a big diff: the whole file is then the change.
        ...(typeof file.patch === 'string' ? { changedLines: changedLinesOf(file.patch) } : {}),
      })),
    };
  } catch (error) {
    return { why: `listing its files through the API failed (${describeFailure(error)})`, failed: true };
  }
}
