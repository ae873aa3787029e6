import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

const RATE_LIMIT_RETRIES = 2;

/**
 * Octokit for the action's few calls, with the plugins that retry server errors (with backoff) and
 * wait out rate limits. The base URL comes from GITHUB_API_URL, as on GitHub Enterprise.
 */
export function createClient(token: string, log: (message: string) => void): GitHubClient {
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
      const willRetry = retryCount < RATE_LIMIT_RETRIES;
      log(`GitHub ${kind} on ${options.method ?? 'GET'} ${options.url ?? ''}; ${willRetry ? `retrying in ${retryAfter} s` : 'giving up'}`);
      return willRetry;
    };
  return getOctokit(
    token,
    { throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') } },
    retry,
    throttling,
  );
}

/** The HTTP status of a failed API call, if it was one. */
export function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;
}
