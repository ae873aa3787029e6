import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { FakeGitHub } from '../helpers/fake-github.js';
import { git, makeGitRepository, removeTemporaryFolders, writeFiles } from '../helpers/git-repository.js';
import { pullRequestEvent, runBuiltAction } from '../helpers/run-action.js';
import { GOOD, LOGIN_SOURCE } from '../helpers/tickets.js';

afterAll(removeTemporaryFolders);

const VAGUE = GOOD.replace('and password,', 'and password somehow,');

let api: FakeGitHub;
let apiUrl: string;

beforeEach(async () => {
  api = new FakeGitHub();
  apiUrl = await api.start();
});

afterEach(async () => {
  await api.stop();
});

describe("the action's working-directory, max-warnings and config mistakes (built dist/index.js)", () => {
  it('lints a folder of a monorepo: its config, its paths, annotations and links from the repository top level', async () => {
    const workspace = makeGitRepository({
      'packages/app/.ticket-lint.yml': 'rules:\n  vague-language: error\n',
      'packages/app/roadmap/login.md': VAGUE,
      'packages/app/src/login.ts': LOGIN_SOURCE,
      'roadmap/other.md': VAGUE,
    });
    const run = await runBuiltAction({ workspace, inputs: { 'working-directory': 'packages/app', scope: 'all' } });
    expect(run.status).toBe(1);
    expect(run.commands).toEqual([
      expect.stringMatching(/^::error title=ticket-lint\(vague-language\),file=packages\/app\/roadmap\/login\.md,line=\d+,endLine=\d+,col=\d+::Vague phrase 'somehow'/),
      '::error::ticket-lint found 1 error and 0 warnings in 1 ticket',
    ]);
    // The runner's GITHUB_SHA, which run-action.ts sets to 'HEAD'.
    expect(run.summary).toContain('(https://github.com/octo/roadmap/blob/HEAD/packages/app/roadmap/login.md#L1)');
    const sarif = JSON.parse(readFileSync(run.outputs['sarif'] ?? '', 'utf8')) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(sarif.runs[0]?.results.map((result) => result.locations[0]?.physicalLocation.artifactLocation.uri)).toEqual(['packages/app/roadmap/login.md']);
  });

  it("takes a pull request's files from the repository top level to the folder", async () => {
    const workspace = makeGitRepository({
      'packages/app/roadmap/login.md': GOOD,
      'packages/app/roadmap/logout.md': GOOD.replace('id: T-1', 'id: T-2'),
      'packages/app/src/login.ts': LOGIN_SOURCE,
      'roadmap/login.md': GOOD,
      'src/login.ts': LOGIN_SOURCE,
    });
    const baseSha = git(workspace, 'rev-parse', 'HEAD').trim();
    writeFiles(workspace, { 'packages/app/roadmap/logout.md': VAGUE.replace('id: T-1', 'id: T-2'), 'roadmap/login.md': VAGUE });
    rmSync(path.join(workspace, 'src/login.ts'));
    git(workspace, 'add', '-A');
    git(workspace, 'commit', '-q', '-m', 'head');
    const headSha = git(workspace, 'rev-parse', 'HEAD').trim();
    api.files = [
      { filename: 'packages/app/roadmap/logout.md', status: 'modified' },
      { filename: 'roadmap/login.md', status: 'modified' },
      { filename: 'src/login.ts', status: 'removed' },
    ];
    const event = pullRequestEvent(baseSha, headSha, 3);
    const run = await runBuiltAction({
      workspace,
      eventName: 'pull_request',
      event,
      inputs: { 'working-directory': 'packages/app', 'fail-on': 'warning' },
      env: { GITHUB_API_URL: apiUrl, GITHUB_SHA: headSha, GITHUB_RUN_ID: '9001' },
    });
    expect(run.stderr).toBe('');
    expect(run.commands).toEqual([
      expect.stringMatching(/^::warning title=ticket-lint\(vague-language\),file=packages\/app\/roadmap\/logout\.md,line=\d+,endLine=\d+,col=\d+::Vague phrase 'somehow'/),
      '::error::ticket-lint found 0 new errors and 1 new warning in 1 ticket',
    ]);
    expect(JSON.parse(readFileSync(run.outputs['report'] ?? '', 'utf8')).tickets.map((t: { file: string }) => t.file)).toEqual(['roadmap/logout.md']);
  });

  it.each([
    ['../elsewhere', "::error::Invalid input 'working-directory': '../elsewhere' is outside the workspace."],
    ['missing', "::error::Invalid input 'working-directory': 'missing' is not a folder of the workspace."],
  ])('refuses a working-directory %s', async (folder, command) => {
    const workspace = makeGitRepository({ 'roadmap/login.md': GOOD });
    const run = await runBuiltAction({ workspace, inputs: { 'working-directory': folder } });
    expect(run.status).toBe(1);
    expect(run.commands).toEqual([command]);
    expect(run.summary).toContain("**Nothing was linted.** Invalid input 'working\\-directory'");
  });

  it('fails on more warnings than max-warnings, and not on as many', async () => {
    const workspace = makeGitRepository({ 'roadmap/login.md': VAGUE, 'src/login.ts': LOGIN_SOURCE });
    const over = await runBuiltAction({ workspace, inputs: { 'max-warnings': '0' } });
    expect(over.status).toBe(1);
    expect(over.commands.at(-1)).toBe('::error::ticket-lint found 0 errors and 1 warning in 1 ticket, more than max-warnings 0');
    expect((await runBuiltAction({ workspace, inputs: { 'max-warnings': '1' } })).status).toBe(0);
    expect((await runBuiltAction({ workspace, inputs: { 'max-warnings': '0', 'fail-on': 'never' } })).status).toBe(0);
    const wrong = await runBuiltAction({ workspace, inputs: { 'max-warnings': 'few' } });
    expect(wrong.commands).toEqual(["::error::Invalid input 'max-warnings': 'few'. Expected a whole number of 0 or more."]);
  });

  it("annotates a config mistake on the config file's line and says in the summary what to fix", async () => {
    const workspace = makeGitRepository({ 'roadmap/login.md': GOOD, '.ticket-lint.yml': 'encoding: o200k_base\nrules: { ticket-id: fatal }\n' });
    const run = await runBuiltAction({ workspace });
    expect(run.status).toBe(1);
    expect(run.commands).toEqual([
      `::error title=ticket-lint config,file=.ticket-lint.yml,line=2::.ticket-lint.yml:2: 'rules.ticket-id' must be 'error', 'warning' or 'off'; got "fatal"`,
    ]);
    expect(run.summary).toContain(`**Nothing was linted.** \\.ticket\\-lint\\.yml:2: 'rules\\.ticket\\-id' must be 'error', 'warning' or 'off'; got "fatal"`);
    expect(run.summary).toContain('`npx ticket-lint --print-config` shows the config a run uses');
  });

  it('annotates a config mistake in a folder at its place from the repository top level', async () => {
    const workspace = makeGitRepository({ 'app/roadmap/login.md': GOOD, 'app/.ticket-lint.json': '{\n  "encodng": "o200k_base"\n}\n' });
    const run = await runBuiltAction({ workspace, inputs: { 'working-directory': 'app' } });
    expect(run.commands).toEqual([`::error title=ticket-lint config,file=app/.ticket-lint.json,line=2::.ticket-lint.json:2: unknown key 'encodng'; did you mean 'encoding'?`]);
  });
});
