import path from 'node:path';
import type { Finding, Rule } from '../core/engine/rule.js';
import { ticketShortName } from '../core/parse/ticket-names.js';
import type { Pointer, Ticket } from '../core/parse/ticket.js';
import { writtenAsFileOrFolder } from '../core/resolve/relative-paths.js';
import type { PathHistory, Resolution } from '../core/resolve/resolution.js';
import type { RepositoryView } from '../core/repository/repository-view.js';

const SHOWN_CANDIDATES = 3;

/** A path as the pointer wrote it: link targets relative to the ticket, the rest from the root. */
function asWritten(target: string, pointer: Pointer, ticketFile: string): string {
  if (pointer.source !== 'link' || pointer.base !== 'ticket') return target;
  return path.posix.relative(path.posix.dirname(ticketFile), target) || '.';
}

function quoted(paths: readonly string[]): string {
  const shown = paths.slice(0, SHOWN_CANDIDATES).map((candidate) => `'${candidate}'`);
  const more = paths.length > SHOWN_CANDIDATES ? ' or another' : '';
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}${more}` : (shown[0] ?? '');
}

/** A path with folders left out sends the agent searching: the tracked files it may stand for, to write in full. */
function elidedMessage(written: string, candidates: readonly string[]): string {
  const [only] = candidates;
  return candidates.length === 1 && only !== undefined
    ? `Path '${written}' leaves part of the path out ('...'); in full it is '${only}'`
    : `Path '${written}' leaves part of the path out ('...'); it may be ${quoted(candidates)}: write the one meant in full`;
}

/** A path that is not there as written but stands for tracked paths: how it was written, and the path from the root. */
function relativeMessage(resolution: Extract<Resolution, { kind: 'relative' }>, pointer: Pointer, ticketFile: string): string {
  const [only] = resolution.candidates;
  if (resolution.elided) return elidedMessage(pointer.path, resolution.candidates);
  if (only !== undefined && resolution.abbreviated) return `Path '${pointer.path}' leaves folders out; in full it is '${only}'`;
  if (only !== undefined && resolution.throughRoot) return `Path '${pointer.path}' starts with the repository's own folder; from the repository root it is '${only}'`;
  if (only !== undefined && resolution.candidates.length === 1) return `Path '${pointer.path}' is written from a subfolder; from the repository root it is '${asWritten(only, pointer, ticketFile)}'`;
  return `Path '${pointer.path}' is not there from the repository root; it may be ${quoted(resolution.candidates)}: write the one meant from the root`;
}

/** "was deleted in abc1234 (2026-05-03, 'Remove the scripts')". */
function historyText(history: PathHistory): string {
  const when = `in ${history.commit} (${history.date}, '${history.subject}')`;
  return history.kind === 'renamed' ? `was renamed to '${history.renamedTo ?? ''}' ${when}` : `was deleted ${when}`;
}

/** What to say of a missing path: what happened to it and what to do, as much as is known. */
function missingMessage(resolution: Extract<Resolution, { kind: 'missing' }>, pointer: Pointer, ticketFile: string, folderExists: boolean): string {
  const written = `Path '${pointer.path}' does not exist`;
  if (resolution.elided) return `Path '${pointer.path}' leaves part of the path out ('...'), and no tracked file matches it`;
  if (resolution.change) {
    const what = 'removed' in resolution.change ? 'removed' : `renamed to '${asWritten(resolution.change.renamedTo, pointer, ticketFile)}'`;
    return `${written}: it was ${what} ${resolution.change.where}`;
  }
  if (resolution.ignored) return `${written}: the repository's .gitignore keeps it out of every checkout; point at a tracked file`;
  if (resolution.history?.kind === 'renamed') return `${written}: it ${historyText(resolution.history)}; point at the new path`;
  if (resolution.history?.kind === 'deleted') return `${written}: it ${historyText(resolution.history)}; drop it, or name the file that replaced it`;
  if (resolution.suggestion !== undefined) return `${written}; did you mean '${asWritten(resolution.suggestion, pointer, ticketFile)}'?`;
  // A mention is reported because its command runs it; a declared path needs no reason.
  if (pointer.runs && !pointer.declared && pointer.declaredInFile !== true) return `${written}, and the command on this line runs it`;
  return folderExists ? `${written}; if the ticket creates it, mark it (new)` : written;
}

/**
 * A command that runs after a `cd` reads its paths from there; one written from the repository root
 * instead (`cd ai-extension && grep -q x ai-extension/src/a.ts`) fails where the command runs.
 */
function writtenFromRootMessage(pointer: Pointer, repository: RepositoryView): string | undefined {
  if (pointer.ranIn === undefined) return undefined;
  const { folder, written } = pointer.ranIn;
  const fromRoot = written.replace(/^\.\//, '').replace(/\/$/, '');
  if (!repository.hasFile(fromRoot) && !repository.hasFolder(fromRoot)) return undefined;
  return `Path '${written}' is read in '${folder}/', where its command runs after a cd, and is not there; from there it is '${path.posix.relative(folder, fromRoot)}'`;
}

/**
 * A link written from the repository root (`[x](pac-dashboard/src/a.js)` in `backlog/tasks/`), as an
 * agent working at the root writes one: GitHub follows it from the ticket's folder, where nothing is.
 */
function linkFromRootMessage(pointer: Pointer, ticketFile: string, repository: RepositoryView): string | undefined {
  const folder = path.posix.dirname(ticketFile);
  if (pointer.source !== 'link' || pointer.base !== 'ticket' || /^\.\.?(?:\/|$)/.test(pointer.path) || folder === '.') return undefined;
  const fromRoot = pointer.path.replace(/\/$/, '');
  if (!repository.hasFile(fromRoot) && !repository.hasFolder(fromRoot)) return undefined;
  return `Link '${pointer.path}' is written from the repository root, but links are read from the ticket's folder, where it is not; write '${path.posix.relative(folder, fromRoot)}' or '/${fromRoot}'`;
}

/** What a ticket waits for another to write is a file or a folder written as one (writtenAsFileOrFolder), as a mention meant for the repository is. */
function writtenAsPath(pointer: Pointer, repository: RepositoryView): boolean {
  return pointer.source === 'link' || writtenAsFileOrFolder(pointer.path, pointer.path.endsWith('/'), repository);
}

/**
 * "does not exist yet: '04.5-03-W1', which this ticket waits for, writes it": a file the work to come
 * writes is no excuse for a ticket that waits for the ticket writing it; until that one is done it is
 * missing (a warning), and once it is done it should be there.
 */
function writtenBeforeFinding(pointer: Pointer, writer: Ticket): Finding {
  const name = `'${ticketShortName(writer)}'`;
  return writer.lifecycle.state === 'open'
    ? { line: pointer.line, column: pointer.column, severity: 'warning', message: `Path '${pointer.path}' does not exist yet: ${name}, which this ticket waits for, writes it and is not done` }
    : { line: pointer.line, column: pointer.column, message: `Path '${pointer.path}' does not exist, though ${name}, which this ticket waits for, was to write it and is done` };
}

/**
 * A file the repository's .gitignore keeps out is made where the work runs: missing, it is a problem
 * only when the ticket declares it where it stands (a context item, a path field, a link) and its work
 * does not write it (`- Modify: \`.env\``, "Update `web/.env` with your credentials" make it on the spot).
 */
function givenToRead(pointer: Pointer): boolean {
  const writesIt = pointer.writes === true || pointer.intent === 'create' || pointer.intent === 'modify';
  return (pointer.declared || pointer.source === 'link') && !writesIt;
}

function missingFindings(
  pointers: readonly Pointer[],
  ticketFile: string,
  repository: RepositoryView,
  resolve: (pointer: Pointer) => Resolution,
  writerBefore: (path: string) => Ticket | undefined = () => undefined,
): Finding[] {
  const findings: Finding[] = [];
  // A file the ticket creates itself is its own to make, whatever a ticket it waits for says of it.
  const createdHere = new Set(pointers.filter((pointer) => pointer.isNew || pointer.intent === 'create').map((pointer) => pointer.path));
  for (const pointer of pointers) {
    const resolution = resolve(pointer);
    // A file the ticket creates is to come, unless a tracked file's path says it is written from a subfolder.
    if (pointer.isNew && resolution.kind !== 'relative') continue;
    const at = { line: pointer.line, column: pointer.column };
    if (resolution.kind === 'glob' && resolution.tooComplex !== undefined) {
      findings.push({ ...at, message: `Glob '${pointer.path}' is not matched: ${resolution.tooComplex}; name the files, or write a simpler glob` });
    } else if (resolution.kind === 'glob' && resolution.files.length === 0) {
      findings.push({ ...at, message: `Glob '${pointer.path}' matches no tracked file` });
    } else if (resolution.kind === 'relative') {
      findings.push({ ...at, severity: 'warning', message: relativeMessage(resolution, pointer, ticketFile) });
    } else if (resolution.kind === 'missing' && !resolution.gone && !pointer.conditional && !(resolution.ignored && !givenToRead(pointer))) {
      const writer = createdHere.has(resolution.path) || !writtenAsPath(pointer, repository) ? undefined : writerBefore(resolution.path);
      if (writer !== undefined) findings.push(writtenBeforeFinding(pointer, writer));
      else if (!resolution.planned) {
        const linkFromRoot = linkFromRootMessage(pointer, ticketFile, repository);
        const folderExists = repository.hasFolder(path.posix.dirname(resolution.path).replace(/^\.$/, ''));
        if (linkFromRoot !== undefined) findings.push({ ...at, severity: 'warning', message: linkFromRoot });
        else findings.push({ ...at, message: writtenFromRootMessage(pointer, repository) ?? missingMessage(resolution, pointer, ticketFile, folderExists) });
      }
    }
  }
  return findings;
}

export const pathExists: Rule = {
  meta: {
    id: 'path-exists',
    severity: 'error',
    description:
      'Every path a ticket file declares exists in the repository (a glob matches a tracked file), and so does every path it mentions that is clearly meant for it; a path written from a subfolder is a warning.',
  },
  check(ticket, { repository, resolve, graph }) {
    return missingFindings(ticket.pointers, ticket.file, repository, resolve, (missing) => graph().writerBefore(ticket, missing));
  },
  checkFile(file, { repository, resolve }) {
    return missingFindings(file.sharedPointers ?? [], file.path, repository, resolve);
  },
};
