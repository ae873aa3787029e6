import type { Finding, Rule } from '../core/engine/rule.js';
import { plural } from '../core/text/wording.js';

export const lineRange: Rule = {
  meta: {
    id: 'line-range',
    severity: 'error',
    description: 'A pointer\'s line or range (`path:12-30`, `path#L12-L30`) lies within the file.',
  },
  check(ticket, { repository, resolve }) {
    const findings: Finding[] = [];
    for (const pointer of ticket.pointers) {
      if (!pointer.lines || pointer.isNew) continue;
      const resolution = resolve(pointer);
      if (resolution.kind !== 'file') continue;
      const { start, end } = pointer.lines;
      const at = { line: pointer.line, column: pointer.column };
      const range = start === end ? `Line ${start}` : `Lines ${start}-${end}`;
      if (start < 1 || end < start) {
        findings.push({ ...at, message: `${range} of '${resolution.path}' is not a valid range; expected lines counted from 1, first ≤ last` });
        continue;
      }
      const lines = repository.lineCount(resolution.path);
      if (lines === undefined) {
        const verb = start === end ? 'points' : 'point';
        findings.push({ ...at, message: `${range} ${verb} into '${resolution.path}', which is not a text file` });
      } else if (end > lines) {
        const verb = start === end ? 'is' : 'run';
        findings.push({
          ...at,
          message: `${range} ${verb} past the end of '${resolution.path}' (${plural(lines, 'line')})`,
        });
      }
    }
    return findings;
  },
};
