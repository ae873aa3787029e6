import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ACTIONS_BOT, FakeGitHub, type Fault, type PullFile } from '../helpers/fake-github.js';
import { git, makeGitRepository, removeTemporaryFolders, writeFiles } from '../helpers/git-repository.js';
import { pullRequestEvent, runBuiltAction, type ActionRun } from '../helpers/run-action.js';
import { runBuiltCli } from '../helpers/run-built.js';

afterAll(removeTemporaryFolders);

const code = (name: string) =>
  Array.from({ length: 30 }, (_, i) => `export function ${name}${i}(input: string): string { return input + '${name}'; }`).join('\n') + '\n';

/** A clean ticket pointing at `pointers`: enough words and two criteria, so only path problems show. */
function ticket(title: string, pointers: string[]): string {
  return [
    `# ${title}`,
    '',
    '## Goal',
    `${title}: the handler keeps working after the change and its tests say so in plain words.`,
    '',
    '## Context Pointers',
    ...pointers.map((pointer) => `- \`${pointer}\``),
    '',
    '## Acceptance Criteria',
    '- [ ] The handler answers as before',
    '- [ ] `npm test` passes',
    '',
  ].join('\n');
}

interface PullRequestRepository {
  workspace: string;
  baseSha: string;
  headSha: string;
}

/**
 * Base: five tickets and their files. Head: edits ticket a, adds b, removes src/old.ts (ticket c points
 * at it), renames src/legacy.ts to src/modern.ts (ticket d), removes ticket f; ticket e is untouched.
 */
function makePullRequestRepository(): PullRequestRepository {
  const workspace = makeGitRepository({
    'roadmap/a.md': ticket('Ticket a', ['src/login.ts']),
    'roadmap/c.md': ticket('Ticket c', ['src/old.ts']),
    'roadmap/d.md': ticket('Ticket d', ['src/legacy.ts']),
    'roadmap/e.md': ticket('Ticket e', ['src/login.ts']),
    'roadmap/f.md': ticket('Ticket f', ['src/login.ts']),
    'src/login.ts': code('login'),
    'src/old.ts': code('old'),
    'src/legacy.ts': code('legacy'),
  });
  const baseSha = git(workspace, 'rev-parse', 'HEAD').trim();
  writeFiles(workspace, { 'roadmap/a.md': ticket('Ticket a, edited', ['src/login.ts']), 'roadmap/b.md': ticket('Ticket b', ['src/modern.ts']) });
  rmSync(path.join(workspace, 'src/old.ts'));
  rmSync(path.join(workspace, 'roadmap/f.md'));
  renameSync(path.join(workspace, 'src/legacy.ts'), path.join(workspace, 'src/modern.ts'));
  git(workspace, 'add', '-A');
  git(workspace, 'commit', '-q', '-m', 'session tickets');
  return { workspace, baseSha, headSha: git(workspace, 'rev-parse', 'HEAD').trim() };
}

const PR_FILES: PullFile[] = [
  { filename: 'roadmap/a.md', status: 'modified' },
  { filename: 'roadmap/b.md', status: 'added' },
  { filename: 'roadmap/f.md', status: 'removed' },
  { filename: 'src/old.ts', status: 'removed' },
  { filename: 'src/modern.ts', status: 'renamed', previous_filename: 'src/legacy.ts' },
];


/** GitHub's answer when the primary rate limit is spent, resetting in `seconds`. */
const rateLimited = (seconds: number): Fault => ({
  status: 403,
  headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + seconds) },
  body: { message: 'API rate limit exceeded for installation ID 1.' },
});

let api: FakeGitHub;
let apiUrl: string;

beforeEach(async () => {
  api = new FakeGitHub();
  apiUrl = await api.start();
});

afterEach(async () => {
  await api.stop();
});

/** Runs the action on the pull request; whatever the API does, nothing may reach stderr (no unhandled rejection, no crash). */
async function runOnPullRequest(repository: PullRequestRepository, options: { changedFiles?: number; inputs?: Record<string, string> } = {}): Promise<ActionRun> {
  const run = await runBuiltAction({
    workspace: repository.workspace,
    eventName: 'pull_request',
    event: pullRequestEvent(repository.baseSha, repository.headSha, options.changedFiles ?? PR_FILES.length),
    inputs: options.inputs ?? {},
    env: { GITHUB_API_URL: apiUrl, GITHUB_SHA: repository.headSha, GITHUB_RUN_ID: '9001' },
  });
  expect(run.stderr).toBe('');
  expect(run.stdout).not.toMatch(/Unhandled|UnhandledPromiseRejection/);
  return run;
}

describe('the action on a pull request (built dist/index.js, loopback GitHub API)', () => {
  it('lints the tickets the pull request touches and those pointing at files it removed or renamed', async () => {
    const repository = makePullRequestRepository();
    api.files = PR_FILES;
    const run = await runOnPullRequest(repository);
    expect(api.routes).toEqual(['GET /repos/octo/roadmap/pulls/42/files']);
    expect(api.calls[0]?.path).toBe('/repos/octo/roadmap/pulls/42/files?per_page=100');
    expect(run.commands).toEqual([
      "::error title=ticket-lint(path-exists),file=roadmap/c.md,line=7,endLine=7,col=4::Path 'src/old.ts' does not exist: it was removed in this pull request",
      "::error title=ticket-lint(path-exists),file=roadmap/d.md,line=7,endLine=7,col=4::Path 'src/legacy.ts' does not exist: it was renamed to 'src/modern.ts' in this pull request",
      '::error::ticket-lint found 2 new errors and 0 new warnings in 4 tickets',
    ]);
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ errors: '2', warnings: '0', tickets: '4' });
    const report = JSON.parse(readFileSync(run.outputs['report'] ?? '', 'utf8')) as { tickets: Array<{ file: string }> };
    expect(report.tickets.map((t) => t.file)).toEqual(['roadmap/a.md', 'roadmap/b.md', 'roadmap/c.md', 'roadmap/d.md']);
    expect(run.summary).toContain(
      '**2 new errors, 0 new warnings** in 4 tickets; 0 problems already on `main`. Pull request \\#\u206042: 2 ticket files it adds or changes, and 2 pointing at files it removes or renames \\(of 5\\)\\.',
    );
    expect(run.summary).toContain(
      `| [roadmap/c\\.md:1](https://github.com/octo/roadmap/blob/${repository.headSha}/roadmap/c.md#L1) | Ticket c |`,
    );
    expect(run.summary).toContain(
      `- ❌ [line 7](https://github.com/octo/roadmap/blob/${repository.headSha}/roadmap/c.md#L7) Path 'src/old\\.ts' does not exist: it was removed in this pull request [\`path-exists\`](https://github.com/ticket-lint/ticket-lint/blob/main/docs/rules/path-exists.md)`,
    );
  });

  it('agrees with a plain run on main: the pointer at the file the pull request deleted is reported there too, with the commit that did it', async () => {
    const repository = makePullRequestRepository();
    api.files = PR_FILES;
    const onPullRequest = await runOnPullRequest(repository);
    const shortHead = git(repository.workspace, 'rev-parse', '--short', 'HEAD').trim();
    const date = git(repository.workspace, 'log', '-1', '--format=%as').trim();
    const onMain = runBuiltCli(['--format', 'json', 'roadmap/c.md', 'roadmap/d.md'], repository.workspace);
    const mainProblems = (JSON.parse(onMain.stdout) as { diagnostics: Array<{ file: string; line: number; rule: string; message: string }> }).diagnostics
      .filter((d) => d.rule === 'path-exists')
      .map((d) => `${d.file}:${d.line} ${d.message}`);
    expect(mainProblems).toEqual([
      `roadmap/c.md:7 Path 'src/old.ts' does not exist: it was deleted in ${shortHead} (${date}, 'session tickets'); drop it, or name the file that replaced it`,
      `roadmap/d.md:7 Path 'src/legacy.ts' does not exist: it was renamed to 'src/modern.ts' in ${shortHead} (${date}, 'session tickets'); point at the new path`,
    ]);
    const pullRequestPlaces = onPullRequest.commands.filter((command) => command.includes('path-exists')).map((command) => /file=([^,]+),line=(\d+)/.exec(command)?.slice(1).join(':'));
    expect(pullRequestPlaces).toEqual(mainProblems.map((problem) => problem.split(' ')[0]));
  });

  it('takes the files of a 3,500-file pull request from git diff, the API listing only 3,000', async () => {
    const repository = makePullRequestRepository();
    const many: Record<string, string> = {};
    for (let index = 0; index < 3_495; index += 1) many[`data/file-${String(index).padStart(4, '0')}.txt`] = `${index}\n`;
    writeFiles(repository.workspace, { ...many, 'roadmap/zz-late.md': ticket('Ticket late', ['src/missing.ts']) });
    git(repository.workspace, 'add', '-A');
    git(repository.workspace, 'commit', '-q', '-m', 'many files');
    repository.headSha = git(repository.workspace, 'rev-parse', 'HEAD').trim();
    // The API lists files in its own order; the ticket that matters comes after the first 3,000.
    api.files = [...Object.keys(many).map((filename) => ({ filename, status: 'added' })), ...PR_FILES, { filename: 'roadmap/zz-late.md', status: 'added' }];
    const run = await runOnPullRequest(repository, { changedFiles: api.files.length });
    expect(api.routes).toEqual(Array.from({ length: 30 }, () => 'GET /repos/octo/roadmap/pulls/42/files'));
    expect(run.stdout).toContain(
      `ticket-lint: the pull request changes 3501 files and the API lists 3000; took the changed files from git diff ${repository.baseSha.slice(0, 12)}...HEAD instead.`,
    );
    expect(run.commands).toContain(
      "::error title=ticket-lint(path-exists),file=roadmap/zz-late.md,line=7,endLine=7,col=4::Path 'src/missing.ts' does not exist; if the ticket creates it, mark it (new)",
    );
    expect(run.outputs).toMatchObject({ tickets: '5' });
  });

  it('warns and lints every ticket when a big pull request cannot be diffed: the base commit is not in the checkout', async () => {
    const repository = makePullRequestRepository();
    repository.baseSha = '1111111111111111111111111111111111111111';
    api.files = Array.from({ length: 3_000 }, (_, index) => ({ filename: `data/${index}.txt`, status: 'added' }));
    const run = await runOnPullRequest(repository, { changedFiles: 3_200 });
    expect(run.commands).toContain(
      '::warning::ticket-lint: the pull request changes 3200 files and the API lists 3000, and the checkout does not have the base commit ' +
        '1111111111111111111111111111111111111111 to diff against (actions/checkout fetches one commit unless fetch-depth: 0); linting every ticket instead.',
    );
    expect(run.outputs).toMatchObject({ tickets: '5' });
    expect(run.summary).toContain('every ticket was linted because');
  });

  it('keeps one sticky comment: created on the first run, updated on a rerun, all clear once fixed', async () => {
    const repository = makePullRequestRepository();
    api.files = PR_FILES;
    api.comments = [{ id: 7, body: 'Looks good to me' }];
    const first = await runOnPullRequest(repository, { inputs: { comment: 'true' } });
    expect(first.stdout).toContain('ticket-lint: pull-request comment created.');
    expect(api.comments).toHaveLength(2);
    expect(api.comments[1]?.body).toMatch(/^<!-- ticket-lint:sticky-comment -->\n### ticket-lint\n\n\*\*2 errors, 0 warnings\*\* in 4 tickets/);

    writeFiles(repository.workspace, { 'roadmap/c.md': ticket('Ticket c', ['src/login.ts']) });
    git(repository.workspace, 'commit', '-q', '-am', 'fix c');
    api.files = [...PR_FILES, { filename: 'roadmap/c.md', status: 'modified' }];
    const second = await runOnPullRequest(repository, { inputs: { comment: 'true' } });
    expect(second.stdout).toContain('ticket-lint: pull-request comment updated.');
    expect(api.comments).toHaveLength(2);
    expect(api.comments[1]?.body).toContain('**1 error, 0 warnings** in 4 tickets');

    writeFiles(repository.workspace, { 'roadmap/d.md': ticket('Ticket d', ['src/modern.ts']) });
    git(repository.workspace, 'commit', '-q', '-am', 'fix d');
    api.files = [...PR_FILES, { filename: 'roadmap/c.md', status: 'modified' }, { filename: 'roadmap/d.md', status: 'modified' }];
    const third = await runOnPullRequest(repository, { inputs: { comment: 'true' } });
    expect(third.status).toBe(0);
    expect(api.comments).toHaveLength(2);
    expect(api.comments[1]?.body).toBe(
      '<!-- ticket-lint:sticky-comment -->\n### ticket-lint\n\n✅ All clear: 4 tickets linted, no problems. ([run](https://github.com/octo/roadmap/actions/runs/9001))\n',
    );
    expect(api.routes.filter((route) => route.startsWith('POST'))).toEqual(['POST /repos/octo/roadmap/issues/42/comments']);
    expect(api.routes.filter((route) => route.startsWith('PATCH'))).toEqual([
      'PATCH /repos/octo/roadmap/issues/comments/1000',
      'PATCH /repos/octo/roadmap/issues/comments/1000',
    ]);
  });

  it('F31: a pull request that deletes a pointed-at folder and a depended-on ticket fails on the tickets it left broken', async () => {
    const workspace = makeGitRepository({
      'roadmap/nine.md': ticket('Ticket nine', ['src/login.ts']).replace('# Ticket nine', '---\nid: T-9\n---\n# Ticket nine'),
      'roadmap/folder.md': ticket('Ticket folder', ['src/legacy/']).replace('# Ticket folder', '---\nid: T-1\ndepends_on: [T-9]\n---\n# Ticket folder'),
      'src/login.ts': code('login'),
      'src/legacy/old.ts': code('old'),
    });
    const baseSha = git(workspace, 'rev-parse', 'HEAD').trim();
    rmSync(path.join(workspace, 'src/legacy'), { recursive: true });
    rmSync(path.join(workspace, 'roadmap/nine.md'));
    git(workspace, 'add', '-A');
    git(workspace, 'commit', '-q', '-m', 'drop the legacy code and ticket nine');
    api.files = [
      { filename: 'roadmap/nine.md', status: 'removed' },
      { filename: 'src/legacy/old.ts', status: 'removed' },
    ];
    const run = await runOnPullRequest({ workspace, baseSha, headSha: git(workspace, 'rev-parse', 'HEAD').trim() }, { changedFiles: 2 });
    expect(run.commands.filter((command) => command.startsWith('::error title'))).toEqual([
      "::error title=ticket-lint(depends-on),file=roadmap/folder.md,line=3,endLine=3::Dependency 'T-9' is no ticket's id; expected the id of an existing ticket",
      expect.stringMatching(
        /^::error title=ticket-lint\(path-exists\),file=roadmap\/folder\.md,line=11,endLine=11,col=4::Path 'src\/legacy\/' does not exist: it was deleted in [0-9a-f]{7,} \(\d{4}-\d\d-\d\d, 'drop the legacy code and ticket nine'\); drop it, or name the file that replaced it$/,
      ),
    ]);
    expect(run.status).toBe(1);
  });

  it('F28: leaves a person\'s comment that holds the marker alone and updates its own', async () => {
    const repository = makePullRequestRepository();
    api.files = PR_FILES;
    const planted = 'I think this PR is great <!-- ticket-lint:sticky-comment -->';
    const impostor = '<!-- ticket-lint:sticky-comment -->\n### ticket-lint\n\nwritten by a person';
    api.comments = [
      { id: 5, body: planted, user: { login: 'mallory', type: 'User' } },
      { id: 6, body: impostor, user: { login: 'mallory', type: 'User' } },
      { id: 8, body: '<!-- ticket-lint:sticky-comment -->\n### ticket-lint\n\nold', user: ACTIONS_BOT },
    ];
    const run = await runOnPullRequest(repository, { inputs: { comment: 'true' } });
    expect(run.stdout).toContain('ticket-lint: pull-request comment updated.');
    expect(api.routes.filter((route) => !route.startsWith('GET'))).toEqual(['PATCH /repos/octo/roadmap/issues/comments/8']);
    expect(api.comments.map((comment) => comment.body)).toEqual([planted, impostor, expect.stringMatching(/^<!-- ticket-lint:sticky-comment -->\n### ticket-lint\n\n\*\*2 errors/)]);
  });

  it('F29: ticket text reaches the comment and the summary with no live mention, reference, math or bidi control', async () => {
    const repository = makePullRequestRepository();
    const hostile = ticket('Ticket a cc @acme/security-team see #123 $x$ \u202Eevil\u200B', ['src/missing-@octocat.ts']);
    writeFiles(repository.workspace, { 'roadmap/a.md': hostile });
    git(repository.workspace, 'commit', '-q', '-am', 'a hostile title');
    const headSha = git(repository.workspace, 'rev-parse', 'HEAD').trim();
    api.files = PR_FILES;
    const run = await runOnPullRequest({ ...repository, headSha }, { inputs: { comment: 'true' } });
    const [comment] = api.comments.map((posted) => posted.body);
    for (const text of [comment ?? '', run.summary]) {
      expect(text).toContain('@\u2060octocat');
      expect(text).not.toMatch(/@(?!\u2060)[\w-]/);
      expect(text).not.toMatch(/(?<!\\)#(?!\u2060)\d/);
      expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B]/);
    }
    expect(comment).toContain('@\u2060acme/security\\-team');
  });

  it('F34: scope all on a pull request lints every ticket and still keeps the comment', async () => {
    const repository = makePullRequestRepository();
    api.files = PR_FILES;
    const run = await runOnPullRequest(repository, { inputs: { scope: 'all', comment: 'true' } });
    expect(run.stdout).toContain('ticket-lint: pull-request comment created.');
    expect(api.routes.filter((route) => route.startsWith('POST'))).toEqual(['POST /repos/octo/roadmap/issues/42/comments']);
    expect(run.outputs).toMatchObject({ tickets: '5' });
  });

  it('F39: a pull request payload without a number lints every ticket and says why, never "#undefined"', async () => {
    const repository = makePullRequestRepository();
    api.files = PR_FILES;
    const event = pullRequestEvent(repository.baseSha, repository.headSha, PR_FILES.length);
    delete event.number;
    delete event.pull_request.number;
    const run = await runBuiltAction({
      workspace: repository.workspace,
      eventName: 'pull_request',
      event,
      inputs: { comment: 'true' },
      env: { GITHUB_API_URL: apiUrl, GITHUB_SHA: repository.headSha, GITHUB_RUN_ID: '9001' },
    });
    expect(run.stderr).toBe('');
    expect(`${run.stdout}${run.summary}`).not.toContain('undefined');
    expect(run.summary).toContain("in 5 tickets. Every ticket was linted: the 'pull\\_request' event names no pull request number\\.");
    expect(api.routes).toEqual([]);
    expect(run.outputs).toMatchObject({ tickets: '5' });
  });

  it('warns on a 403 from the comments API (a fork token) and still reports the check', async () => {
    const repository = makePullRequestRepository();
    api.files = PR_FILES;
    api.fail('list-comments', { status: 403, body: { message: 'Resource not accessible by integration' } });
    const run = await runOnPullRequest(repository, { inputs: { comment: 'true' } });
    expect(run.commands).toContain(
      "::warning::ticket-lint could not write the pull-request comment (HTTP 403): the token lacks 'pull-requests: write' (a pull request from a fork gets a read-only token). The check and the job summary still report.",
    );
    expect(run.commands.at(-1)).toBe('::error::ticket-lint found 2 new errors and 0 new warnings in 4 tickets');
    expect(run.status).toBe(1);
    expect(run.summary).toContain('## ticket-lint');
    expect(api.routes.filter((route) => !route.startsWith('GET'))).toEqual([]);
  });

  it('retries a 5xx from the API and lints as usual', async () => {
    const repository = makePullRequestRepository();
    api.files = PR_FILES;
    api.fail('files', { status: 502, body: { message: 'Server Error' } });
    const run = await runOnPullRequest(repository);
    expect(api.routes).toEqual(['GET /repos/octo/roadmap/pulls/42/files', 'GET /repos/octo/roadmap/pulls/42/files']);
    expect(run.outputs).toMatchObject({ errors: '2', tickets: '4' });
    expect(run.commands.filter((command) => command.startsWith('::warning'))).toEqual([]);
  });

  it('waits out a rate limit and then lints as usual', async () => {
    const repository = makePullRequestRepository();
    api.files = PR_FILES;
    api.fail('files', rateLimited(0));
    const run = await runOnPullRequest(repository);
    // The wait is the seconds until x-ratelimit-reset, plus one: 0 to 2 here, by how fast the runner is.
    expect(run.stdout).toContain(`GitHub rate limit on GET ${apiUrl}/repos/octo/roadmap/pulls/42/files?per_page=100; retrying in `);
    expect(api.routes).toEqual(['GET /repos/octo/roadmap/pulls/42/files', 'GET /repos/octo/roadmap/pulls/42/files']);
    expect(run.outputs).toMatchObject({ errors: '2', tickets: '4' });
  });

  const gitFallback = (repository: PullRequestRepository, why: string) =>
    `::warning::ticket-lint: listing its files through the API failed (${why}); took the changed files from git diff ${repository.baseSha.slice(0, 12)}...HEAD instead.`;

  it('F16: a stalled files listing ends at api-timeout and git diff answers, with a warning naming the cause', async () => {
    const repository = makePullRequestRepository();
    api.fail('files', { status: 200, hang: true });
    const started = Date.now();
    const run = await runOnPullRequest(repository, { inputs: { 'api-timeout': '2' } });
    // The timeout plus the few seconds a run takes anyway; the stalled request would hold it for 300 s.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.commands[0]).toBe(gitFallback(repository, "no answer within 2 s ('api-timeout')"));
    expect(run.outputs).toMatchObject({ errors: '2', tickets: '4' });
  }, 30_000);

  it('F16: a stalled comments API ends at api-timeout: the comment is skipped with a warning, the check still reports', async () => {
    const repository = makePullRequestRepository();
    api.files = PR_FILES;
    api.fail('list-comments', { status: 200, hang: true });
    const run = await runOnPullRequest(repository, { inputs: { comment: 'true', 'api-timeout': '2' } });
    expect(run.commands).toContain("::warning::ticket-lint could not write the pull-request comment: no answer within 2 s ('api-timeout'). The check and the job summary still report.");
    expect(run.commands.at(-1)).toBe('::error::ticket-lint found 2 new errors and 0 new warnings in 4 tickets');
  }, 30_000);

  it('F15: a rate limit that resets in an hour is not waited for: git diff answers', async () => {
    const repository = makePullRequestRepository();
    api.fail('files', rateLimited(3600));
    const started = Date.now();
    const run = await runOnPullRequest(repository);
    // A few seconds of a run, not the hour: the acceptance criterion of issue 19.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.stdout).toMatch(/GitHub rate limit on GET \S+\/pulls\/42\/files\?per_page=100; not waiting 360\d s/);
    expect(run.commands[0]).toBe(gitFallback(repository, 'HTTP 403, rate limit'));
    expect(run.outputs).toMatchObject({ errors: '2', tickets: '4' });
  }, 30_000);

  it('F15: a secondary rate limit asking for 999,999 s is not waited for: git diff answers, with a warning', async () => {
    const repository = makePullRequestRepository();
    const secondary: Fault = { status: 403, headers: { 'retry-after': '999999' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } };
    api.fail('files', secondary);
    const started = Date.now();
    const run = await runOnPullRequest(repository);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.stdout).toMatch(/GitHub secondary rate limit on GET \S+\/pulls\/42\/files\?per_page=100; not waiting 999999 s/);
    expect(run.commands[0]).toBe(gitFallback(repository, 'HTTP 403, rate limit'));
    expect(run.outputs).toMatchObject({ errors: '2', tickets: '4' });
  }, 30_000);

  it('F15: a rate limit spent before the comment skips the comment with a warning naming it; the check still reports', async () => {
    const repository = makePullRequestRepository();
    api.files = PR_FILES;
    api.fail('list-comments', rateLimited(3600));
    const started = Date.now();
    const run = await runOnPullRequest(repository, { inputs: { comment: 'true' } });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.commands.filter((command) => command.startsWith('::warning'))).toEqual([
      '::warning::ticket-lint could not write the pull-request comment: HTTP 403, rate limit. The check and the job summary still report.',
    ]);
    expect(run.commands.at(-1)).toBe('::error::ticket-lint found 2 new errors and 0 new warnings in 4 tickets');
    expect(run.outputs).toMatchObject({ errors: '2', tickets: '4' });
  }, 30_000);

  it('F17: a listing whose pages never end is read to GitHub\'s 30 pages and no further', async () => {
    const repository = makePullRequestRepository();
    api.files = PR_FILES;
    api.endlessPages = true;
    const run = await runOnPullRequest(repository);
    expect(api.routes.filter((route) => route.endsWith('/pulls/42/files'))).toHaveLength(30);
    expect(run.outputs).toMatchObject({ errors: '2', tickets: '4' });
  }, 30_000);

  it('F36: a file the API names with U+FFFD (its name is not UTF-8) is taken from git diff, which names it as the checkout does', async () => {
    const repository = makePullRequestRepository();
    const bytes = Buffer.concat([Buffer.from(path.join(repository.workspace, 'roadmap/caf')), Buffer.from([0xe9]), Buffer.from('.md')]);
    writeFileSync(bytes, ticket('Ticket caf', ['src/login.ts']));
    git(repository.workspace, 'add', '-A');
    git(repository.workspace, 'commit', '-q', '-m', 'a ticket whose name is Latin-1');
    const headSha = git(repository.workspace, 'rev-parse', 'HEAD').trim();
    api.files = [...PR_FILES, { filename: 'roadmap/caf\uFFFD.md', status: 'added' }];
    const run = await runOnPullRequest({ ...repository, headSha }, { changedFiles: PR_FILES.length + 1 });
    expect(run.stdout).toContain(`ticket-lint: the API names a file whose name is not UTF-8 (U+FFFD stands for its odd bytes); took the changed files from git diff ${repository.baseSha.slice(0, 12)}...HEAD instead.`);
    expect(run.commands.filter((command) => command.includes('ticket-file'))).toEqual([
      '::error title=ticket-lint(ticket-file),file=roadmap/caf\\351.md,line=1,endLine=1::The file name is not UTF-8 (its odd bytes are shown escaped); ticket-lint cannot read it: rename it in UTF-8',
    ]);
    expect(run.outputs).toMatchObject({ errors: '3', tickets: '4' });
  }, 30_000);

  it('F33: a 200 that is not a list is an API failure, not "nothing changed"', async () => {
    const repository = makePullRequestRepository();
    api.fail('files', { status: 200, body: { message: 'not a list' } });
    const run = await runOnPullRequest(repository);
    expect(run.commands[0]).toBe(gitFallback(repository, 'the API answered with something other than a list'));
    expect(run.outputs).toMatchObject({ errors: '2', tickets: '4' });
  }, 30_000);

  it('falls back to git diff, with a warning, when the API cannot list the files (404)', async () => {
    const repository = makePullRequestRepository();
    api.fail('files', { status: 404, body: { message: 'Not Found' } });
    const run = await runOnPullRequest(repository);
    expect(run.commands[0]).toBe(
      `::warning::ticket-lint: listing its files through the API failed (HTTP 404); took the changed files from git diff ${repository.baseSha.slice(0, 12)}...HEAD instead.`,
    );
    expect(run.outputs).toMatchObject({ errors: '2', tickets: '4' });
  });

  it('falls back to git diff, with a warning, when the github-token input is empty', async () => {
    const repository = makePullRequestRepository();
    const run = await runOnPullRequest(repository, { inputs: { 'github-token': '', comment: 'true' } });
    expect(api.calls).toEqual([]);
    expect(run.commands.filter((command) => command.startsWith('::warning'))).toEqual([
      `::warning::ticket-lint: the 'github-token' input is empty, so the API cannot list its files; took the changed files from git diff ${repository.baseSha.slice(0, 12)}...HEAD instead.`,
      "::warning::ticket-lint could not write the pull-request comment: the 'github-token' input is empty.",
    ]);
    expect(run.outputs).toMatchObject({ errors: '2', tickets: '4' });
  });
});

