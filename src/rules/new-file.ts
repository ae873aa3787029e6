import path from 'node:path';
import type { Finding, Rule } from '../core/engine/rule.js';

export const newFile: Rule = {
  meta: {
    id: 'new-file',
    severity: 'warning',
    description: 'A file marked `(new)` does not exist yet, and its folder does (or is marked new too).',
  },
  check(ticket, { repository, resolve }) {
    const findings: Finding[] = [];
    const newPaths = new Set(
      ticket.pointers.filter((pointer) => pointer.isNew).map((pointer) => resolve(pointer).path),
    );
    for (const pointer of ticket.pointers) {
      if (!pointer.isNew || pointer.isGlob) continue;
      const resolution = resolve(pointer);
      const at = { line: pointer.line, column: pointer.column };
      if (resolution.kind === 'file' || resolution.kind === 'dir') {
        findings.push({ ...at, message: `'${resolution.path}' is marked new but already exists; drop the (new) mark or name the file to create` });
        continue;
      }
      if (resolution.kind !== 'missing') continue;
      const folder = path.posix.dirname(resolution.path);
      if (folder === '.' || repository.hasFolder(folder) || [...newPaths].some((created) => folder === created || folder.startsWith(`${created}/`))) {
        continue;
      }
      const suggestion = repository.suggestions.suggest(folder);
      const fix = suggestion === undefined ? 'mark the folder (new) too if the ticket creates it' : `did you mean '${suggestion}'?`;
      findings.push({ ...at, message: `The folder '${folder}' of new file '${resolution.path}' does not exist; ${fix}` });
    }
    return findings;
  },
};
