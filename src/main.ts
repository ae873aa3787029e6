import * as core from '@actions/core';
import path from 'node:path';
import { BaselineError, baselineScope, readBaseline } from './app/baseline-file.js';
import { lintTickets, parseAhead, ticketFilesAmong } from './app/lint-tickets.js';
import { openWorkspace } from './app/open-workspace.js';
import { selectTickets } from './app/select-tickets.js';
import { ConfigError } from './core/config/config.js';
import { applyBaseline } from './core/engine/baseline.js';
import type { Report } from './core/engine/report.js';
import { plural } from './core/text/wording.js';
import { lintScope } from './github/event.js';
import { InputError, readSettings, type ActionSettings } from './github/inputs.js';
import { createClient } from './github/octokit.js';
import { publishReport, publishStop } from './github/publish.js';
import { actionRequest } from './github/ticket-request.js';
import type { BundledWorkers } from './host/bundled-workers.js';
import { WorkerTokenCounters } from './host/token-worker.js';

/** The action: inputs → what to lint → lint → log, annotations, summary, outputs, comment → verdict. */
export async function run(environment: NodeJS.ProcessEnv, workers: BundledWorkers, version: string): Promise<void> {
  let settings: ActionSettings | undefined;
  // Started once the pull request's files show a ticket, while git still reads the work tree.
  const tokens = new WorkerTokenCounters(workers.tokens);
  try {
    settings = readSettings(environment);
    // The action checks the commit actions/checkout put in the work tree: its files are the index's.
    const workspace = openWorkspace({
      root: settings.root,
      cleanCheckout: true,
      ...(settings.configIsDefault ? {} : { configFile: path.resolve(settings.root, settings.configFile) }),
      overrides: { values: { ...(settings.tickets ? { tickets: settings.tickets } : {}), ...(settings.encoding ? { encoding: settings.encoding } : {}) }, source: "the action's inputs" },
    });
    const scope = lintScope(settings);
    const loadingWorkTree = workspace.workTree.load();
    // Only a pull request needs the API; an empty token is then a warning, never a crash.
    const client = settings.token === '' ? undefined : createClient(settings.token, (message) => core.info(message));
    const { request, describe, base, baseUnavailable } = await actionRequest(scope, client, workspace.workTree, { info: core.info, warning: core.warning }, settings.apiTimeoutMs, settings.onlyNew);
    const changedTickets = request.kind === 'changes' ? ticketFilesAmong(request.changes.map((change) => change.path), workspace.config) : [];
    if (request.kind !== 'changes' || changedTickets.length > 0) tokens.warm(workspace.config.encoding);
    await Promise.all([loadingWorkTree, parseAhead(workspace, changedTickets)]);
    const selection = selectTickets(workspace, request);
    // Read before linting, so that a corrupt baseline stops the run at once.
    const baseline = readBaseline(settings.root, settings.baselineFile);
    const run = await lintTickets(workspace, selection, workers, { ...(base === undefined ? {} : { base }), tokens });
    const unavailable = baseUnavailable ?? run.baseUnavailable;
    if (unavailable !== undefined) core.warning(`ticket-lint cannot tell new problems from those already on the base branch, so every problem counts: ${unavailable}.`);
    const report = baseline ? applyBaseline(run.report, baseline.baseline, baseline.name, baselineScope(request, selection)) : run.report;
    await publishReport(report, { settings, client, description: describe(selection), version });
    const verdict = failureMessage(report, settings);
    if (verdict) core.setFailed(verdict);
  } catch (error) {
    const cause = error instanceof ConfigError ? 'config' : error instanceof InputError ? 'input' : error instanceof BaselineError ? 'baseline' : undefined;
    if (cause !== undefined) {
      const place = error instanceof ConfigError ? error.place : undefined;
      await publishStop(cause, (error as Error).message, place, settings?.root, Boolean(environment['GITHUB_STEP_SUMMARY']));
    } else core.setFailed(`ticket-lint failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } finally {
    await tokens.close();
  }
}

function failureMessage(report: Report, { failOn, maxWarnings }: Pick<ActionSettings, 'failOn' | 'maxWarnings'>): string | undefined {
  const { errors, warnings, tickets } = report.counts;
  const fresh = report.base ? 'new ' : '';
  const found = `ticket-lint found ${plural(errors, `${fresh}error`)} and ${plural(warnings, `${fresh}warning`)} in ${plural(tickets, 'ticket')}`;
  if (failOn === 'error' && errors > 0) return found;
  if (failOn === 'warning' && errors + warnings > 0) return found;
  if (failOn !== 'never' && warnings > maxWarnings) return `${found}, more than max-warnings ${maxWarnings}`;
  return undefined;
}
