import type { RootContent } from 'mdast';
import { toSourceText, trimEnd } from '../text/source-text.js';
import { buildTicket, type ParseOptions } from './build-ticket.js';
import { readFieldText } from './data-text.js';
import type { ClaimContext, MarkdownFormat, TicketFormat, TicketSpan } from './formats/format.js';
import { FORMATS, formatNamed, inOwnedPlace, notWrittenAsItsPlaceSays } from './formats/index.js';
import { indexFileReason, neverTicketReason } from './index-files.js';
import { DEFAULT_STATUS_WORDS } from '../config/config.js';
import { StatusVocabulary } from './lifecycle.js';
import { readMarkdown, type MarkdownDocument } from './markdown-document.js';
import { PointerCollector } from './pointer-collector.js';
import { ESCAPED_LINE_BREAKS, PointerMaker, type PointerSink } from './pointer-maker.js';
import { SectionNames } from './sections.js';
import { isOffCheckout } from '../text/machine-path.js';
import { toPointer, type PathHints } from './path-like.js';
import type { ParseProblem, Pointer, PointerSource, Ticket, TicketFile } from './ticket.js';

export type { ParseOptions } from './build-ticket.js';

const DEFAULT_VOCABULARY = new StatusVocabulary(DEFAULT_STATUS_WORDS);
const NO_FILES: ClaimContext = { hasFile: () => false };

/**
 * Turns a ticket file into its tickets: the format the config names for it, else the first format
 * that claims it, splits it, and each span becomes a ticket (docs/ticket-format.md). A file no format
 * claims, or an index of other tickets, has no tickets and says why. Never throws: a part that cannot
 * be read becomes a problem for the rule that owns it, and the rest of the file is still parsed.
 */
export function parseTicketFile(path: string, raw: string, options: ParseOptions, claims: ClaimContext = NO_FILES): TicketFile {
  const status = options.status ?? DEFAULT_VOCABULARY;
  const named = options.formatFor?.(path);
  const chosen = named === undefined ? undefined : formatNamed(named);
  const dataFormat = (chosen ? [chosen] : FORMATS).find((format) => format.kind === 'data' && (chosen !== undefined || format.claim(path, raw) !== undefined));
  if (dataFormat?.kind === 'data') {
    const source = toSourceText(raw);
    const maker = new PointerMaker(source, options.hints, options.maxPointers, ESCAPED_LINE_BREAKS);
    const read = dataFormat.read(path, source, {
      status,
      pointersIn: (text: string, offset: number) => {
        const sink: PointerSink = { pointers: [], droppedPointers: 0 };
        readFieldText(maker, text, offset, sink, (prose, at) => maker.addWords(prose, at, { mayWrite: true, inProse: true }, sink));
        return sink.pointers;
      },
      mentionsIn: (text: string, offset: number) => {
        const sink: PointerSink = { pointers: [], droppedPointers: 0 };
        readFieldText(maker, text, offset, sink, (prose, at) => maker.addProseWords(prose, at, sink));
        return sink.pointers;
      },
    });
    // The tasks of a list are one file's tickets: what one creates is still to be made wherever the file
    // names it. Their details are prose, which may name a file the work writes, not a field of such files.
    markPlannedThroughout(read.tickets, [], { fieldsOfWrittenFiles: false });
    expectThere(read.tickets);
    return { path, source, format: dataFormat.name, reason: chosen ? `the config names '${dataFormat.name}'` : (dataFormat.claim(path, raw) ?? ''), ...read };
  }
  const read = readMarkdown(path, raw);
  if (!('document' in read)) return { path, source: read.source, tickets: [], problems: [read.problem] };
  const { document } = read;
  const documentParts = {
    ...(document.frontmatter ? { frontmatter: document.frontmatter } : {}),
    ...(document.disableComments.length > 0 ? { disableComments: document.disableComments } : {}),
  };
  const claimed = chosen?.kind === 'markdown' ? { format: chosen, reason: `the config names '${chosen.name}'` } : claimFor(document, claims, named, SectionNames.of(options.sections));
  if ('skip' in claimed) {
    const problems = claimed.problem === undefined ? document.problems : [...document.problems, claimed.problem];
    return { path, source: document.source, ...documentParts, reason: claimed.skip, tickets: [], problems };
  }
  const spans = claimed.format.split(document, claims);
  const maker = new PointerMaker(document.source, { ...options.hints, declaredPaths: declaredWords(document.source.text, spans, options.hints) }, options.maxPointers);
  const context = {
    path,
    source: document.source,
    format: claimed.format,
    names: SectionNames.of(options.sections, claimed.format),
    collector: new PointerCollector(document.source, maker, claimed.format.elementsAreText === true),
    status,
  };
  const tickets = spans.map((span) => buildTicket(span, context));
  const sharedPointers = pointersOutside(spans, document, context.collector);
  markPlannedThroughout(tickets, sharedPointers);
  expectThere(tickets);
  markDeclaredInFile([...tickets.flatMap((ticket) => ticket.pointers), ...sharedPointers]);
  markOtherCheckouts([...tickets.flatMap((ticket) => ticket.pointers), ...sharedPointers], maker.otherCheckouts);
  return {
    path,
    source: document.source,
    format: claimed.format.name,
    reason: claimed.reason,
    ...documentParts,
    tickets,
    ...(sharedPointers.length > 0 ? { sharedPointers } : {}),
    problems: document.problems,
  };
}

/** The pointers of the blocks no ticket holds, in a file with tickets. */
function pointersOutside(spans: readonly TicketSpan[], document: MarkdownDocument, collector: PointerCollector): Pointer[] {
  if (spans.length === 0) return [];
  // A block that shares a line with a ticket (a list holding tasks) is the tickets' own.
  const held = (block: RootContent): boolean => {
    const first = block.position?.start.line ?? 0;
    const last = block.position?.end.line ?? first;
    return spans.some((span) => first <= span.endLine && last >= span.line);
  };
  const outside = document.blocks.filter((block) => block.type !== 'yaml' && !held(block));
  return outside.length === 0 ? [] : collector.collect(outside).pointers;
}

/**
 * A file an open ticket creates or writes is still to be written wherever its file names it, from the
 * root or from a subfolder: a plan's third step runs the script its first step creates. A file it
 * deletes may be gone.
 */
export function markPlannedThroughout(tickets: readonly Ticket[], shared: readonly Pointer[] = [], { fieldsOfWrittenFiles = true } = {}): void {
  const open = tickets.filter((ticket) => ticket.lifecycle.state === 'open');
  // Every tail of a path too, for a later mention written from a subfolder (`types/Cargo.toml`).
  const pathsOf = (keep: (pointer: Pointer) => boolean): Set<string> =>
    new Set(open.flatMap((ticket) => ticket.pointers.filter(keep).flatMap((pointer) => tailsOf(pointer.path))));
  // What the open tickets create, and what the file creates outside them while one is open (a plan's
  // File Map above its tasks: \`| Create | \`tests/test_x.py\` |\`).
  const creations = [...open.flatMap((ticket) => ticket.pointers), ...(open.length > 0 ? shared : [])].filter((pointer) => pointer.isNew);
  // Each tail of a created path with that path: a mention of the tail names it from a subfolder.
  const createdPaths = new Map<string, string>();
  for (const pointer of creations) for (const tail of tailsOf(pointer.path)) if (!createdPaths.has(tail)) createdPaths.set(tail, pointer.path);
  const created = new Set(createdPaths.keys());
  // The name of a file the plan creates names it too (`node server.js` after `- Create: \`scripts/server.js\``).
  for (const pointer of creations) if (!pointer.path.endsWith('/')) created.add(pointer.path.slice(pointer.path.lastIndexOf('/') + 1));
  // Each tail of a path the work writes, with the path and the first open ticket writing it: a mention of
  // the tail is written from a subfolder of it.
  const written = new Map<string, { path: string; by: number; line: number; said: boolean }>();
  // What the words say the work writes into ("Implement `x`") counts wherever it stands.
  const writes = (pointer: Pointer): boolean => pointer.intent === 'write' || (fieldsOfWrittenFiles && pointer.planned === true);
  open.forEach((ticket, by) => {
    for (const pointer of ticket.pointers) if (writes(pointer)) for (const tail of tailsOf(pointer.path)) if (!written.has(tail)) written.set(tail, { path: pointer.path, by, line: pointer.line, said: pointer.intent === 'write' });
  });
  // A folder the plan creates (`- Create: \`evals/\``) holds files it writes.
  const createdFolders = new Set(creations.map((pointer) => trimEnd(pointer.path, '/')));
  // A file the plan deletes may be gone wherever the plan names it (`git add -u x` after `- Delete: x`).
  const deleted = new Set(open.flatMap((ticket) => ticket.pointers.filter((pointer) => pointer.intent === 'delete').map((pointer) => pointer.path)));
  // A file the plan says is not there ("`x` does not exist") is known to be missing wherever it names it.
  const absent = pathsOf((pointer) => pointer.absent === true);
  if (created.size === 0 && written.size === 0 && deleted.size === 0 && absent.size === 0) return;
  for (const [at, pointers] of [...open.map((ticket) => ticket.pointers), shared].entries()) {
    for (const pointer of pointers) {
      // A file read before the work starts is there before anything the work makes.
      if (pointer.isNew || pointer.intent === 'read') continue;
      // `./scripts/x.sh` is `scripts/x.sh`, as a command runs it from the root.
      const named = pointer.path.replace(/^(?:\.\/)+/, '');
      if (pointer.intent === undefined && deleted.has(named)) pointer.intent = 'delete';
      // A file an earlier step creates is changed by a later one, and so is one an earlier step writes where
      // it is not yet ("Define the models in `x`", then "Extend the models in `x`"), or an earlier line of the
      // same ticket says it writes into ("Implement `x`", then a subtask's "In `x`, implement …"; not a field of
      // files written, which is no step); a step may take from what another writes.
      const writer = written.get(named);
      if (created.has(named)) {
        Object.assign(pointer, { planned: true, createdInFile: true });
        const full = createdPaths.get(named);
        if (full !== undefined && full !== named) pointer.tailOf = full;
      }
      else if (writer !== undefined && (pointer.intent === undefined || pointer.intent === 'use' || (pointer.intent === 'modify' && (writer.by < at || (writer.by === at && writer.said && writer.line < pointer.line))))) {
        pointer.planned = true;
        if (writer.path !== named) pointer.tailOf = writer.path;
      }
      if (absent.has(named)) {
        pointer.planned = true;
        pointer.conditional = true;
      }
      // It comes with its folder, content and all, if the folder is new: created, whatever the ticket then does to it.
      const folder = foldersOf(named).find((candidate) => createdFolders.has(candidate));
      if (folder !== undefined) pointer.createdFolder = folder;
    }
  }
}

/**
 * A file the roadmap says is there should be there, wherever an open ticket names it: one a done ticket
 * of the file created (`- [x] T007 Create backend/src/main.py`, then `- [ ] T087 Register the routers in
 * backend/src/main.py`), and one the ticket reads before its work starts (a GSD plan's `<context>` file
 * is the one its `files_modified` and `<files>` name, not one to come). Its absence is news, not work
 * still to come.
 */
export function expectThere(tickets: readonly Ticket[]): void {
  const made = new Set(tickets.filter((ticket) => ticket.lifecycle.state === 'done').flatMap((ticket) => ticket.pointers.filter((pointer) => pointer.isNew).map((pointer) => pointer.path)));
  for (const ticket of tickets) {
    if (ticket.lifecycle.state !== 'open') continue;
    const read = new Set(ticket.pointers.filter((pointer) => pointer.intent === 'read').map((pointer) => pointer.path));
    if (made.size === 0 && read.size === 0) continue;
    for (const pointer of ticket.pointers) {
      const there = made.has(pointer.path) || read.has(pointer.path);
      if (there && !pointer.isNew && !pointer.createdInFile && !pointer.conditional && pointer.intent !== 'delete') pointer.planned = false;
    }
  }
}

/** A declared field's words: its code spans and plain words. */
const FIELD_WORDS = /`([^`\n]+)`|[^\s,;|`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]+/gu;

/** The paths with a folder that the format's fields of the file declare (DeclaredRange, DeclaredItem), read as the fields are. */
export function declaredWords(text: string, spans: readonly TicketSpan[], hints: PathHints): Set<string> {
  const words = new Set<string>();
  const add = (raw: string, source: PointerSource, sentence = false): void => {
    const pointer = toPointer({ raw, source, line: 0, column: 0, isNew: false, declared: true, sentence }, hints);
    if (pointer?.path.includes('/')) words.add(pointer.path);
  };
  for (const span of spans) {
    for (const range of span.declared ?? []) {
      for (const match of text.slice(range.start, range.end).matchAll(FIELD_WORDS)) add(match[1] ?? match[0].replace(/^[(["'*_@]+/, ''), match[1] === undefined ? 'field' : 'code', range.sentence === true);
    }
    for (const item of span.declaredItems ?? []) add(item.raw, 'frontmatter');
  }
  return words;
}

/**
 * A path into the repository that the file declares is meant for this repository wherever the file
 * names it: a mention of it (`git add lib/x.js` after `- Modify: \`lib/x.js\``) is checked as the declaration is.
 */
function markDeclaredInFile(pointers: readonly Pointer[]): void {
  // A machine path declared as a file of the work is a mistake there; named elsewhere, it is talk about a machine.
  // Its tails name it too, written from a subfolder (`parser/src/lib.rs` for `experiments/poc-retrieval/parser/src/lib.rs`),
  // and come with the folder it comes with.
  const declared = new Map<string, Pointer>();
  for (const pointer of pointers) {
    if (!pointer.declared || isOffCheckout(pointer.path)) continue;
    for (const tail of tailsOf(pointer.path)) if (!declared.has(tail)) declared.set(tail, pointer);
    // A bare name of a list, read in the folder of the path before it, names it as written too.
    if (pointer.shorthandOf !== undefined && !declared.has(pointer.shorthandOf)) declared.set(pointer.shorthandOf, pointer);
  }
  for (const pointer of pointers) {
    const declaration = pointer.declared ? undefined : declared.get(pointer.path);
    if (declaration === undefined) continue;
    pointer.declaredInFile = true;
    if (pointer.createdFolder === undefined && declaration.createdFolder !== undefined) pointer.createdFolder = declaration.createdFolder;
  }
}

/**
 * A folder the file `cd`s into from the root though the repository does not have it is another
 * checkout (`cd evals`, a separate repository cloned inside): wherever the file names a path under it,
 * that is the checkout's file, not this repository's.
 */
function markOtherCheckouts(pointers: readonly Pointer[], checkouts: ReadonlySet<string>): void {
  if (checkouts.size === 0) return;
  for (const pointer of pointers) {
    if (pointer.base !== 'root') continue;
    const checkout = foldersOf(pointer.path).find((folder) => checkouts.has(folder)) ?? (checkouts.has(trimEnd(pointer.path, '/')) ? trimEnd(pointer.path, '/') : undefined);
    if (checkout !== undefined) pointer.inOtherCheckout = checkout;
  }
}

/** `a`, `a/b` for `a/b/c.ts`: the folders a path lies in, from the top. */
function foldersOf(path: string): string[] {
  const folders: string[] = [];
  for (let slash = path.indexOf('/'); slash > 0 && slash < path.length - 1; slash = path.indexOf('/', slash + 1)) folders.push(path.slice(0, slash));
  return folders;
}

/** `a/b/c.ts`, `b/c.ts`: the path and its tails that still have a folder in them. */
function tailsOf(path: string): string[] {
  const tails = [path];
  for (let slash = path.indexOf('/'); slash !== -1 && path.indexOf('/', slash + 1) !== -1; slash = path.indexOf('/', slash + 1)) tails.push(path.slice(slash + 1));
  return tails;
}

/**
 * The first Markdown format that claims the document, with why. A readme or a template is no ticket;
 * an index of other tickets is not read as one by the format that takes any file (the fallback).
 */
function claimFor(document: MarkdownDocument, context: ClaimContext, named: string | undefined, names: SectionNames): { format: MarkdownFormat; reason: string } | { skip: string; problem?: ParseProblem | undefined } {
  if (named !== undefined) return { skip: `the config names the format '${named}', which ticket-lint does not know` };
  const never = neverTicketReason(document.path);
  if (never !== undefined) return { skip: never };
  for (const format of FORMATS) {
    if (format.kind !== 'markdown') continue;
    if (format.fallback) {
      // A goal and its acceptance criteria make a ticket wherever it lies; a tool's other files there are its notes.
      if (inOwnedPlace(document.path) && !statesGoalAndAcceptance(document, names)) return { skip: 'it lies where a ticket tool keeps its files, but is not one of its ticket files', problem: notWrittenAsItsPlaceSays(document.path) };
      const index = indexFileReason(document);
      if (index !== undefined) return { skip: index };
    }
    const claim = format.claim(document, context);
    if (typeof claim === 'string') return { format, reason: claim };
    if (claim !== undefined) return claim;
  }
  return { skip: 'no ticket format claims it' };
}

/** True when the document has a goal section and an acceptance section (the configured headings). */
function statesGoalAndAcceptance(document: MarkdownDocument, names: SectionNames): boolean {
  const kinds = new Set(document.headings.flatMap((heading) => names.kindsOf(heading.text)));
  return kinds.has('goal') && kinds.has('acceptance');
}

export function isMarkdownFormat(format: TicketFormat): format is MarkdownFormat {
  return format.kind === 'markdown';
}
