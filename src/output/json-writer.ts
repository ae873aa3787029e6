import type { TextSink } from './text-sink.js';

/** How deep a value is written container by container: a report's tickets, a SARIF log's results. */
const WRITTEN_BY_PART = 3;

/**
 * Writes `JSON.stringify(value, null, 2)` and a newline, the same text, in pieces: the containers of
 * the first levels one member at a time, each deeper value whole. A 10,000-ticket report is 18 MB of
 * JSON; built as one string it needs that twice over again at the run's end, its peak.
 */
export function writeJson(value: unknown, out: TextSink): void {
  writeValue(value, '', WRITTEN_BY_PART, out);
  out('\n');
}

function writeValue(value: unknown, indent: string, levels: number, out: TextSink): void {
  if (levels === 0 || value === null || typeof value !== 'object' || 'toJSON' in value) {
    out(indented(value, indent));
    return;
  }
  const inner = `${indent}  `;
  const members: Array<[string | undefined, unknown]> = Array.isArray(value)
    ? value.map((element: unknown) => [undefined, isWritten(element) ? element : null])
    : Object.entries(value).filter(([, member]) => isWritten(member));
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (members.length === 0) {
    out(`${open}${close}`);
    return;
  }
  out(`${open}\n`);
  members.forEach(([key, member], index) => {
    out(key === undefined ? inner : `${inner}${JSON.stringify(key)}: `);
    writeValue(member, inner, levels - 1, out);
    out(index < members.length - 1 ? ',\n' : '\n');
  });
  out(`${indent}${close}`);
}

/** What JSON writes for an object's member (and as null in an array). */
function isWritten(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

function indented(value: unknown, indent: string): string {
  // JSON escapes every newline inside a string, so each one here is the layout's own.
  const text = JSON.stringify(value, null, 2) ?? 'null';
  return indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}
