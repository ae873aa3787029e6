import path from 'node:path';
import { isGlobPattern } from '../parse/path-like.js';
import type { Pointer } from '../parse/ticket.js';
import { globTooComplex } from '../text/glob-limits.js';
import { compareShortestFirst, type RepositoryView } from '../repository/repository-view.js';
import { copyPath, isMachinePath } from '../text/machine-path.js';
import { trimEnd } from '../text/source-text.js';
import { SHOWN_CANDIDATES, createdResolution, placedByNamedFolders, relativeCandidates, writtenAsFileOrFolder } from './relative-paths.js';
import { matchesElided } from './elided-paths.js';
import { crossesTrackedSymlink, globThroughLinks, throughLinks } from './linked-paths.js';
import { NO_CHANGES, type OutsideReason, type PathChanges, type Resolution } from './resolution.js';

export { NO_CHANGES, type OutsideReason, type PathChanges, type Resolution } from './resolution.js';

/** `settings.local.json`, `.env.local`: untracked by convention. */
const LOCAL_ONLY = /(?:^|\.)local(?:\.|$)/;
/** What programs write as they run, which git does not track: databases and backups (`poc.db`, `x.sqlite`, `a.bak`). */
const RUN_TIME_DATA = /\.(?:db|sqlite3?|bak)$/i;
/** `D:/projects/app`: a Windows machine's path. */
const DRIVE_PATH = /^[A-Za-z]:\//;

export type Target = { kind: 'inside'; path: string; wantsFolder: boolean } | { kind: 'outside'; reason: OutsideReason };

/** What resolving a ticket's pointer needs of the ticket: its file, and the folders it names. */
export interface PointerContext {
  ticketFile: string;
  /** Folders the ticket points at: a path written from one of them is read from there too. */
  namedFolders(): readonly string[];
}

/**
 * Where a pointer points, before asking whether anything is there: code spans and list items from the
 * repository root, link targets from the ticket's folder, a leading `/` from the root.
 */
export function pointerTarget(pointer: Pointer, ticketFile: string): Target {
  const written = pointer.path;
  if (pointer.base === 'machine') return { kind: 'outside', reason: 'absolute' };
  if (written === '~' || written.startsWith('~/')) return { kind: 'outside', reason: 'home' };
  if ((isMachinePath(written) || DRIVE_PATH.test(written)) && pointer.source !== 'link') return { kind: 'outside', reason: 'absolute' };
  // A leading slash means the repository root, as GitHub renders links and as `/src/x.ts` is meant.
  const joined = written.startsWith('/')
    ? written.slice(1)
    : pointer.base === 'ticket'
      ? path.posix.join(path.posix.dirname(ticketFile), written)
      : written;
  const normalized = trimEnd(path.posix.normalize(joined), '/');
  if (normalized === '..' || normalized.startsWith('../')) return { kind: 'outside', reason: 'parent' };
  return { kind: 'inside', path: normalized === '.' ? '' : normalized.replace(/^\.\//, ''), wantsFolder: joined.endsWith('/') };
}

/**
 * Resolves a pointer (docs/pointers.md) from the repository view alone, so nothing outside the root is
 * touched. A pointer the ticket declares (its context, its format's path fields, a link) that leads
 * nowhere is always a problem; a path merely mentioned in prose only when it is clearly meant for this
 * repository. `changes` names files the pull request removed or renamed.
 */
export function resolvePointer(pointer: Pointer, context: PointerContext | string, repository: RepositoryView, changes: PathChanges = NO_CHANGES): Resolution {
  const { ticketFile, namedFolders } = typeof context === 'string' ? { ticketFile: context, namedFolders: () => [] } : context;
  // A bare name of a list, not beside the path before it, may be as written (`README.md` at the root); if not, it is missing there.
  if (pointer.shorthandOf !== undefined && !pointer.planned && !repository.hasFile(pointer.path)) {
    const asWritten = resolvePointer({ ...pointer, path: pointer.shorthandOf, shorthandOf: undefined }, context, repository, changes);
    if (asWritten.kind !== 'missing') return asWritten;
  }
  if (pointer.linkAsWritten !== undefined) {
    const asWritten = resolvePointer({ ...pointer, path: pointer.linkAsWritten, base: 'ticket', linkAsWritten: undefined }, context, repository, changes);
    if (asWritten.kind === 'file' || asWritten.kind === 'dir') return asWritten;
  }
  const declared = pointer.declared || pointer.declaredInFile === true || pointer.source === 'link';
  const target = pointerTarget(pointer, ticketFile);
  if (target.kind === 'outside') return outside(pointer, target.reason, declared, repository);
  const { path: repositoryPath, wantsFolder } = target;
  // Another checkout's file, as the ticket's own `cd` into a folder the repository does not have says.
  if (pointer.inOtherCheckout !== undefined && !repository.hasFile(repositoryPath) && !repository.hasFolder(repositoryPath)) return { kind: 'foreign', path: repositoryPath };
  if (crossesTrackedSymlink(repositoryPath, repository)) {
    if (repository.leadsOutside(repositoryPath)) return { kind: 'outside', path: pointer.path, reason: 'symlink' };
    const linked = pointer.isGlob ? undefined : throughLinks(repositoryPath, wantsFolder, repository);
    if (linked !== undefined) return linked;
  }
  if (pointer.isGlob) return globResolution(repositoryPath, pointer, declared, repository);
  if (pointer.elided) return elidedResolution(repositoryPath, pointer, declared, repository);
  const submodule = repository.submoduleOf(repositoryPath);
  if (submodule !== undefined) return { kind: 'submodule', path: repositoryPath, submodule };
  if (!wantsFolder && repository.hasFile(repositoryPath)) return { kind: 'file', path: repositoryPath };
  if (repository.hasFolder(repositoryPath)) return { kind: 'dir', path: repositoryPath };
  // Written from the ticket's own folder, as a link is read (spec-kit's `contracts/api.md`, or `contracts/`, beside its tasks.md): there.
  if (pointer.base === 'root' && (repositoryPath.includes('/') || wantsFolder)) {
    const besideTicket = path.posix.join(path.posix.dirname(ticketFile), repositoryPath);
    if (!wantsFolder && repository.hasFile(besideTicket)) return { kind: 'file', path: besideTicket };
    if (repository.hasFolder(besideTicket)) return { kind: 'dir', path: besideTicket };
  }
  // `<name>/tests/`, with `<name>` the repository's own folder: written from the folder above the root.
  const [first, ...rest] = repositoryPath.split('/');
  if (first === repository.rootName && !repository.topLevelEntries.has(first ?? '') && pointer.base === 'root') {
    const inside = rest.join('/');
    if (inside === '') return { kind: 'dir', path: '' };
    if (repository.hasFile(inside) || repository.hasFolder(inside)) return { kind: 'relative', path: repositoryPath, candidates: [inside], throughRoot: true };
  }
  // Mentioned from `/` but under no top-level entry of the repository: a route (`/swagger/index.html`)
  // or another machine's path, not this repository's root.
  if (!declared && pointer.path.startsWith('/') && !repository.topLevelEntries.has(first ?? '')) return { kind: 'foreign', path: repositoryPath };
  if (pointer.base === 'root' && !pointer.path.includes('/')) {
    const named = repository.filesNamed(repositoryPath);
    if (named.length > 0) return { kind: 'name', path: repositoryPath, files: named };
  }
  if (pointer.isNew) return createdResolution(repositoryPath, first ?? '', namedFolders(), repository);
  if (changes.removed.has(repositoryPath)) return { kind: 'missing', path: repositoryPath, change: { removed: true, where: changes.where } };
  const renamedTo = changes.renamedTo.get(repositoryPath);
  if (renamedTo !== undefined) return { kind: 'missing', path: repositoryPath, change: { renamedTo, where: changes.where } };
  // A file the ticket deletes may be gone; one still there under a longer path is written from a subfolder all the same.
  if (pointer.intent === 'delete') {
    const candidates = relativeCandidates(repositoryPath + (wantsFolder ? '/' : ''), namedFolders(), repository);
    return candidates.length > 0 ? { kind: 'relative', path: repositoryPath, candidates } : { kind: 'missing', path: repositoryPath, gone: true };
  }
  const name = repositoryPath.slice(repositoryPath.lastIndexOf('/') + 1);
  // Local-only files and what programs write as they run are not tracked: nothing to check.
  if (pointer.isExample || LOCAL_ONLY.test(name) || RUN_TIME_DATA.test(name)) return { kind: 'foreign', path: repositoryPath };
  // A file in a folder the work creates, and the folder is new: it comes with the folder.
  if (pointer.createdFolder !== undefined && !repository.hasFolder(pointer.createdFolder)) return { kind: 'missing', path: repositoryPath, planned: true };
  // A file the ticket's file creates is new wherever the file names it, as where it is created; a tail of it
  // once the file is tracked names it from a subfolder, as any mention of a tracked file's tail does.
  if (pointer.createdInFile && pointer.tailOf !== undefined && repository.hasFile(pointer.tailOf)) return { kind: 'relative', path: repositoryPath, candidates: [pointer.tailOf] };
  if (pointer.createdInFile && !pointer.lines) return { kind: 'missing', path: repositoryPath, planned: true };
  // A file the work to come may write is missing only when a line range says it should have content,
  // or a tracked path that can only be the one meant says it was meant.
  if (pointer.planned && !pointer.lines) {
    // The tail of a tracked file the work changes is that file, written from a subfolder: not one to come.
    if (pointer.tailOf !== undefined && repository.hasFile(pointer.tailOf)) return { kind: 'relative', path: repositoryPath, candidates: [pointer.tailOf] };
    const placed = repository.topLevelEntries.has(first ?? '') ? undefined : placedByNamedFolders(repositoryPath, first ?? '', namedFolders(), repository);
    if (placed !== undefined) return placed;
    const meant = repository.suggestions.surelyMeant(repositoryPath);
    if (meant === undefined) return { kind: 'missing', path: repositoryPath, planned: true };
    // A tracked path ending with it is the file, written from a subfolder, unless the ticket says it is not there; another case is a slip.
    if (!pointer.conditional && meant.endsWith(`/${repositoryPath}`)) return { kind: 'relative', path: repositoryPath, candidates: [meant] };
    return { kind: 'missing', path: repositoryPath, suggestion: meant };
  }
  const candidates = relativeCandidates(repositoryPath + (wantsFolder ? '/' : ''), namedFolders(), repository);
  if (candidates.length > 0) return { kind: 'relative', path: repositoryPath, candidates };
  // A folder mentioned in prose that is nowhere is most often one the work will make (`internal/proxy/`).
  if (!declared && wantsFolder) return { kind: 'foreign', path: repositoryPath };
  const suggestion = repository.suggestions.suggest(repositoryPath) ?? (declared ? repository.suggestions.movedTo(repositoryPath) : undefined);
  if (declared || suggestion !== undefined) return { kind: 'missing', path: repositoryPath, ...(suggestion === undefined ? {} : { suggestion }) };
  // Folders left out with no mark (a summary table's `ui/components/dialog.tsx`): the one tracked file of
  // that name whose folders hold the written ones in order is the one meant, as a tail of one is.
  if (!wantsFolder && repositoryPath.includes('/')) {
    const abbreviated = abbreviatedCandidates(repositoryPath, repository);
    if (abbreviated.length === 1) return { kind: 'relative', path: repositoryPath, candidates: abbreviated, abbreviated: true };
  }
  return isMeantHere(repositoryPath, pointer, wantsFolder, repository) ? { kind: 'missing', path: repositoryPath } : { kind: 'foreign', path: repositoryPath };
}

/**
 * A path mentioned in prose that is not there is meant for this repository when it is written as a
 * file or a folder (a file name's ending, or a closing `/`) in a folder the repository has, under one
 * of its top-level folders: the same test for files and folders. A route (`/favicon.png`) is not.
 * The file a command runs is meant where the command runs, wherever that is.
 */
function isMeantHere(repositoryPath: string, pointer: Pointer, wantsFolder: boolean, repository: RepositoryView): boolean {
  if (pointer.runs) return true;
  const slash = repositoryPath.indexOf('/');
  if (slash === -1) return false;
  const parent = repositoryPath.slice(0, repositoryPath.lastIndexOf('/'));
  const writtenAsPath = writtenAsFileOrFolder(repositoryPath, wantsFolder, repository);
  const second = repositoryPath.indexOf('/', slash + 1);
  const anchored = repository.hasFolder(parent) || (second !== -1 && second < parent.length && repository.hasFolder(repositoryPath.slice(0, second)));
  return writtenAsPath && repository.topLevelEntries.has(repositoryPath.slice(0, slash)) && anchored;
}

/**
 * A machine path, a home path or `..` past the root is a problem when the ticket declares it; in prose
 * it is talk about a machine, unless it is a copy of this repository on a laptop: it ends in a tracked
 * path, or in a folder named as the repository's (`cd /Users/ana/code/<name>`; tail '').
 */
function outside(pointer: Pointer, reason: OutsideReason, declared: boolean, repository: RepositoryView): Resolution {
  const copy = reason === 'absolute' ? (pointer.copyOf !== undefined ? { tail: pointer.copyOf } : laptopCopyTail(pointer.path, declared, repository)) : undefined;
  // What the work writes on its machine (`<files>~/.local/share/x.colors</files>`), or a place the ticket
  // says may not be there ("/tmp/x.cfg if present"), is the machine's where the work runs: no checkout has it.
  // A path climbing out of the root (`../outside/notes.md`) is no machine's place: it is a mistake wherever it is.
  if (copy === undefined && (!declared || (reason !== 'parent' && (pointer.writes === true || pointer.conditional === true)))) return { kind: 'foreign', path: pointer.path };
  // What the ticket creates in a copy of the repository is to come in it; a link, followed, not written, to a file it has leads nowhere.
  const created = (pointer.isNew || pointer.createdInFile === true || pointer.intent === 'create') && !(pointer.source === 'link' && repository.hasFile(copy?.tail ?? ''));
  if (copy !== undefined && copy.tail !== '' && created) return { kind: 'missing', path: copy.tail, planned: true };
  return { kind: 'outside', path: pointer.path, reason, ...copy };
}

/**
 * What a machine path names in a copy of this repository. The copy starts at a folder named as the
 * repository's: what follows it, when tracked or nothing (`/home/ana/src/<name>` is the copy itself,
 * though `src/<name>` is also a tracked folder). Through no such folder, its longest tracked tail
 * (mentioned, not a name alone: `/Users/ana/other/CLAUDE.md` may be any project's file).
 */
function laptopCopyTail(absolute: string, declared: boolean, repository: RepositoryView): { tail: string; tailMissing?: true } | undefined {
  const named = copyTail(absolute, repository);
  if (named !== undefined && named.tailMissing !== true) return named;
  const tracked = trackedTail(absolute, repository);
  return tracked !== undefined && (declared || tracked.includes('/')) ? { tail: tracked } : named;
}

/**
 * A path with folders left out (`test/.../RunnerTest.kt`) does not lead to a file as written: the
 * tracked files it may stand for, `...` taking one or more folders, or the rest of one name
 * (`03.6-.../`), written from the root or from a subfolder. Declared, it is a problem whatever it
 * matches; mentioned, only when it stands for tracked files, as a path written from a subfolder is.
 * A file the work writes may come later.
 */
function elidedResolution(repositoryPath: string, pointer: Pointer, declared: boolean, repository: RepositoryView): Resolution {
  if (pointer.isNew || pointer.planned) return { kind: 'missing', path: repositoryPath, planned: true };
  if (pointer.isExample) return { kind: 'foreign', path: repositoryPath };
  const name = repositoryPath.slice(repositoryPath.lastIndexOf('/') + 1);
  const candidates = repository.filesNamed(name).filter((file) => matchesElided(file, repositoryPath));
  if (candidates.length > 0) return { kind: 'relative', path: repositoryPath, candidates: [...candidates].sort(compareShortestFirst).slice(0, SHOWN_CANDIDATES + 1), elided: true };
  return declared ? { kind: 'missing', path: repositoryPath, elided: true } : { kind: 'foreign', path: repositoryPath };
}

function globResolution(repositoryPath: string, pointer: Pointer, declared: boolean, repository: RepositoryView): Resolution {
  const tooComplex = globTooComplex(repositoryPath);
  if (tooComplex !== undefined) return { kind: 'glob', path: repositoryPath, files: [], tooComplex };
  // A pattern with no folder in it (`*.tsx`) matches a name at any depth, as git reads one (gitignore, pathspecs).
  const matched = repository.globMatches(repositoryPath);
  const anyDepth = matched.length === 0 && !repositoryPath.includes('/') ? repository.globMatches(`**/${repositoryPath}`) : matched;
  const files = anyDepth.length > 0 ? anyDepth : globThroughLinks(repositoryPath, repository);
  const submodule = files.length === 0 ? repository.submoduleOf(staticBase(repositoryPath)) : undefined;
  if (submodule !== undefined) return { kind: 'submodule', path: repositoryPath, submodule };
  if (files.length > 0) return { kind: 'glob', path: repositoryPath, files };
  // Files in a folder the work creates come with the folder (`plugins/alerts/{slack,email}.go` after "Scaffold `plugins/alerts/`").
  if (pointer.createdFolder !== undefined && !repository.hasFolder(pointer.createdFolder)) return { kind: 'missing', path: repositoryPath, planned: true };
  // A glob written from a subfolder, as a path may be: its folder is the tail of tracked folders where it
  // matches. Mentioned, its folder must be two folders of this repository in a row (`app/api/**`): one
  // (`templates/*.md`) may be any project's.
  const mayBeRelative = !pointer.isExample && (declared || staticBase(repositoryPath).includes('/'));
  const candidates = mayBeRelative ? relativeGlobs(repositoryPath, repository) : [];
  if (candidates.length > 0) return { kind: 'relative', path: repositoryPath, candidates };
  // Files the work to come writes need not be there yet, matched by a glob as named one by one.
  if (pointer.planned && !pointer.conditional) return { kind: 'missing', path: repositoryPath, planned: true };
  if (declared && !pointer.isExample) return { kind: 'glob', path: repositoryPath, files };
  const slash = repositoryPath.indexOf('/');
  const anchored = slash !== -1 && repository.topLevelEntries.has(repositoryPath.slice(0, slash));
  return !pointer.isExample && anchored && repository.hasFolder(staticBase(repositoryPath)) ? { kind: 'glob', path: repositoryPath, files } : { kind: 'foreign', path: repositoryPath };
}

/** `screens/*.py` for `app/textual/screens/*.py`: the globs from the root that a glob written from a subfolder may mean, where they match. */
function relativeGlobs(glob: string, repository: RepositoryView): string[] {
  const base = staticBase(glob);
  if (base === '') return [];
  const rest = glob.slice(base.length);
  return repository
    .pathsEndingWith(`${base}/`)
    .map((folder) => folder + rest)
    .filter((candidate) => globTooComplex(candidate) === undefined && repository.globMatches(candidate).length > 0)
    .sort(compareShortestFirst)
    .slice(0, SHOWN_CANDIDATES + 1);
}

/** The folder part of a glob before its first wildcard segment: `src/routes` for `src/routes/**\/*.ts`. */
function staticBase(glob: string): string {
  const segments = glob.split('/');
  const firstWild = segments.findIndex((segment) => /[*?{[]/.test(segment));
  return segments.slice(0, firstWild === -1 ? segments.length - 1 : firstWild).join('/');
}

/**
 * For a machine path through a folder named as the repository's: what follows that folder, when it is
 * nothing (the copy itself, ''), a tracked path (`D:/projects/<name>/server`, the copy's `server/`) or a
 * glob matching tracked files; or, `tailMissing`, a path on into one of the repository's top-level
 * folders that is not tracked (`/mnt/c/Users/ana/<name>/src/http/Auth.java`). An install place of a tool
 * named as the repository (`/opt/homebrew/Cellar/<name>/14.0/bin/x`) goes on into no folder of it.
 */
function copyTail(absolute: string, repository: RepositoryView): { tail: string; tailMissing?: true } | undefined {
  const inside = copyPath(trimEnd(absolute, '/'), repository.rootName);
  if (inside === undefined) return undefined;
  const tracked = inside === '' || repository.hasFile(inside) || repository.hasFolder(inside);
  if (tracked || (isGlobPattern(inside) && globTooComplex(inside) === undefined && repository.globMatches(inside).length > 0)) return { tail: inside };
  return inside.includes('/') && repository.hasFolder(inside.slice(0, inside.indexOf('/'))) ? { tail: inside, tailMissing: true } : undefined;
}

/** For an absolute path pasted from a laptop: the longest tail of it that is a tracked path. */
export function trackedTail(absolute: string, repository: RepositoryView): string | undefined {
  const segments = absolute.split('/').filter((segment) => segment !== '');
  for (let start = 1; start < segments.length; start += 1) {
    const tail = segments.slice(start).join('/');
    if (repository.hasFile(tail) || (start < segments.length - 1 && repository.hasFolder(tail))) return tail;
  }
  return undefined;
}

/** The tracked files of the path's name whose folders hold the path's folders, in order, with others between. */
function abbreviatedCandidates(repositoryPath: string, repository: RepositoryView): string[] {
  const wanted = repositoryPath.split('/');
  const name = wanted[wanted.length - 1] ?? '';
  const folders = wanted.slice(0, -1);
  return repository.filesNamed(name).filter((file) => {
    const segments = file.split('/').slice(0, -1);
    let at = 0;
    for (const segment of segments) if (at < folders.length && segment === folders[at]) at += 1;
    return at === folders.length;
  });
}
