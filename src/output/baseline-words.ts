import { DEFAULT_BASELINE_FILE } from '../core/engine/baseline.js';
import type { BaselineResult } from '../core/engine/report.js';
import { formatCount, plural } from '../core/text/wording.js';

/**
 * What a run with a baseline says of it, in every output: how many problems it suppressed, and when some
 * of its entries match nothing any more, how to update it. `name` escapes the file name for the output,
 * `command` a command line.
 */
export function baselineWords({ file, suppressed, stale }: BaselineResult, name: (file: string) => string, command: (line: string) => string): { suppressed: string; stale?: string } {
  const said = { suppressed: `${plural(suppressed, 'problem')} suppressed by ${name(file)}` };
  if (stale.length === 0) return said;
  const named = file === DEFAULT_BASELINE_FILE ? '' : ` --baseline ${file}`;
  const entries = stale.length === 1 ? '1 baseline entry is' : `${formatCount(stale.length)} baseline entries are`;
  return { ...said, stale: `${entries} stale (problems no longer found); run ${command(`ticket-lint --prune-baseline${named}`)} to update the file` };
}
