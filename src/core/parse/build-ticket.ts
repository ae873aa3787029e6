import type { RootContent } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import type { SectionKind } from '../config/config.js';
import { copyPath, isOffCheckout } from '../text/machine-path.js';
import type { SourceText } from '../text/source-text.js';
import type { MarkdownFormat, StatusMark, TicketSpan } from './formats/format.js';
import { inDoneFolder, type StatusVocabulary } from './lifecycle.js';
import { headingsOf, type HeadingBlock } from './markdown-document.js';
import type { Intent } from './intent.js';
import type { PathHints } from './path-like.js';
import type { BlockRange, PointerCollector } from './pointer-collector.js';
import { criteriaOf, findSections, headingEnd, normalizeHeading, type SectionNames } from './sections.js';
import type { Lifecycle, Pointer, Ticket, TicketFile } from './ticket.js';

export interface ParseOptions {
  sections: Record<SectionKind, string[]>;
  hints: PathHints;
  /** Pointers kept per ticket; the rest are counted, not kept (a ticket of thousands is not a ticket). */
  maxPointers?: number;
  /** Which status words mean open and which done. */
  status?: StatusVocabulary;
  /** The format the config names for this file (`formats:`), over the one that would claim it. */
  formatFor?(path: string): string | undefined;
}

const NEW_FILES_HEADING = /^(?:key )?(?:files to create|new files)$/;

/**
 * The blocks a "Files to create" heading opens, and the list right after a paragraph that is such a
 * label alone in bold (`**Key Files to Create:**`): the same declaration in other markup.
 */
function newFilesRanges(nodes: readonly RootContent[], headings: readonly HeadingBlock[]): BlockRange[] {
  const ranges = headings.filter((heading) => NEW_FILES_HEADING.test(normalizeHeading(heading.text))).map((heading) => ({ start: heading.index, end: headingEnd(headings, heading, nodes.length) }));
  nodes.forEach((node, index) => {
    const isLabel = node.type === 'paragraph' && node.children[0]?.type === 'strong' && NEW_FILES_HEADING.test(normalizeHeading(nodeText(node)));
    if (isLabel && nodes[index + 1]?.type === 'list') ranges.push({ start: index, end: index + 2 });
  });
  return ranges;
}
/**
 * A plan step's title that opens with a verb of making: "Create …", "Scaffold …", "Generate …". Fewer
 * verbs than intent.ts reads right before a path: a step titled "Add …" or "Write …" as often puts
 * something into a file that is there ("T002 Add dependency declarations in …/pom.xml").
 */
const STEP_CREATES = /^(?:(?:create|scaffold|generate|crear|generar|criar|gerar|créer|générer|erstelle|erstellen|crea|creare|generare)\b|创建|新建|生成|建立|創建)/iu;
/** A plan step's title that opens with a verb of changing: "Update …", "Migrate …", "Refactor …". */
const STEP_CHANGES = /^(?:(?:update|modify|edit|change|fix|refactor|extend|patch|migrate|actualizar|modificar|editar|cambiar|corregir|refactorizar|migrar|atualizar|alterar|corrigir|refatorar|modifier|corriger|migrer|aktualisiere|aktualisieren|ändere|ändern|migriere|migrieren|aggiorna|aggiornare|modificare|correggi|correggere|migra|migrare)\b|更新|修改|修复|重构|迁移|修復|重構|遷移)/iu;
/** A plan step's title that opens with a verb of running: "Run …", "Execute …", "执行 …". */
const STEP_RUNS = /^(?:(?:run|execute|ejecutar|executar|exécuter|ausführen)\b|运行|执行|運行|執行)/iu;
/** A file a program runs: a script of the shell or of an interpreter. */
const SCRIPT_FILE = /\.(?:sh|bash|zsh|ps1|bat|cmd|py|js|mjs|cjs|ts|rb|pl)$/i;

/** What a plan step's title says it does to its files: `T004 Create the option model in src/model/CliOptions.java` creates. */
function stepVerbIntent(title: string | undefined): 'create' | 'modify' | 'run' | undefined {
  if (title === undefined) return undefined;
  if (STEP_CREATES.test(title)) return 'create';
  if (STEP_RUNS.test(title)) return 'run';
  return STEP_CHANGES.test(title) ? 'modify' : undefined;
}

/**
 * What the step's verb says it does to a file it names with no word of its own: a step changes the files
 * it names with their folders (a name alone may be a module it documents, `Gram.JSON`), and runs the
 * scripts it names, which it does not write ("T127 执行性能基准测试 scripts/benchmark.sh").
 */
function stepIntentOf(stepIntent: ReturnType<typeof stepVerbIntent>, path: string): Intent | undefined {
  if (stepIntent === 'run') return SCRIPT_FILE.test(path) ? 'use' : undefined;
  return stepIntent === 'modify' && !path.includes('/') ? undefined : stepIntent;
}

/** Backlog.md writes `<!-- SECTION:DESCRIPTION:BEGIN -->` and `…:END -->` around the text of a section. */
const SECTION_MARKER = /<!--\s*SECTION:[\w-]+:(BEGIN|END)\s*-->/g;

/** The headings that open sections: not those inside a section's markers, which are its author's text. */
function sectionHeadingsOf(nodes: readonly RootContent[]): HeadingBlock[] {
  const inMarkedText = new Set<number>();
  let inside = false;
  nodes.forEach((node, index) => {
    if (node.type === 'html') {
      const last = [...node.value.matchAll(SECTION_MARKER)].at(-1);
      if (last) inside = last[1] === 'BEGIN';
    } else if (inside && node.type === 'heading') inMarkedText.add(index);
  });
  const headings = headingsOf(nodes);
  return inMarkedText.size === 0 ? headings : headings.filter((heading) => !inMarkedText.has(heading.index));
}

/** What the builder needs besides the span: the file, its format and the tools that read it. */
export interface BuildContext {
  path: string;
  source: SourceText;
  format: MarkdownFormat;
  names: SectionNames;
  collector: PointerCollector;
  status: StatusVocabulary;
}

/** A ticket from the span its format marked out: its sections, criteria, pointers, prose and lifecycle. */
export function buildTicket(span: TicketSpan, { path, source, format, names, collector, status }: BuildContext): Ticket {
  const { nodes } = span;
  const headings = sectionHeadingsOf(nodes);
  const sectionRanges = span.sectionDepth === null ? [] : findSections(nodes, headings, names, span.sectionDepth);
  const acceptance = sectionRanges.find(({ section }) => section.kind === 'acceptance');
  const context = sectionRanges.find(({ section }) => section.kind === 'context');
  const newFiles = newFilesRanges(nodes, headings);
  // Evidence names what was observed; only a section of the work's files declares them.
  const declaringContext = format.contextIsEvidence ? undefined : context;
  const { pointers: collected, prose, droppedPointers } = collector.collect(nodes, {
    context: declaringContext,
    acceptance,
    newFiles,
    ...(span.declared ? { declared: span.declared } : {}),
    ...(span.declaredItems ? { items: span.declaredItems } : {}),
    ...(span.commands ? { commands: span.commands } : {}),
  });
  // By place in the file, not by line: an element may share its lines with the next (`</execution_context><context>`).
  const othersFiles = span.othersFiles ?? [];
  const offsetOf = (pointer: Pointer): number => (source.lineStarts[pointer.line - 1] ?? 0) + pointer.column - 1;
  // A file it loads from the repository (`@.agent/get-shit-done/workflows/x.md`, a local install, or a
  // tracked file through a laptop copy, `@/Users/ana/<name>/.planning/…`) is the repository's all the same.
  const fromRepository = (pointer: Pointer): boolean => pointer.declared && (!isOffCheckout(pointer.path) || collector.hints.isTrackedFile?.(copyPath(pointer.path, collector.hints.rootName) ?? '') === true);
  const othersOwn = (pointer: Pointer): boolean => !fromRepository(pointer) && othersFiles.some(({ start, end }) => offsetOf(pointer) >= start && offsetOf(pointer) < end);
  const pointers = othersFiles.length === 0 ? collected : collected.filter((pointer) => !othersOwn(pointer));
  const lifecycle = lifecycleOf(path, span.status, status);
  // An open step of a plan names the files the plan works on, some of them still to be written; done
  // work names files that should be there. The step's own verb is what it does to the files it names
  // with no word of their own.
  const stepIntent = format.unit === 'step' ? stepVerbIntent(span.title) : undefined;
  for (const pointer of pointers) {
    const unmarked = format.unit === 'step' && pointer.declared && pointer.intent === undefined;
    const intent = stepIntentOf(stepIntent, pointer.path);
    const there = intent === 'modify' || intent === 'use';
    if (lifecycle.state === 'done') delete pointer.planned;
    else if (unmarked && !there) pointer.planned = true;
    if (unmarked && intent !== 'use') pointer.writes = true;
    if (unmarked && intent !== undefined) pointer.intent = intent;
  }
  const headingCriteria = acceptance ? criteriaOf(nodes, acceptance) : [];
  const sections = [...sectionRanges.map(({ section }) => section)];
  for (const field of span.sections ?? []) if (!sections.some((section) => section.kind === field.kind)) sections.push(field);
  return {
    file: path,
    line: span.line,
    endLine: span.endLine,
    anchorLine: span.anchorLine,
    ...(span.id !== undefined ? { id: span.id } : {}),
    ...(span.idKey !== undefined ? { idKey: span.idKey } : {}),
    ...(span.idLine !== undefined ? { idLine: span.idLine } : {}),
    ...(span.title !== undefined ? { title: span.title } : {}),
    text: textOfLines(source, span.line, span.endLine),
    ...(span.frontmatter ? { frontmatter: span.frontmatter } : {}),
    ownsFrontmatter: span.ownsFrontmatter,
    format: format.name,
    requiredSections: format.sections,
    unit: format.unit,
    lifecycle,
    sections,
    criteria: headingCriteria.length > 0 || !span.criteria ? headingCriteria : span.criteria,
    pointers,
    ...(droppedPointers > 0 ? { droppedPointers } : {}),
    prose,
    dependsOn: span.dependsOn,
    parallel: span.parallel,
    parallelScope: span.parallelScope ?? '',
    siblingsInParallel: format.siblingsInParallel === true,
    ...(format.inlinesContext ? { inlinesContext: true } : {}),
    ...(span.parent ? { parent: span.parent } : {}),
  };
}

/** Done when the status word says so, the task is checked, or the ticket lies in a folder of finished tickets; open otherwise. */
export function lifecycleOf(path: string, mark: StatusMark | undefined, vocabulary: StatusVocabulary): Lifecycle {
  const word = mark?.word?.trim();
  const fromWord = word ? vocabulary.stateOf(word) : undefined;
  const status = word ? { status: { word, line: mark?.line ?? 1, known: fromWord !== undefined } } : {};
  if (fromWord === 'done') return { state: 'done', ...status };
  if (mark?.checked) return { state: 'done', doneBecause: 'its task is checked', ...status };
  if (inDoneFolder(path)) return { state: 'done', doneBecause: 'it is in a folder of finished tickets', ...status };
  return { state: 'open', ...status };
}

/**
 * A parsed file made ready to go to the thread that has its text, without that text: a message copies
 * every string, and 10,000 tickets sent whole kept three copies of their text where one does. Only
 * when the file's text is the text given (a CRLF file's is not); false otherwise, the file untouched.
 */
export function detachText(file: TicketFile, text: string): boolean {
  if (file.source.text !== text) return false;
  file.source = { text: '', lineStarts: file.source.lineStarts };
  for (const ticket of file.tickets) ticket.text = '';
  return true;
}

/** A file from detachText given back its text, every ticket's text a view of it. */
export function attachText(file: TicketFile, text: string): TicketFile {
  file.source = { text, lineStarts: file.source.lineStarts };
  for (const ticket of file.tickets) ticket.text = textOfLines(file.source, ticket.line, ticket.endLine);
  return file;
}

function textOfLines(source: SourceText, first: number, last: number): string {
  const start = source.lineStarts[first - 1] ?? 0;
  const next = source.lineStarts[last];
  return source.text.slice(start, next ?? source.text.length);
}
