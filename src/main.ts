import * as core from '@actions/core';
import * as github from '@actions/github';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathChanges, selectPullRequestTickets } from './core/collect/changed-tickets.js';
import { selectTicketFiles } from './core/collect/ticket-files.js';
import { ConfigError } from './core/config/config.js';
import { formatStylish } from './output/stylish.js';
import { lint } from './core/engine/lint.js';
import type { Report } from './core/engine/report.js';
import type { PathChanges } from './core/resolve/resolve-pointer.js';
import { annotate } from './github/annotations.js';
import { renderComment, upsertComment } from './github/comment.js';
import { lintScope } from './github/event.js';
import { InputError, readSettings, type ActionSettings } from './github/inputs.js';
import { createClient } from './github/octokit.js';
import { pullRequestChanges } from './github/pull-request-files.js';
import { renderSummary } from './output/summary.js';
import { WorkerTokenCounters } from './host/token-worker.js';
import { openWorkspace, type Workspace } from './host/workspace.js';
import { RULES } from './rules/index.js';
import { plural } from './core/text/wording.js';

const REPORT_FILE = 'ticket-lint-report.json';

/** The action: inputs → what to lint → lint → log, annotations, summary, outputs, comment, verdict. */
export async function run(environment: NodeJS.ProcessEnv, tokenWorker: URL): Promise<void> {
  try {
    const settings = readSettings(environment);
    const workspace = openWorkspaceFor(settings);
    const scope = lintScope(settings.scope);
    // Only a pull request needs the API; an empty token is then a warning, never a crash.
    const client = settings.token === '' ? undefined : createClient(settings.token, (message) => core.info(message));
    const selection = await selectFiles(settings, workspace, scope, client);

    const counters = new WorkerTokenCounters(tokenWorker);
    let report: Report;
    try {
      report = await lint({
        repository: workspace.repository,
        config: workspace.config,
        rules: RULES,
        files: selection.files,
        contextFiles: selection.everyTicket,
        tokenCounter: counters.get,
        ...(selection.changes ? { changes: selection.changes } : {}),
      });
    } finally {
      await counters.close();
    }

    // Every problem in the log, with the runner's command processing stopped around it: ticket text
    // (file names included) must not be read as a workflow command.
    const resume = randomUUID();
    core.info(`::stop-commands::${resume}`);
    core.info(formatStylish(report));
    core.info(`::${resume}::`);
    annotate(report);
    const { owner, repo } = github.context.repo;
    const serverUrl = github.context.serverUrl;
    const headSha = scope.kind === 'pull_request' ? scope.headSha : github.context.sha;
    const blobUrl = `${serverUrl}/${owner}/${repo}/blob/${headSha}`;
    if (environment['GITHUB_STEP_SUMMARY']) {
      await core.summary.addRaw(renderSummary(report, { blobUrl, scope: selection.description })).write();
    }

    core.setOutput('errors', report.counts.errors);
    core.setOutput('warnings', report.counts.warnings);
    core.setOutput('tickets', report.counts.tickets);
    core.setOutput('report', writeReport(report, settings.runnerTemp));

    if (settings.comment && scope.kind === 'pull_request' && !client) {
      core.warning("ticket-lint could not write the pull-request comment: the 'github-token' input is empty.");
    } else if (settings.comment && scope.kind === 'pull_request' && client) {
      const runUrl = `${serverUrl}/${owner}/${repo}/actions/runs/${github.context.runId}`;
      const outcome = await upsertComment(client, scope, renderComment(report, { blobUrl, runUrl }), report, (message) => core.warning(message));
      core.info(`ticket-lint: pull-request comment ${outcome}.`);
    }

    const verdict = failureMessage(report, settings);
    if (verdict) core.setFailed(verdict);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof InputError) core.setFailed(error.message);
    else core.setFailed(`ticket-lint failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

function openWorkspaceFor(settings: ActionSettings): Workspace {
  const overrides: Record<string, unknown> = {};
  if (settings.tickets) overrides['tickets'] = settings.tickets;
  if (settings.encoding) overrides['encoding'] = settings.encoding;
  return openWorkspace({
    root: settings.workspace,
    ...(settings.configIsDefault ? {} : { configFile: path.resolve(settings.workspace, settings.configFile) }),
    overrides: { values: overrides, source: "the action's inputs" },
  });
}

interface Selection {
  files: string[];
  /** Every ticket file: the rules that compare tickets see them all. */
  everyTicket: string[];
  changes: PathChanges | undefined;
  /** One sentence for the summary: what was linted and why. */
  description: string;
}

async function selectFiles(
  settings: ActionSettings,
  workspace: Workspace,
  scope: ReturnType<typeof lintScope>,
  client: ReturnType<typeof createClient> | undefined,
): Promise<Selection> {
  const { repository, config } = workspace;
  const everyTicket = selectTicketFiles(repository.files, config.tickets, config.ignore);
  if (scope.kind === 'all') {
    return { files: everyTicket, everyTicket, changes: undefined, description: `Every ticket was linted: ${scope.reason}.` };
  }
  const changed = await pullRequestChanges(client, scope, settings.workspace, { info: core.info, warning: core.warning });
  if (!changed.changes) {
    return {
      files: everyTicket,
      everyTicket,
      changes: undefined,
      description: `Pull request #${scope.number}: every ticket was linted because ${changed.reason}.`,
    };
  }
  const { changed: touched, affected } = selectPullRequestTickets(changed.changes, everyTicket, repository, config);
  const files = [...touched, ...affected].sort();
  const affectedNote = affected.length > 0 ? `, and ${affected.length} pointing at files it removes or renames` : '';
  return {
    files,
    everyTicket,
    changes: pathChanges(changed.changes, 'in this pull request'),
    description: `Pull request #${scope.number}: ${plural(touched.length, 'ticket file')} it adds or changes${affectedNote} (of ${everyTicket.length}).`,
  };
}

function writeReport(report: Report, folder: string): string {
  mkdirSync(folder, { recursive: true });
  const reportPath = path.join(folder, REPORT_FILE);
  writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  return reportPath;
}

function failureMessage(report: Report, settings: ActionSettings): string | undefined {
  const { errors, warnings, tickets } = report.counts;
  const found = `ticket-lint found ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(tickets, 'ticket')}`;
  if (settings.failOn === 'error' && errors > 0) return found;
  if (settings.failOn === 'warning' && errors + warnings > 0) return found;
  return undefined;
}
