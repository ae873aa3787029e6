import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { selectTicketFiles } from './core/collect.js';
import { ConfigError } from './core/config.js';
import { formatStylish } from './core/format-stylish.js';
import { lint } from './core/lint.js';
import type { Report } from './core/report.js';
import { annotate } from './github/annotations.js';
import { InputError, readSettings, type ActionSettings } from './github/inputs.js';
import { WorkerTokenCounters } from './host/token-worker.js';
import { openWorkspace } from './host/workspace.js';
import { RULES } from './rules/index.js';

const REPORT_FILE = 'ticket-lint-report.json';

/** The action: inputs → lint → annotations, outputs and the verdict. */
export async function run(environment: NodeJS.ProcessEnv, tokenWorker: URL): Promise<void> {
  try {
    const settings = readSettings(environment);
    const report = await lintWorkspace(settings, tokenWorker);
    core.info(formatStylish(report));
    annotate(report);
    const reportPath = writeReport(report, settings.runnerTemp);
    core.setOutput('errors', report.counts.errors);
    core.setOutput('warnings', report.counts.warnings);
    core.setOutput('tickets', report.counts.tickets);
    core.setOutput('report', reportPath);
    const verdict = failureMessage(report, settings);
    if (verdict) core.setFailed(verdict);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof InputError) core.setFailed(error.message);
    else core.setFailed(`ticket-lint failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

async function lintWorkspace(settings: ActionSettings, tokenWorker: URL): Promise<Report> {
  const configPath = path.resolve(settings.workspace, settings.configFile);
  const overrides: Record<string, unknown> = {};
  if (settings.tickets) overrides['tickets'] = settings.tickets;
  if (settings.encoding) overrides['encoding'] = settings.encoding;
  const workspace = openWorkspace({
    root: settings.workspace,
    ...(settings.configIsDefault ? {} : { configFile: configPath }),
    overrides: { values: overrides, source: "the action's inputs" },
  });
  const files = selectTicketFiles(workspace.repository.files, workspace.config.tickets, workspace.config.ignore);
  const counters = new WorkerTokenCounters(tokenWorker);
  try {
    return await lint({ repository: workspace.repository, config: workspace.config, rules: RULES, files, tokenCounter: counters.get });
  } finally {
    await counters.close();
  }
}

function writeReport(report: Report, folder: string): string {
  mkdirSync(folder, { recursive: true });
  const reportPath = path.join(folder, REPORT_FILE);
  writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  return reportPath;
}

function failureMessage(report: Report, settings: ActionSettings): string | undefined {
  const { errors, warnings, tickets } = report.counts;
  const found = `ticket-lint found ${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'} in ${tickets} ticket${tickets === 1 ? '' : 's'}`;
  if (settings.failOn === 'error' && errors > 0) return found;
  if (settings.failOn === 'warning' && errors + warnings > 0) return found;
  return undefined;
}
