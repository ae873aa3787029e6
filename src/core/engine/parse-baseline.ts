import { describeValue } from '../text/describe-value.js';
import { jsonSyntaxError } from '../text/json-syntax.js';
import { baselineEntries, type Baseline } from './baseline.js';
import type { BaselineEntry } from './report.js';

/** A baseline file that cannot be used: missing, refused or corrupt. Shown as one line naming the file, exit 2. */
export class BaselineError extends Error {}

const FINGERPRINT = /^[0-9a-f]{16}$/;

/**
 * The baseline in `text` (docs/baseline.md), checked whole: a file that is not JSON, of another version, or
 * with an entry of the wrong shape is refused rather than half used. Entries repeated (a merge of two
 * branches) add their counts. Throws BaselineError naming `fileName` and the place.
 */
export function parseBaseline(text: string, fileName: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`${fileName}${notJson(text, (error as Error).message)}`);
  }
  const fail = (where: string, problem: string) => new BaselineError(`${fileName}: ${where}${problem}`);
  if (!isRecord(data)) throw fail('', `expected an object with 'version' and 'entries'; got ${describeValue(data)}`);
  if (data['version'] !== 1) throw fail('', `'version' must be 1; got ${describeValue(data['version'])}`);
  const entries = data['entries'];
  if (!Array.isArray(entries)) throw fail('', `'entries' must be a list; got ${describeValue(entries)}`);
  const checked = entries.map((entry: unknown, index) => {
    const problem = entryProblem(entry);
    if (problem !== undefined) throw fail(`entries[${index}]: `, problem);
    return entry as BaselineEntry;
  });
  return { version: 1, entries: baselineEntries(checked) };
}

/** `:line:column: not valid JSON: what`, in words of our own: Node's change between versions and quote the file. */
function notJson(text: string, message: string): string {
  const error = jsonSyntaxError(text);
  if (error === undefined) return `: not valid JSON: ${message}`;
  const before = text.slice(0, error.offset);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `:${line}:${column}: not valid JSON: ${error.problem}`;
}

function entryProblem(entry: unknown): string | undefined {
  if (!isRecord(entry)) return `expected an object with 'file', 'rule', 'fingerprint' and 'count'; got ${describeValue(entry)}`;
  const unknown = Object.keys(entry).find((key) => !['file', 'rule', 'fingerprint', 'count'].includes(key));
  if (unknown !== undefined) return `unknown key ${describeValue(unknown)}`;
  for (const key of ['file', 'rule'] as const) {
    if (typeof entry[key] !== 'string' || entry[key] === '') return `'${key}' must be a non-empty string; got ${describeValue(entry[key])}`;
  }
  if (typeof entry['fingerprint'] !== 'string' || !FINGERPRINT.test(entry['fingerprint'])) {
    return `'fingerprint' must be 16 hexadecimal digits; got ${describeValue(entry['fingerprint'])}`;
  }
  const count = entry['count'];
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1) return `'count' must be a whole number of 1 or more; got ${describeValue(count)}`;
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
