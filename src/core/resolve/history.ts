import type { Pointer, TicketFile } from '../parse/ticket.js';
import type { PathHistory, PathHistoryLookup, PathIgnoreLookup, Resolution } from './resolution.js';

/**
 * Asks git once for every path the run will report missing, and writes what it says into those
 * resolutions: what the history remembers (the rules then say what happened to the path) and whether
 * its ignore rules match the path. Only pointers that are checked (open tickets, or all with
 * `lintDone`, and the text outside tickets) are looked up.
 */
export async function attachWhatGitSays(
  files: readonly TicketFile[],
  lintDone: boolean,
  resolve: (pointer: Pointer) => Resolution,
  { history, ignored }: { history?: PathHistoryLookup; ignored?: PathIgnoreLookup },
): Promise<void> {
  // Each missing path, and how git is asked about it: a folder as one (`logs/`), as an ignore rule written
  // for folders only matches a path that says it is one.
  const missing = new Map<Extract<Resolution, { kind: 'missing' }>, string>();
  const checked = files.flatMap((file) => [
    ...file.tickets.filter((ticket) => lintDone || ticket.lifecycle.state !== 'done').flatMap((ticket) => ticket.pointers),
    ...(file.tickets.some((ticket) => lintDone || ticket.lifecycle.state !== 'done') ? (file.sharedPointers ?? []) : []),
  ]);
  for (const pointer of checked) {
    if (pointer.isNew) continue;
    const resolution = resolve(pointer);
    if (resolution.kind !== 'missing' || resolution.planned || resolution.gone || resolution.change) continue;
    missing.set(resolution, pointer.path.endsWith('/') && resolution.path !== '' ? `${resolution.path}/` : resolution.path);
  }
  if (missing.size === 0) return;
  const paths = [...new Set([...missing.keys()].map((resolution) => resolution.path))];
  const asked = [...new Set(missing.values())];
  const [remembered, ignoredPaths]: [ReadonlyMap<string, PathHistory>, ReadonlySet<string>] = await Promise.all([history?.(paths) ?? new Map(), ignored?.(asked) ?? new Set<string>()]);
  for (const [resolution, askedAs] of missing) {
    const found = remembered.get(resolution.path);
    if (found) resolution.history = found;
    if (ignoredPaths.has(askedAs)) resolution.ignored = true;
  }
}
