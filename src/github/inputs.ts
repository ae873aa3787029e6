import * as core from '@actions/core';
import os from 'node:os';

export type FailOn = 'error' | 'warning' | 'never';
export type Scope = 'changed' | 'all';

/** Everything the action reads from its inputs and environment, checked once. */
export interface ActionSettings {
  workspace: string;
  token: string;
  configFile: string;
  /** True when `config` was left at its default, so a missing file means "use the defaults". */
  configIsDefault: boolean;
  tickets: string[] | undefined;
  scope: Scope;
  failOn: FailOn;
  comment: boolean;
  encoding: string | undefined;
  runnerTemp: string;
}

/** A wrong input value: the message quotes it and says the expected form. */
export class InputError extends Error {}

function choice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new InputError(`Invalid input '${name}': '${value}'. Expected one of ${choices.join(', ')}.`);
}

export function readSettings(environment: NodeJS.ProcessEnv): ActionSettings {
  const workspace = environment['GITHUB_WORKSPACE'];
  if (!workspace) throw new InputError('GITHUB_WORKSPACE is not set; run ticket-lint as a step of a GitHub Actions job.');
  const configInput = core.getInput('config').trim();
  const tickets = core.getMultilineInput('tickets').map((line) => line.trim()).filter((line) => line !== '');
  const encoding = core.getInput('encoding').trim();
  return {
    workspace,
    token: core.getInput('github-token'),
    configFile: configInput || '.ticket-lint.yml',
    configIsDefault: configInput === '' || configInput === '.ticket-lint.yml',
    tickets: tickets.length > 0 ? tickets : undefined,
    scope: choice('scope', ['changed', 'all'] as const, 'changed'),
    failOn: choice('fail-on', ['error', 'warning', 'never'] as const, 'error'),
    comment: choice('comment', ['true', 'false'] as const, 'false') === 'true',
    encoding: encoding === '' ? undefined : encoding,
    runnerTemp: environment['RUNNER_TEMP'] || os.tmpdir(),
  };
}
