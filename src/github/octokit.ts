import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

const RATE_LIMIT_RETRIES = 2;
/** The longest rate-limit wait worth it: past this, git answers sooner than the API would. */
const RATE_LIMIT_WAIT_SECONDS = 20;

/**
 * Octokit for the action's few calls, with the plugins that retry server errors (with backoff) and
 * wait out short rate limits. Time is bounded per operation by withDeadline, whose signal every call
 * carries. The base URL comes from GITHUB_API_URL, as on GitHub Enterprise.
 */
export function createClient(token: string, log: (message: string) => void): GitHubClient {
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
      const willRetry = retryCount < RATE_LIMIT_RETRIES && retryAfter <= RATE_LIMIT_WAIT_SECONDS;
      const why = retryCount < RATE_LIMIT_RETRIES ? `not waiting ${retryAfter} s` : 'giving up';
      log(`GitHub ${kind} on ${options.method ?? 'GET'} ${options.url ?? ''}; ${willRetry ? `retrying in ${retryAfter} s` : why}`);
      return willRetry;
    };
  return getOctokit(
    token,
    { throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') } },
    retry,
    throttling,
  );
}

/** Thrown when the API did not finish an operation in time. */
export class ApiTimeout extends Error {}

/**
 * `work` against a deadline: the requests it makes get `signal`, aborted when the time is up, and the
 * promise rejects with ApiTimeout then, whatever retries the plugins had planned.
 */
export async function withDeadline<T>(timeoutMs: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new ApiTimeout(`no answer within ${Math.round(timeoutMs / 1000)} s ('api-timeout')`);
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  try {
    return await Promise.race([work(controller.signal), expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** Pages of a listing GitHub gives at most (pulls.listFiles: 3,000 files, 100 a page); a `next` link past it is not followed. */
export const MAX_PAGES = 30;

/** A paginate map function that stops after MAX_PAGES and refuses a page that is not a list. */
export function boundedPages<T>(): (response: { data: unknown }, done: () => void) => T[] {
  let pages = 0;
  return (response, done) => {
    if (!Array.isArray(response.data)) throw new Error('the API answered with something other than a list');
    pages += 1;
    if (pages >= MAX_PAGES) done();
    return response.data as T[];
  };
}

/**
 * Why an API call failed, for a warning: the timeout's own message, `HTTP 403, rate limit` when GitHub
 * refused for a spent rate limit (429, or 403 with no requests remaining or a rate-limit message), else
 * `HTTP <status>`, else the error's message.
 */
export function describeFailure(error: unknown): string {
  const status = error instanceof ApiTimeout ? undefined : statusOf(error);
  if (status === undefined) return error instanceof Error ? error.message : String(error);
  return isRateLimit(error, status) ? `HTTP ${status}, rate limit` : `HTTP ${status}`;
}

/** True when a failed call was refused for a spent rate limit rather than for what it asked. */
export function isRateLimit(error: unknown, status = statusOf(error)): boolean {
  if (status === 429) return true;
  if (status !== 403 || typeof error !== 'object' || error === null || !('response' in error)) return false;
  const response = error.response as { headers?: Record<string, unknown>; data?: { message?: unknown } } | undefined;
  const message = response?.data?.message;
  return response?.headers?.['x-ratelimit-remaining'] === '0' || (typeof message === 'string' && /rate limit/i.test(message));
}

/** The HTTP status of a failed API call, if it was one. */
export function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;
}
