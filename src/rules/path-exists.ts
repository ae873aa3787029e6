import path from 'node:path';
import type { Finding, Rule } from '../core/engine/rule.js';
import type { Pointer } from '../core/parse/ticket.js';

/** A suggestion written the way the pointer was: link targets relative to the ticket, the rest from the root. */
function asWritten(suggestion: string, pointer: Pointer, ticketFile: string): string {
  if (pointer.source !== 'link' || pointer.base !== 'ticket') return suggestion;
  return path.posix.relative(path.posix.dirname(ticketFile), suggestion) || '.';
}

export const pathExists: Rule = {
  meta: {
    id: 'path-exists',
    severity: 'error',
    description: 'Every path a ticket points at exists in the repository (a glob matches a tracked file).',
  },
  check(ticket, { repository, resolve }) {
    const findings: Finding[] = [];
    for (const pointer of ticket.pointers) {
      if (pointer.isNew) continue;
      const resolution = resolve(pointer);
      const at = { line: pointer.line, column: pointer.column };
      if (resolution.kind === 'glob' && resolution.files.length === 0) {
        findings.push({ ...at, message: `Glob '${pointer.path}' matches no tracked file` });
      } else if (resolution.kind === 'missing' && resolution.change) {
        const what = 'removed' in resolution.change ? 'removed' : `renamed to '${asWritten(resolution.change.renamedTo, pointer, ticket.file)}'`;
        findings.push({ ...at, message: `Path '${pointer.path}' does not exist: it was ${what} ${resolution.change.where}` });
      } else if (resolution.kind === 'missing' && !resolution.planned) {
        const { suggestion } = resolution;
        const folderExists = repository.hasFolder(path.posix.dirname(resolution.path).replace(/^\.$/, ''));
        const hint =
          suggestion !== undefined
            ? `; did you mean '${asWritten(suggestion, pointer, ticket.file)}'?`
            : folderExists
              ? '; mark it (new) if the ticket creates it'
              : '';
        findings.push({ ...at, message: `Path '${pointer.path}' does not exist${hint}` });
      }
    }
    return findings;
  },
};
