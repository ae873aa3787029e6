import { lint } from '../core/engine/lint.js';
import type { Report } from '../core/engine/report.js';
import { WorkerTokenCounters } from '../host/token-worker.js';
import { RULES } from '../rules/index.js';
import type { Workspace } from './open-workspace.js';
import type { TicketSelection } from './select-tickets.js';

/** Lints the selected tickets with every registered rule, counting tokens on the bundled worker thread. */
export async function lintTickets(workspace: Workspace, selection: TicketSelection, tokenWorker: URL): Promise<Report> {
  const counters = new WorkerTokenCounters(tokenWorker);
  try {
    return await lint({
      repository: workspace.repository,
      config: workspace.config,
      rules: RULES,
      files: selection.files,
      contextFiles: selection.everyTicket,
      tokenCounter: counters.get,
      history: workspace.history,
      ...(selection.changes ? { changes: selection.changes } : {}),
    });
  } finally {
    await counters.close();
  }
}
