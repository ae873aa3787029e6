import type { Pointer } from '../core/parse/ticket.js';
import type { OutsideReason, Resolution } from '../core/resolve/resolution.js';
import type { Finding, Rule } from '../core/engine/rule.js';

const WHY: Record<OutsideReason, string> = {
  absolute: 'is an absolute path outside the repository',
  home: 'is in a home folder, outside the repository',
  parent: 'leads out of the repository',
  symlink: 'goes through a symlink that leads out of the repository; it was not read',
};

function outsideFindings(pointers: readonly Pointer[], resolve: (pointer: Pointer) => Resolution): Finding[] {
  const findings: Finding[] = [];
  for (const pointer of pointers) {
    const resolution = resolve(pointer);
    if (resolution.kind !== 'outside') continue;
    // A laptop path to a copy of this repository ends in a tracked path, or is the copy itself.
    const fix =
      resolution.tail === undefined
        ? 'expected a path inside the repository'
        : resolution.tail === ''
          ? "it is a copy of this repository on the author's machine: write paths from the repository root"
          : resolution.tailMissing
            ? `it is in a copy of this repository on the author's machine, where from the root it is '${resolution.tail}', which is not in the repository`
            : `did you mean '${resolution.tail}'?`;
    findings.push({ line: pointer.line, column: pointer.column, message: `Path '${pointer.shownAs ?? pointer.path}' ${WHY[resolution.reason]}; ${fix}` });
  }
  return findings;
}

export const pathOutsideRepo: Rule = {
  meta: {
    id: 'path-outside-repo',
    severity: 'error',
    description:
      'No pointer a ticket file declares escapes the repository (absolute or home paths, `..` past the root, symlinks leading out), and no mention of a path on a machine is a copy of this repository.',
  },
  check(ticket, { resolve }) {
    return outsideFindings(ticket.pointers, resolve);
  },
  checkFile(file, { resolve }) {
    return outsideFindings(file.sharedPointers ?? [], resolve);
  },
};
