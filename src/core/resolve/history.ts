import type { Pointer, TicketFile } from '../parse/ticket.js';
import type { PathHistory, PathHistoryLookup, Resolution } from './resolution.js';

/**
 * Asks the history once for every path the run will report missing, and writes what it remembers
 * into those resolutions: the rules then say what happened to the path. Only pointers that are
 * checked (open tickets, or all with `lintDone`, and the text outside tickets) are looked up.
 */
export async function attachHistory(files: readonly TicketFile[], lintDone: boolean, resolve: (pointer: Pointer) => Resolution, lookup: PathHistoryLookup): Promise<void> {
  const missing: Array<Extract<Resolution, { kind: 'missing' }>> = [];
  const checked = files.flatMap((file) => [
    ...file.tickets.filter((ticket) => lintDone || ticket.lifecycle.state !== 'done').flatMap((ticket) => ticket.pointers),
    ...(file.tickets.some((ticket) => lintDone || ticket.lifecycle.state !== 'done') ? (file.sharedPointers ?? []) : []),
  ]);
  for (const pointer of checked) {
    if (pointer.isNew) continue;
    const resolution = resolve(pointer);
    if (resolution.kind === 'missing' && !resolution.planned && !resolution.gone && !resolution.change) missing.push(resolution);
  }
  if (missing.length === 0) return;
  const remembered: ReadonlyMap<string, PathHistory> = await lookup([...new Set(missing.map((resolution) => resolution.path))]);
  for (const resolution of missing) {
    const history = remembered.get(resolution.path);
    if (history) resolution.history = history;
  }
}
