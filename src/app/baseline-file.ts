import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_BASELINE_FILE, serializeBaseline, type Baseline, type LintedFiles } from '../core/engine/baseline.js';
import { BaselineError, parseBaseline } from '../core/engine/parse-baseline.js';
import type { TicketRequest, TicketSelection } from './select-tickets.js';
import { LEADS_OUT, RootFileError, readRootFile, resolveRootFileToWrite, rootFileName } from '../host/root-file.js';

export { BaselineError } from '../core/engine/parse-baseline.js';

/** A baseline this big is not one a team keeps by hand; a bigger file is refused, not read. */
export const MAX_BASELINE_BYTES = 16 * 1024 * 1024;

/** A baseline file as read: its entries, where it is, and how reports and messages name it. */
export interface BaselineFile {
  baseline: Baseline;
  path: string;
  /** Repository-relative inside the root, as given outside it. */
  name: string;
}

/** The files a run lints, as the baseline scopes them: undefined when it lints every ticket, so that an entry of any file may be stale. */
export function baselineScope(request: TicketRequest, selection: TicketSelection): LintedFiles {
  return request.kind === 'every-ticket' ? undefined : selection.files;
}

/** The baseline file a run uses: the one named (relative to the root when not absolute), else `<root>/.ticket-lint-baseline.json`. */
export function baselineLocation(root: string, file: string | undefined): Omit<BaselineFile, 'baseline'> {
  const target = path.resolve(root, file ?? DEFAULT_BASELINE_FILE);
  return { path: target, name: rootFileName(root, target) };
}

/**
 * The baseline of `<root>/.ticket-lint-baseline.json`, or of `file` when one is named, which must then
 * exist. Undefined when none is named and the default file is absent. Throws BaselineError: unreadable
 * (a link out of the root, not a regular file, over MAX_BASELINE_BYTES) or corrupt.
 */
export function readBaseline(root: string, file?: string): BaselineFile | undefined {
  const { path: target, name } = baselineLocation(root, file);
  if (file === undefined && !existsSync(target)) return undefined;
  let text: string;
  try {
    text = readRootFile(root, target, MAX_BASELINE_BYTES);
  } catch (error) {
    throw error instanceof RootFileError ? new BaselineError(`Cannot read the baseline file '${name}': ${error.message}`) : error;
  }
  return { baseline: parseBaseline(text, name), path: target, name };
}

/** Writes the baseline to `target`, never through a link out of the root. Throws BaselineError. */
export function writeBaseline(root: string, target: string, baseline: Baseline): void {
  const name = rootFileName(root, target);
  const cannot = (reason: string) => new BaselineError(`Cannot write the baseline file '${name}': ${reason}`);
  const resolved = resolveRootFileToWrite(root, target);
  if (resolved.kind === 'outside') throw cannot(`${LEADS_OUT}; it was not written`);
  if (resolved.kind === 'missing') throw cannot('no such folder');
  if (existsSync(resolved.path) && !statSync(resolved.path).isFile()) throw cannot('it is not a regular file; it was not written');
  try {
    writeFileSync(resolved.path, serializeBaseline(baseline));
  } catch (error) {
    throw cannot((error as NodeJS.ErrnoException).code ?? 'unwritable');
  }
}
