import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeTempFolder } from './git-repository.js';
import { FIXTURES } from './lint-fixture.js';
import { BUILT_ACTION } from './run-built.js';

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Workflow commands as the runner reads them, e.g. `::error title=...::message`: lines between
   * `::stop-commands::<token>` and `::<token>::` are plain log text, and those two are left out. */
  commands: string[];
  /** The blocks of log printed with command processing stopped. */
  stopped: string[][];
  outputs: Record<string, string>;
  summary: string;
}

export interface ActionRunOptions {
  workspace: string;
  inputs?: Record<string, string>;
  eventName?: string;
  event?: unknown;
  env?: Record<string, string>;
}

/** The runner's reading of a step's log: commands, and the text it was told not to read as commands. */
export function readCommands(log: string): { commands: string[]; stopped: string[][] } {
  const commands: string[] = [];
  const stopped: string[][] = [];
  let resumeWith: string | undefined;
  for (const line of log.split('\n')) {
    if (resumeWith !== undefined) {
      if (line === `::${resumeWith}::`) resumeWith = undefined;
      else stopped.at(-1)?.push(line);
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop?.[1]) {
      resumeWith = stop[1];
      stopped.push([]);
    } else if (line.startsWith('::')) commands.push(line);
  }
  return { commands, stopped };
}

/** The runner's own format for GITHUB_OUTPUT: `name<<delimiter`, the value, the delimiter. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[index] ?? '');
    if (!match?.[1] || !match[2]) continue;
    const value: string[] = [];
    for (index += 1; index < lines.length && lines[index] !== match[2]; index += 1) value.push(lines[index] ?? '');
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}

/**
 * Runs the bundled action as the runner does: inputs as INPUT_* variables, an event payload file, and
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files that are read back afterwards.
 */
export async function runBuiltAction(options: ActionRunOptions): Promise<ActionRun> {
  const runner = makeTempFolder('ticket-lint-runner-');
  const temp = path.join(runner, 'temp');
  mkdirSync(temp);
  const outputFile = path.join(runner, 'output');
  const summaryFile = path.join(runner, 'summary');
  const eventFile = path.join(runner, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}));
  const inputs: Record<string, string> = {
    'github-token': 'test-token',
    config: '.ticket-lint.yml',
    scope: 'changed',
    'fail-on': 'error',
    comment: 'false',
    ...options.inputs,
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'octo/roadmap',
    GITHUB_SHA: 'HEAD',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: temp,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  const child = spawn(process.execPath, [BUILT_ACTION], { cwd: options.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const { commands, stopped } = readCommands(stdout);
  return {
    status,
    stdout,
    stderr,
    commands,
    stopped,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

/** A real `pull_request` synchronize payload (fixtures/events) for a pull request from `baseSha` to `headSha` of `changedFiles` files. */
export function pullRequestEvent(baseSha: string, headSha: string, changedFiles: number): { number?: number; pull_request: { number?: number; changed_files: number } } {
  const text = readFileSync(path.join(FIXTURES, 'events', 'pull_request.synchronize.json'), 'utf8').replaceAll('BASE_SHA', baseSha).replaceAll('HEAD_SHA', headSha);
  const event = JSON.parse(text) as { pull_request: { changed_files: number } };
  event.pull_request.changed_files = changedFiles;
  return event;
}
