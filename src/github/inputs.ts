import * as core from '@actions/core';
import * as github from '@actions/github';
import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type FailOn = 'error' | 'warning' | 'never';
export type Scope = 'changed' | 'all';

/** The workflow run the action is a step of, from the event GitHub sent. */
export interface ActionEvent {
  name: string;
  owner: string;
  repo: string;
  serverUrl: string;
  sha: string;
  runId: number;
  /** Set for `pull_request` and `pull_request_target` events. */
  pullRequest?: { number: number; baseSha: string; baseRef: string; headSha: string; changedFiles: number | undefined };
}

/**
 * Everything the action reads from its inputs, its environment and the event, checked once. This
 * module is the only reader of `core.getInput` and `github.context`: past it, plain data.
 */
export interface ActionSettings {
  workspace: string;
  /** The folder linted: the workspace, or the folder of it the `working-directory` input names. Other paths of inputs are relative to it. */
  root: string;
  token: string;
  configFile: string;
  /** True when `config` was left at its default, so a missing file means "use the defaults". */
  configIsDefault: boolean;
  tickets: string[] | undefined;
  scope: Scope;
  failOn: FailOn;
  /** Fail when more (new) warnings than this; Infinity when the input is empty. */
  maxWarnings: number;
  comment: boolean;
  /** On a pull request: only problems its base did not have count; the others are listed as existing. */
  onlyNew: boolean;
  /** How long the API has to answer one operation (listing the files, updating the comment), in ms. */
  apiTimeoutMs: number;
  encoding: string | undefined;
  /** The baseline file the `baseline` input names, workspace-relative; undefined for the default file when present. */
  baselineFile: string | undefined;
  runnerTemp: string;
  /** True when the runner gives the step a job summary file. */
  hasStepSummary: boolean;
  event: ActionEvent;
}

/** A wrong input value: the message quotes it and says the expected form. */
export class InputError extends Error {}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

function choice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new InputError(`Invalid input '${name}': '${value}'. Expected one of ${choices.join(', ')}.`);
}

/** A whole number of seconds from 1 to `most`; `fallback` when the input is empty. */
function seconds(name: string, fallback: number, most: number): number {
  const value = core.getInput(name).trim();
  if (value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > most) {
    throw new InputError(`Invalid input '${name}': '${value}'. Expected a whole number of seconds from 1 to ${most}.`);
  }
  return Number(value);
}

/** A whole number of 0 or more, or Infinity when the input is empty. */
function wholeNumber(name: string): number {
  const value = core.getInput(name).trim();
  if (value === '') return Number.POSITIVE_INFINITY;
  if (!/^\d+$/.test(value)) throw new InputError(`Invalid input '${name}': '${value}'. Expected a whole number of 0 or more.`);
  return Number(value);
}

/** The folder the `working-directory` input names, inside the workspace. */
function workingDirectory(workspace: string): string {
  const value = core.getInput('working-directory').trim();
  const root = path.resolve(workspace, value);
  const relative = path.relative(workspace, root);
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw new InputError(`Invalid input 'working-directory': '${value}' is outside the workspace.`);
  }
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new InputError(`Invalid input 'working-directory': '${value}' is not a folder of the workspace.`);
  return root;
}

export function readSettings(environment: NodeJS.ProcessEnv): ActionSettings {
  const workspace = environment['GITHUB_WORKSPACE'];
  if (!workspace) throw new InputError('GITHUB_WORKSPACE is not set; run ticket-lint as a step of a GitHub Actions job.');
  const root = workingDirectory(workspace);
  const configInput = core.getInput('config').trim();
  const tickets = core.getMultilineInput('tickets').map((line) => line.trim()).filter((line) => line !== '');
  const encoding = core.getInput('encoding').trim();
  const baseline = core.getInput('baseline').trim();
  return {
    workspace,
    root,
    token: core.getInput('github-token'),
    configFile: configInput || '.ticket-lint.yml',
    configIsDefault: configInput === '' || configInput === '.ticket-lint.yml',
    tickets: tickets.length > 0 ? tickets : undefined,
    scope: choice('scope', ['changed', 'all'] as const, 'changed'),
    failOn: choice('fail-on', ['error', 'warning', 'never'] as const, 'error'),
    maxWarnings: wholeNumber('max-warnings'),
    comment: choice('comment', ['true', 'false'] as const, 'false') === 'true',
    onlyNew: choice('only-new', ['true', 'false'] as const, 'true') === 'true',
    apiTimeoutMs: seconds('api-timeout', 30, 600) * 1000,
    encoding: encoding === '' ? undefined : encoding,
    baselineFile: baseline === '' ? undefined : baseline,
    runnerTemp: environment['RUNNER_TEMP'] || os.tmpdir(),
    hasStepSummary: Boolean(environment['GITHUB_STEP_SUMMARY']),
    event: readEvent(),
  };
}

function readEvent(): ActionEvent {
  const { context } = github;
  const pull = context.payload.pull_request;
  const base = pull?.['base'] as { sha?: string; ref?: string } | undefined;
  const head = pull?.['head'] as { sha?: string } | undefined;
  const changed = pull?.['changed_files'];
  return {
    name: context.eventName,
    owner: context.repo.owner,
    repo: context.repo.repo,
    serverUrl: context.serverUrl,
    sha: context.sha,
    runId: context.runId,
    ...(PULL_REQUEST_EVENTS.has(context.eventName) && pull
      ? { pullRequest: { number: pull.number, baseSha: base?.sha ?? '', baseRef: typeof base?.ref === 'string' ? base.ref : '', headSha: head?.sha ?? context.sha, changedFiles: typeof changed === 'number' ? changed : undefined } }
      : {}),
  };
}
