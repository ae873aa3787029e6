import picomatch from 'picomatch';
import type { Config } from '../config/config.js';
import { StatusVocabulary } from './lifecycle.js';
import { parseTicketFile } from './parse-ticket-file.js';
import type { RepositoryView } from '../repository/repository-view.js';
import { MAX_NESTING, deepestNesting } from '../text/nesting.js';
import { decodeTextFile, toSourceText } from '../text/source-text.js';
import { formatCount } from '../text/wording.js';
import type { TicketFile } from './ticket.js';

export type TicketText = { ok: true; text: string } | { ok: false; reason: string; line?: number; text?: string };

/** The ticket texts read in a run (one repository view, one config): read again to lint a file found while selecting, or to find the tickets related to it. */
const readTexts = new WeakMap<RepositoryView, WeakMap<Config, Map<string, TicketText>>>();

/**
 * A ticket file's text, or why it is not linted: a name that is not UTF-8, unreadable or outside the
 * root, over 'max-file-bytes', not UTF-8 text. Read once a run and kept as text, not bytes: the parsed
 * file keeps that text, and 10,000 tickets' bytes were 40 MB more at the peak.
 */
export function readTicketText(path: string, repository: RepositoryView, config: Config): TicketText {
  // A pull request's base lint finds a thousand unchanged tickets as the head's lint read them.
  const same = repository.sameFileIn(path);
  if (same !== undefined) return readTicketText(path, same, config);
  const known = inRun(readTexts, repository, config);
  let read = known.get(path);
  if (read === undefined) {
    read = readTicketTextOnce(path, repository, config);
    known.set(path, read);
  }
  return read;
}

function readTicketTextOnce(path: string, repository: RepositoryView, config: Config): TicketText {
  if (repository.nameIsNotUtf8(path)) {
    return { ok: false, reason: 'The file name is not UTF-8 (its odd bytes are shown escaped); ticket-lint cannot read it: rename it in UTF-8' };
  }
  const bytes = repository.readBytes(path, { keep: false });
  if (bytes === undefined) return { ok: false, reason: 'The file could not be read, or it resolves outside the repository' };
  if (bytes.length > config.maxFileBytes) {
    // Rounded alike ("1 MiB, over the 1 MiB limit"), the sizes are given in bytes.
    const [size, limit] = formatBytes(bytes.length) === formatBytes(config.maxFileBytes) ? [`${formatCount(bytes.length)} bytes`, `${formatCount(config.maxFileBytes)}-byte`] : [formatBytes(bytes.length), formatBytes(config.maxFileBytes)];
    return { ok: false, reason: `The file is ${size}, over the ${limit} limit ('max-file-bytes'); it was not parsed` };
  }
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) return { ok: false, reason: `The file was not linted: ${decoded.reason}` };
  const nesting = deepestNesting(decoded.text);
  if (nesting.depth > MAX_NESTING) {
    return { ok: false, line: nesting.line, text: decoded.text, reason: `The file nests Markdown more than ${MAX_NESTING} levels deep (quotes, lists or brackets); it was not parsed` };
  }
  return decoded;
}

/** The files parsed in a run (one repository view, one config), so that none is parsed twice: finding the tickets a pull request left broken, then linting them. */
const parsedFiles = new WeakMap<RepositoryView, WeakMap<Config, Map<string, { text: string; file: TicketFile }>>>();

function parsedIn(repository: RepositoryView, config: Config): Map<string, { text: string; file: TicketFile }> {
  return inRun(parsedFiles, repository, config);
}

/** What a run (one repository view, one config) keeps by path in `store`. */
function inRun<T>(store: WeakMap<RepositoryView, WeakMap<Config, Map<string, T>>>, repository: RepositoryView, config: Config): Map<string, T> {
  let byConfig = store.get(repository);
  if (!byConfig) {
    byConfig = new WeakMap();
    store.set(repository, byConfig);
  }
  let byPath = byConfig.get(config);
  if (!byPath) {
    byPath = new Map();
    byConfig.set(config, byPath);
  }
  return byPath;
}

/**
 * Parses a ticket file's text with the configured sections and pointer cap, the repository giving the
 * hints; the same text of the same file in the same run is parsed once.
 */
export function parseTicketText(path: string, text: string, repository: RepositoryView, config: Config): TicketFile {
  const known = parsedBefore(path, text, repository, config);
  if (known) return known;
  const file = parseTicketTextOnce(path, text, repository, config);
  parsedIn(repository, config).set(path, { text, file });
  return file;
}

/** The file this run already parsed from the same text, if any. */
export function parsedBefore(path: string, text: string, repository: RepositoryView, config: Config): TicketFile | undefined {
  const known = parsedIn(repository, config).get(path);
  return known?.text === text ? known.file : undefined;
}

/** Parses text the run will not parse again (a file as it was at the base), keeping nothing. */
export function parseTicketTextOnce(path: string, text: string, repository: RepositoryView, config: Config): TicketFile {
  return parseTicketFile(
    path,
    text,
    {
      sections: config.sections,
      hints: {
        topLevelEntries: repository.topLevelEntries,
        endsATrackedPath: (word) => repository.pathsEndingWith(word).length > 0,
        isTrackedFile: (file) => repository.hasFile(file),
        isTrackedFolder: (folder) => repository.hasFolder(folder),
        ...(repository.rootName === undefined ? {} : { rootName: repository.rootName }),
      },
      maxPointers: config.maxPointers,
      status: statusVocabulary(config),
      formatFor: (file) => formatFor(config, file),
    },
    { hasFile: (file) => repository.hasFile(file), filesUnder: (folder) => repository.filesUnder(folder) },
  );
}

/** Keeps a file another thread parsed (its text, this run's repository and config) as if parsed here. */
export function rememberParsed(path: string, text: string, file: TicketFile, repository: RepositoryView, config: Config): void {
  parsedIn(repository, config).set(path, { text, file });
}

/** A ticket file as lint sees it; one that cannot be read carries a ticket-file problem and no tickets. */
export function readTicketFile(path: string, repository: RepositoryView, config: Config): TicketFile {
  return ticketFileOf(path, readTicketText(path, repository, config), repository, config);
}

/** The ticket file of a text already read. */
export function ticketFileOf(path: string, read: TicketText, repository: RepositoryView, config: Config): TicketFile {
  if (read.ok) return parseTicketText(path, read.text, repository, config);
  return { path, source: toSourceText(read.text ?? ''), tickets: [], problems: [{ about: 'file', line: read.line ?? 1, message: read.reason }] };
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`;
}

const vocabularies = new WeakMap<Config, StatusVocabulary>();

/** The config's status words, read once per config. */
function statusVocabulary(config: Config): StatusVocabulary {
  let vocabulary = vocabularies.get(config);
  if (!vocabulary) {
    vocabulary = new StatusVocabulary(config.status);
    vocabularies.set(config, vocabulary);
  }
  return vocabulary;
}

const formatMatchers = new WeakMap<Config, Array<{ isMatch: (path: string) => boolean; format: string }>>();

/** The format the config's `formats` names for a file: the first glob that matches it. */
function formatFor(config: Config, path: string): string | undefined {
  let matchers = formatMatchers.get(config);
  if (!matchers) {
    matchers = config.formats.map(({ glob, format }) => ({ isMatch: picomatch(glob, { dot: true }), format }));
    formatMatchers.set(config, matchers);
  }
  return matchers.find(({ isMatch }) => isMatch(path))?.format;
}

