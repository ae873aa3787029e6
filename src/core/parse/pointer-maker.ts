import { inSentence } from './prose-sentence.js';
import { positionAt, trimEnd, type SourceText } from '../text/source-text.js';
import { unwrap, unwrapCode } from '../text/unwrap.js';
import { CHECKING, COMMAND_WORD, ESCAPED, PLACEHOLDER_SPAN, QUOTED, commandIntents, isCommandSpan, runFileIndex, shellCArguments } from './commands.js';
import { cdOf, commandSegments } from './laptop-copy.js';
import { intentOf, isConditional, isRoute, isStatedAbsent, type Intent } from './intent.js';
import { blankQuotedParts, blankRemarks, listedFolders, type ListedWord } from './field-lists.js';
import { pairedEndings } from './paired-endings.js';
import { placeOfReading } from './reading-place.js';
import { toPointer, type PathHints } from './path-like.js';
import type { Pointer, PointerSource } from './ticket.js';
import { afterLastBreak } from '../text/line-window.js';

const NEW_MARK = /^[`*_\s]*\(new\)/i;
/** "(e.g. `a.ts`, `b.ts`)", "for example `a.ts`": the clause before a pointer that makes it an illustration. */
const EXAMPLE_WORDS = /(?:^|[\s(])(?:e\.\s?g\.?|eg\.|for example|for instance|such as)[,:]?\s/gi;
/**
 * A word of a declared field: between separators, with the brackets, quotes and emphasis around it dropped; CJK text, written without spaces, ends it.
 * A brace group's commas part its alternatives, not the field's words (`components/{a,b}.tsx` names both, as a shell or a glob reads it).
 */
const FIELD_WORD = /(?:\{[^\s{},;]*(?:,[^\s{},;]*)+\}|[^\s,;|\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef])+/gu;
/** A word of prose, between spaces, quotes and brackets (but a `[id]` folder, as web frameworks name routes' files: `pages/posts/[id]/edit.vue`); CJK text ends it. */
export const PROSE_WORD = /[^\s"'`<>()[\]\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]+(?:(?<=\/)\[[^\s"'`<>()[\]/]+\](?=[/.])[^\s"'`<>()[\]\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]*)*/gu;
const CODE_SPAN = /`([^`\n]+)`/g;
/** A path that names the same place from any folder: a machine's, a home's, a drive's. */
const ABSOLUTE = /^(?:\/|~|[A-Za-z]:\/)/;
/** What stands between a command's words before the file an output redirection writes (`> x`, `>> x`, `2> x`). */
const REDIRECTION = />\s*$/;

/**
 * The words of one command (at `start` in its text), where each stands, and whether an output
 * redirection writes it: then the command writes that file, whether it is there before or not.
 */
function commandWords(segment: string, start: number): Array<{ word: string; at: number; redirected: boolean }> {
  let wordEnd = 0;
  return [...segment.matchAll(COMMAND_WORD)].map((match) => {
    const before = segment.slice(wordEnd, match.index);
    wordEnd = (match.index ?? 0) + match[0].length;
    const word = unwrapCode(match[0]);
    return { word, at: start + (match.index ?? 0) + match[0].indexOf(word), redirected: REDIRECTION.test(before) };
  });
}
/** A path the ticket changes, takes from, deletes or reads is no file still to come, though its place says the work writes files. */
const NOT_TO_COME: ReadonlySet<Intent> = new Set(['modify', 'use', 'delete', 'read']);
/** A path the ticket takes from, deletes or reads is not one its work writes. */
const NOT_WRITTEN: ReadonlySet<Intent> = new Set(['use', 'delete', 'read']);
/** Emphasis marks around words (`**Delete:**`, `_Leverage:_`). */
const EMPHASIS = /(?<![\p{L}\p{N}])[*_]+|[*_]+(?![\p{L}\p{N}])/gu;
/** A ticket's pointers as they are found, up to 'max-pointers'; the rest counted, not kept. */
export interface PointerSink {
  pointers: Pointer[];
  droppedPointers: number;
}

/** What a pointer is besides its text: its place, whether the ticket creates it, whether the format declares it. */
export interface PointerPlace {
  /** Offset in the file of the pointer's first character. */
  offset: number;
  /** Where the clause holding it starts, for "e.g." (a link's `[`, not its target); the offset by default. */
  clauseOffset?: number;
  /** Where to look for a `(new)` mark after it. */
  endOffset: number;
  isNew: boolean;
  declared: boolean;
  /** Declared by standing in prose the ticket declares files in (a context paragraph, Task Master's details), not in a path field. */
  inProse?: boolean;
  /** The intent of the field the pointer stands in (`- Create:`), over the words around it; 'none' for no intent. */
  intent?: Intent | 'none';
  /** It stands in a field of files the work writes (see DeclaredRange.planned). */
  planned?: boolean;
  /** It stands in prose that may name files the work writes (Task Master's details): to come, but written only where the words say so. */
  mayWrite?: boolean;
  /**
   * It stands in an open acceptance criterion, which says what will be true once the work is done: a
   * path named there with no verb may be what the work delivers (`evals/results/run-v1.json` committed).
   */
  promised?: boolean;
  /** The folder a command runs in, from the repository root, when a `cd` took it there: a relative path is read from it. */
  from?: string;
  /** It is what a command tests for (`test -f x`): it may not be there. */
  tested?: boolean;
  /** It is the file a command runs (runFileIndex). */
  runs?: boolean;
  /** It stands in a sentence a format declares files in (DeclaredRange.sentence): a path only by its look. */
  sentence?: boolean;
  /** A bare name after a path of its list: that path's folder (listedFolders). */
  listedIn?: string;
  /** A folder on the author's machine a `cd` enters: the repository folder it is a copy of (copyByItsPaths). */
  copyOf?: string;
  /** A quoted argument: one word to a shell, spaces and all. */
  oneWord?: boolean;
  /** A link in the text a list item gives the document it opens with: that document's folder (Pointer.linkAsWritten). */
  documentFolder?: string;
}

/** Turns text of a ticket file into pointers with their line and column, marks and limits. */
export class PointerMaker {
  /** Folders the file's commands `cd` into from the root that the repository does not have: other checkouts (see otherCheckout). */
  readonly otherCheckouts = new Set<string>();

  constructor(
    private readonly source: SourceText,
    readonly hints: PathHints,
    private readonly maxPointers = Number.POSITIVE_INFINITY,
    private readonly lineBreaks: RegExp = LINE_BREAKS,
  ) {}

  add(raw: string, source: PointerSource, place: PointerPlace, sink: PointerSink): void {
    const around = this.wordsAround(place.clauseOffset ?? place.offset, place.endOffset);
    if (isRoute(around[0], raw)) return;
    const pointer = toPointer(
      {
        raw,
        source,
        ...positionAt(this.source, place.offset),
        isNew: false,
        isExample: this.isIntroducedAsExample(place.clauseOffset ?? place.offset),
        declared: place.declared && !(place.inProse === true && inSentence(raw, around[0])),
        runs: place.runs === true, sentence: place.sentence === true, oneWord: place.oneWord === true,
      },
      this.hints,
    );
    if (!pointer) return; // most words of prose tried are no pointer: their words are not read for intent
    const words: [string, string] = [around[0].toLowerCase(), around[1].toLowerCase()];
    const intent = place.intent === 'none' ? undefined : (place.intent ?? (place.isNew ? 'create' : intentOf(...words)));
    pointer.isNew = intent === 'create' || this.isMarkedNew(place.endOffset);
    if (intent === undefined && place.intent !== 'none' && isStatedAbsent(...words)) pointer.absent = true;
    const condition = place.tested === true || pointer.absent === true || ((intent === undefined || intent === 'modify' || intent === 'use') && place.intent !== 'none' && isConditional(...words));
    if (condition) Object.assign(pointer, { planned: true, conditional: true });
    Object.assign(pointer, placeOfReading(place, pointer));
    if (intent !== undefined) pointer.intent = intent;
    Object.assign(pointer, place.runs === true ? { runs: true } : {}, place.copyOf === undefined ? {} : { copyOf: place.copyOf });
    if (((place.planned || place.mayWrite) && !(intent !== undefined && NOT_TO_COME.has(intent))) || (place.promised && intent === undefined) || intent === 'write') pointer.planned = true;
    if ((place.planned && !(intent !== undefined && NOT_WRITTEN.has(intent))) || pointer.isNew || intent === 'write') pointer.writes = true;
    keep(pointer, sink, this.maxPointers);
  }

  /**
   * A command the ticket tells the agent to run (a code span with spaces, a line of a shell block): its
   * arguments that look like paths are mentions of them, wherever the command stands, read from the
   * folder it runs in: `folder` ('' the repository root; undefined a place outside the repository that
   * a `cd` went to, where only machine paths are read). Returns the folder the next command runs in (commandFolder).
   * `written`: a line of a shell block, or a code span, a command only by its look (see runFileIndex): it may
   * be one path with a space in it (`docs/Implementation Logs/.gitkeep`).
   */
  addCommand(command: string, offset: number, sink: PointerSink, folder: string | undefined, written: 'block' | 'span' = 'block'): string | undefined {
    // `bash -c "…"` runs its quoted command line, read as one from where this one runs.
    for (const inner of shellCArguments(command)) this.addCommand(inner.text, offset + inner.start, sink, folder, written);
    const blank = (text: string): string => ' '.repeat(text.length);
    const unquoted = command.replace(ESCAPED, blank).replace(QUOTED, blank).replace(PLACEHOLDER_SPAN, blank);
    let from: string | undefined = folder;
    const segments = commandSegments(command, unquoted);
    segments.forEach((segment, position) => {
      const words = commandWords(segment.text, segment.index);
      const texts = words.map(({ word }) => word);
      const [intents, at, checks, runs] = [commandIntents(texts), from, CHECKING.has(texts[0] ?? ''), runFileIndex(texts, written === 'span')];
      const entered = texts[0] === 'cd' ? cdOf(segments, position, from, this.hints) : undefined;
      // A quoted target is one word to a shell, which the words read with quotes blanked miss: it comes last.
      const all = entered?.target !== undefined && entered.at !== undefined && texts[1] !== entered.target ? [...words, { word: entered.target, at: entered.at, redirected: false }] : words;
      all.forEach(({ word, at: column, redirected }, index) => {
        // Where the command runs matters only to a relative path: a machine path names the same place from anywhere.
        if (word === '' || word.startsWith('-') || (at === undefined && !ABSOLUTE.test(word))) return;
        const start = offset + column;
        const cdTarget = word === entered?.target && entered.copyOf !== undefined ? { copyOf: entered.copyOf } : {};
        this.add(word, 'command', { offset: start, endOffset: start + word.length, isNew: false, declared: false, intent: intents[index] ?? 'none', from: at ?? '', tested: checks, planned: redirected, runs: index === runs && !ABSOLUTE.test(word), oneWord: index === words.length, ...cdTarget }, sink);
      });
      if (entered !== undefined) {
        if (entered.checkout !== undefined) this.otherCheckouts.add(entered.checkout);
        from = entered.next;
      }
    });
    return from;
  }

  /** A declared field: its code spans and its plain words, each a pointer when it looks like a path. */
  addWords(text: string, offset: number, field: { isNew?: boolean; planned?: boolean; mayWrite?: boolean; read?: boolean; wholePath?: boolean; inProse?: boolean; sentence?: boolean }, sink: PointerSink): void {
    const [isNew, planned, marks] = [field.isNew === true, field.planned === true, fieldMarks(field)];
    if (field.wholePath) return addWholePath(this, text, offset, { isNew, declared: true, planned, ...marks }, sink);
    const spans: ListedWord[] = [...text.matchAll(CODE_SPAN)].map((match) => ({ word: match[1] ?? '', start: (match.index ?? 0) + 1, end: (match.index ?? 0) + match[0].length }));
    // A remark in parentheses (`path (what to read it for)`) is prose, its words with a folder mentions; `(x)` without a space may be a name.
    const plain = text.replace(CODE_SPAN, (span) => ' '.repeat(span.length));
    const { text: fieldText, remarks } = blankRemarks(plain);
    const words = fieldWords(blankQuotedParts(fieldText));
    const folders = listedFolders(fieldText, [...spans, ...words], this.hints.isTrackedFile);
    for (const { word, start } of spans) {
      if (isCommandSpan(word, this.hints)) this.addCommand(word, offset + start, sink, '', 'span');
      else this.add(word, 'code', { offset: offset + start, endOffset: offset + start + word.length + 1, isNew, declared: true, planned, ...marks, sentence: field.sentence === true, listedIn: folders.get(start) }, sink);
    }
    for (const remark of remarks) this.addProseWords(plain.slice(remark.start, remark.end), offset + remark.start, sink);
    for (const { word, start } of words) this.add(word, 'field', { offset: offset + start, endOffset: offset + start + word.length, isNew, declared: true, planned, ...marks, listedIn: folders.get(start) }, sink);
  }

  /** The words of prose in `text` (at `offset` in the file) written as paths with a folder: mentions; `written`, of files the work writes. */
  addProseWords(text: string, offset: number, sink: PointerSink, written = false): void {
    for (const match of text.matchAll(PROSE_WORD)) {
      const start = offset + (match.index ?? 0);
      if (match[0].includes('/')) this.add(match[0], 'text', { offset: start, endOffset: start + match[0].length, isNew: false, declared: false, planned: written }, sink);
    }
  }

  /** A declared path outside the Markdown (a frontmatter list item), at its own line and column. */
  addItem(raw: string, line: number, column: number, field: { isNew?: boolean; planned?: boolean }, sink: PointerSink): void {
    const pointer = toPointer({ raw, source: 'frontmatter', line, column, isNew: field.isNew === true, declared: true }, this.hints);
    if (!pointer) return;
    if (field.isNew) pointer.intent = 'create';
    if (field.planned) pointer.planned = true;
    if (field.planned || field.isNew) pointer.writes = true;
    keep(pointer, sink, this.maxPointers);
  }

  /**
   * The words around a pointer on its line, which say what the ticket does to it (intentOf, isConditional,
   * isStatedAbsent). Emphasis is no word: `- **Delete:** \`x\`` says what `- Delete: \`x\`` says.
   */
  private wordsAround(start: number, end: number): [before: string, after: string] {
    return [trimEnd(this.lineBefore(start, 120).replace(EMPHASIS, ''), '`[("\''), this.lineAfter(end, 120)];
  }

  /** `(new)` right after a pointer, on its line. */
  isMarkedNew(offset: number): boolean {
    return NEW_MARK.test(this.lineAfter(offset, 80));
  }

  /**
   * Up to `limit` characters of the line before `offset`, and after it: windows cut first, so that many
   * pointers on one long line cost each a window, not the line (140,000 code spans on a line were quadratic).
   */
  private lineBefore(offset: number, limit: number): string {
    return afterLastBreak(this.source.text.slice(Math.max(0, offset - limit), offset), this.lineBreaks, offset > limit);
  }

  private lineAfter(offset: number, limit: number): string {
    const window = this.source.text.slice(offset, offset + limit);
    const lineEnd = window.search(this.lineBreaks);
    return lineEnd === -1 ? window : window.slice(0, lineEnd);
  }

  private isIntroducedAsExample(offset: number): boolean {
    const before = this.lineBefore(offset, 300);
    // Earlier code spans of the same list ("e.g. `a.png`, `b.svg`") must not end the clause at their dots.
    const clause = before.replace(/`[^`]*`/g, 'code');
    const last = [...clause.matchAll(EXAMPLE_WORDS)].at(-1);
    return last !== undefined && !/[.;()]/.test(clause.slice((last.index ?? 0) + last[0].length));
  }
}

const LINE_BREAKS = /\n/g;
/** A JSON file's line breaks, and those its strings hold (`"details": "Tasks:\\n- Create x"`): the lines a reader of the text sees. */
export const ESCAPED_LINE_BREAKS = /\n|\\n/g;


/** The plain words of a field's text, each at its start. */
function fieldWords(text: string): ListedWord[] {
  return [...text.matchAll(FIELD_WORD)].flatMap((match) => {
    // `@path` is how Claude Code is told to read a file.
    const word = unwrap(match[0]).replace(/^@(?=[^/\s]+\/)/, '');
    const start = (match.index ?? 0) + match[0].indexOf(word);
    return word === '' ? [] : [{ word, start, end: start + word.length }];
  });
}

/** Lines of commands (a shell block's, a format's), each line's arguments as mentions, each run where the lines before it went; `shift` moves their offsets to the file's. */
export function addCommandLines(maker: PointerMaker, lines: ReadonlyArray<{ command: string; offset: number }>, sink: PointerSink, shift = 0): void {
  let folder: string | undefined = '';
  for (const { command, offset } of lines) folder = maker.addCommand(command, shift + offset, sink, folder);
}

/** A pointer kept, up to 'max-pointers'; past it only counted. A header and its source named at once (`View.h/.cpp`) are two. */
function keep(pointer: Pointer, sink: PointerSink, maxPointers: number): void {
  const paired = pairedEndings(pointer.path);
  if (paired !== undefined) {
    for (const path of paired) keep({ ...pointer, path }, sink, maxPointers);
    return;
  }
  if (sink.pointers.length < maxPointers) sink.pointers.push(pointer);
  else sink.droppedPointers += 1;
}

/** What a field's words are besides their text: read first, in prose the ticket declares files in, naming files the work may write. */
function fieldMarks(field: { read?: boolean; inProse?: boolean; mayWrite?: boolean }): Pick<PointerPlace, 'intent' | 'inProse' | 'mayWrite'> {
  return { ...(field.read === true ? { intent: 'read' as const } : {}), ...(field.inProse === true ? { inProse: true } : {}), ...(field.mayWrite === true ? { mayWrite: true } : {}) };
}

/** A field that is one path, spaces and all (DeclaredRange.wholePath): the whole of it, trimmed. */
function addWholePath(maker: PointerMaker, text: string, offset: number, place: Omit<PointerPlace, 'offset' | 'endOffset'>, sink: PointerSink): void {
  const path = text.trim();
  const start = offset + text.indexOf(path);
  if (path !== '') maker.add(path, 'field', { ...place, offset: start, endOffset: start + path.length }, sink);
}
