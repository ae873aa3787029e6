import type { OutsideReason } from '../core/resolve/resolve-pointer.js';
import { trackedTail } from '../core/resolve/resolve-pointer.js';
import type { Finding, Rule } from '../core/engine/rule.js';

const WHY: Record<OutsideReason, string> = {
  absolute: 'is an absolute path outside the repository',
  home: 'is in a home folder, outside the repository',
  parent: 'leads out of the repository',
  symlink: 'goes through a symlink that leads out of the repository; it was not read',
};

export const pathOutsideRepo: Rule = {
  meta: {
    id: 'path-outside-repo',
    severity: 'error',
    description: 'No pointer escapes the repository: no absolute or home paths, no `..` past the root, no symlinks leading out.',
  },
  check(ticket, { repository, resolve }) {
    const findings: Finding[] = [];
    for (const pointer of ticket.pointers) {
      const resolution = resolve(pointer);
      if (resolution.kind !== 'outside') continue;
      // A laptop path to a copy of this repository ends in a tracked path; a home path is an install target.
      const tail = resolution.reason === 'absolute' ? trackedTail(pointer.path, repository) : undefined;
      const fix = tail === undefined ? 'expected a path inside the repository' : `did you mean '${tail}'?`;
      findings.push({ line: pointer.line, column: pointer.column, message: `Path '${pointer.path}' ${WHY[resolution.reason]}; ${fix}` });
    }
    return findings;
  },
};
