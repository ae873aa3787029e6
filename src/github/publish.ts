import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { REGISTERED_RULES } from '../app/lint-tickets.js';
import { countBySeverity, type Report } from '../core/engine/report.js';
import { renderComment } from '../output/comment.js';
import { encodePath } from '../output/escape.js';
import { renderReport, type ReportFormat, type ReportTool } from '../output/format.js';
import { inBlocks, type TextSink } from '../output/text-sink.js';
import { jsonFormat } from '../output/json.js';
import { sarifFormat } from '../output/sarif.js';
import { stylishFormat } from '../output/stylish.js';
import { renderStoppedSummary, type StopCause } from '../output/stopped-summary.js';
import { renderSummary } from '../output/summary.js';
import type { ConfigPlace } from '../core/config/config.js';
import { repositoryFolder } from '../host/git-host.js';
import { annotate } from './annotate.js';
import { pullRequestOf } from './event.js';
import type { ActionSettings } from './inputs.js';
import type { GitHubClient } from './octokit.js';
import { upsertComment } from './sticky-comment.js';

/** The report files written under RUNNER_TEMP, by the output that names each. */
const REPORT_FILES: readonly { output: string; file: string; format: ReportFormat; what: string }[] = [
  { output: 'report', file: 'ticket-lint-report.json', format: jsonFormat, what: 'the JSON report' },
  { output: 'sarif', file: 'ticket-lint.sarif', format: sarifFormat, what: 'the SARIF log' },
];

export interface Publication {
  settings: ActionSettings;
  client: GitHubClient | undefined;
  /** What was linted and why, one sentence. */
  description: string;
  /** The package version, for the reports that name the tool. */
  version: string;
}

/** The report where a run's readers look: the log, annotations, the job summary, the outputs, the sticky comment. */
export async function publishReport(report: Report, { settings, client, description, version }: Publication): Promise<void> {
  const folder = repositoryFolder(settings.root);
  const tool: ReportTool = { version, rules: REGISTERED_RULES, repositoryFolder: folder };
  // Every problem in the log, with the runner's command processing stopped around it: ticket text
  // (file names included) must not be read as a workflow command.
  const resume = randomUUID();
  core.info(`::stop-commands::${resume}`);
  core.info(renderReport(stylishFormat, report, tool));
  core.info(`::${resume}::`);
  annotate(report, folder);
  const { event } = settings;
  const pull = pullRequestOf(settings);
  const headSha = pull?.headSha ?? event.sha;
  const repositoryUrl = `${event.serverUrl}/${event.owner}/${event.repo}`;
  const blobUrl = `${repositoryUrl}/blob/${headSha}${folder === '' ? '' : `/${encodePath(folder.slice(0, -1))}`}`;
  if (settings.hasStepSummary) {
    // A summary that cannot be written must not cost the outputs, the comment or the verdict.
    try {
      await core.summary.addRaw(renderSummary(report, { blobUrl, scope: description, ...(pull?.baseRef ? { baseName: pull.baseRef } : {}) })).write();
    } catch (error) {
      core.summary.emptyBuffer();
      core.warning(`ticket-lint could not write the job summary: ${errorMessage(error)}`);
    }
  }

  const existing = report.base?.existing ?? [];
  const before = countBySeverity(existing);
  core.setOutput('errors', report.counts.errors + before.errors);
  core.setOutput('warnings', report.counts.warnings + before.warnings);
  core.setOutput('new-errors', report.counts.errors);
  core.setOutput('new-warnings', report.counts.warnings);
  core.setOutput('existing', existing.length);
  core.setOutput('tickets', report.counts.tickets);
  for (const { output, file, format, what } of REPORT_FILES) {
    try {
      core.setOutput(output, writeReport((out) => format.write(report, tool, out), settings.runnerTemp, file));
    } catch (error) {
      core.warning(`ticket-lint could not write ${what} under RUNNER_TEMP: ${errorMessage(error)}`);
    }
  }

  if (!settings.comment) return;
  if (!pull) {
    core.info(`ticket-lint: no pull-request comment: the event is '${event.name}', not a pull request.`);
    return;
  }
  if (!client) {
    core.warning("ticket-lint could not write the pull-request comment: the 'github-token' input is empty.");
    return;
  }
  const body = renderComment(report, { blobUrl, runUrl: `${repositoryUrl}/actions/runs/${event.runId}` });
  const outcome = await upsertComment(client, pull, body, report, (message) => core.warning(message), settings.apiTimeoutMs);
  core.info(`ticket-lint: pull-request comment ${outcome}.`);
}

/**
 * A run that stopped before linting (a config, input or baseline mistake): one error, on the config
 * file's line when the mistake is there, and a job summary that says what to fix. Fails the step.
 */
export async function publishStop(cause: StopCause, message: string, place: ConfigPlace | undefined, root: string | undefined, hasStepSummary: boolean): Promise<void> {
  if (place !== undefined && root !== undefined) {
    core.error(message, { title: 'ticket-lint config', file: `${repositoryFolder(root)}${place.file}`, startLine: place.line });
    process.exitCode = core.ExitCode.Failure;
  } else {
    core.setFailed(message);
  }
  if (!hasStepSummary) return;
  try {
    await core.summary.addRaw(renderStoppedSummary(cause, message)).write();
  } catch (error) {
    core.warning(`ticket-lint could not write the job summary: ${errorMessage(error)}`);
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function writeReport(write: (out: TextSink) => void, folder: string, file: string): string {
  // The runner creates RUNNER_TEMP; make at most its last folder (a recursive mkdir under /proc never returns).
  if (!existsSync(folder)) mkdirSync(folder);
  const reportPath = path.join(folder, file);
  const descriptor = openSync(reportPath, 'w');
  try {
    const blocks = inBlocks((text) => writeSync(descriptor, text));
    write(blocks.write);
    blocks.flush();
  } finally {
    closeSync(descriptor);
  }
  return reportPath;
}
