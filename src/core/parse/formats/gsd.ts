import type { SectionKind } from '../../config/config.js';
import { lineCount, positionAt, type SourceText } from '../../text/source-text.js';
import type { MarkdownDocument } from '../markdown-document.js';
import { scalarText } from '../relations.js';
import type { Criterion, Dependency, Section } from '../ticket.js';
import type { ClaimContext, DeclaredRange, MarkdownFormat } from './format.js';
import { frontmatterPaths, frontmatterStatus, nestedFrontmatterPaths } from './fields.js';
import { fileNameOf, isUnder } from './plan-items.js';
import { tagElements, type TagElement } from './xml-tags.js';

const PLAN_NAME = /^(.+)-PLAN\.md$/;
/** What each element of a plan is: the objective is its goal; files and what to read first its context; checks its acceptance. */
const SECTION_OF: Record<string, SectionKind> = {
  objective: 'goal',
  context: 'context',
  files: 'context',
  read_first: 'context',
  verify: 'acceptance',
  done: 'acceptance',
  acceptance_criteria: 'acceptance',
  success_criteria: 'acceptance',
  verification: 'acceptance',
};
/** Elements whose content is a list of files. */
const FILE_ELEMENTS = new Set(['files', 'read_first']);

/**
 * GSD (get-shit-done) plans: `.planning/phases/<phase>/<NN-MM>-PLAN.md`, one plan a session,
 * frontmatter `phase, plan, wave, depends_on, files_modified, must_haves` (its `artifacts` and `key_links` name files), then `<objective>`, `<context>` and
 * `<task>` elements with `<files>`, `<action>`, `<verify>` and `<done>`. Plans of the same wave of a
 * phase run side by side. A plan is done once its `-SUMMARY.md` (or the summary its `<output>` says it
 * writes) is written: archiving a milestone (`.planning/milestones/<v>-phases/`) moves its phases, and
 * runs no plan, so an archived plan is done when its summary is beside it, or was written where the
 * phase stood when the plan ran (`.planning/phases/<phase>/`).
 */
export const gsdFormat: MarkdownFormat = {
  kind: 'markdown',
  name: 'gsd',
  places: ['.planning/**/*-PLAN.md'],
  sections: ['goal', 'acceptance'],
  unit: 'session',
  inlinesContext: true,
  elementsAreText: true,
  mayMarkParallel: (text) => /^wave:/m.test(text),
  claim(document) {
    return isUnder(document.path, ['.planning']) && PLAN_NAME.test(fileNameOf(document.path)) ? 'a GSD plan (.planning/…-PLAN.md)' : undefined;
  },
  split(document: MarkdownDocument, context: ClaimContext) {
    const { frontmatter, source, path } = document;
    const values = frontmatter?.values ?? {};
    const planId = scalarText(values['plan_id']) ?? PLAN_NAME.exec(fileNameOf(path))?.[1];
    // GSD names a plan's files `<phase>-<plan>-…` (`03.6-01`), both read as written.
    const phase = scalarText(values['phase']);
    const plan = scalarText(values['plan']);
    const phasePlan = phase !== undefined && plan !== undefined ? `${phase}-${plan}` : undefined;
    const elements = tagElements(source.text, [...Object.keys(SECTION_OF), 'automated', 'output', 'execution_context']);
    // `<files>` are what a task writes, a list ("path/to/file.ext, another/file.ext"); `<read_first>` what it reads, which must be there.
    const declared: DeclaredRange[] = elements
      .filter((element) => FILE_ELEMENTS.has(element.name))
      .map(({ name, start, end }): DeclaredRange => (name === 'files' ? { start, end, planned: true, list: true } : { start, end }));
    declared.push(...elements.filter((element) => element.name === 'context' || element.name === 'execution_context').flatMap(contextFiles));
    declared.push(...filesFields(source.text));
    const wave = scalarText(values['wave']);
    // GSD writes `<plan id>-SUMMARY.md` beside the plan once it is executed (the plan file's own name, or its id's).
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    // An archived phase (`.planning/milestones/v2.0-phases/01-core/`) was `.planning/phases/01-core/` when its plans ran and wrote their summaries.
    const ranIn = [folder, ...preArchiveFolder(folder)];
    const outputs = elements.filter((element) => element.name === 'output').flatMap((element) => outputSummary(element, folder, ranIn));
    // The summary is what the plan creates last ("After completion, create `…-SUMMARY.md`").
    declared.push(...outputs.map(({ start, end }) => ({ start, end, isNew: true })));
    // Or the summary its <output> says it writes ("After completion, create `…/03.6-SUMMARY.md`"), in its folder.
    const planName = fileNameOf(path).replace(/-PLAN\.md$/, '');
    const summaries = [
      ...ranIn.flatMap((place) => [planName, planId, phasePlan].flatMap((id) => (id === undefined ? [] : [`${place}${id}-SUMMARY.md`]))),
      ...outputs.map(({ file }) => file),
    ];
    const status = frontmatterStatus(frontmatter);
    return [
      {
        nodes: document.blocks,
        line: 1,
        endLine: lineCount(source),
        anchorLine: frontmatter?.line ?? 1,
        sectionDepth: null,
        ...(planId !== undefined ? { id: planId, idLine: frontmatter?.keyLines.get('plan_id') ?? frontmatter?.keyLines.get('plan') ?? 1 } : {}),
        ...(scalarText(values['title']) ? { title: scalarText(values['title']) } : document.headings[0] ? { title: document.headings[0].text } : {}),
        ...(frontmatter ? { frontmatter } : {}),
        ownsFrontmatter: true,
        dependsOn: dependenciesOf(document, context),
        parallel: wave !== undefined,
        parallelScope: `${path.slice(0, path.lastIndexOf('/'))}#wave ${wave ?? ''}`,
        // GSD records a plan's execution by writing its summary and keeps no status of its own: a `status:`
        // an author once wrote (`pending`) does not outlive the summary (round 45: an archived plan still `pending`).
        ...(summaries.some((summary) => context.hasFile(summary)) ? { status: { checked: true } } : status ? { status } : {}),
        declared,
        // The files the plan writes, and its must-haves (GSD's template: "artifacts: files that must exist
        // with real implementation", "key_links: critical connections between artifacts").
        // `<verify><automated>command</automated>`: the command that proves a task done ("MISSING — …" when there is none yet).
        commands: elements.filter((element) => element.name === 'automated' && !/^\s*MISSING\b/.test(element.content)).map(({ start, end }) => ({ start, end })),
        // `<execution_context>`: the GSD workflows and templates the executor loads from its install
        // (`@$HOME/.claude/get-shit-done/workflows/execute-plan.md`), on the author's machine; one installed
        // into the repository (`@.agent/get-shit-done/…`) is written from its root and checked as its files are.
        othersFiles: elements.filter((element) => element.name === 'execution_context').map(({ start, end }) => ({ start, end })),
        declaredItems: [
          ...frontmatterPaths(document, frontmatter, ['files_modified'], { planned: true }),
          ...nestedFrontmatterPaths(document, frontmatter, 'must_haves', ['artifacts', 'key_links'], ['path', 'from', 'to'], { planned: true }),
        ],
        sections: sectionsOf(elements, source),
        criteria: criteriaOf(elements, tagElements(source.text, ['task']), source),
      },
    ];
  },
};

/** A task's files written as a Markdown field (`**Files:** \`a\`, \`b\``), the label and its line. */
const FILES_FIELD = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)Files:?(?:\*\*|__):?[ \t]*\S[^\n]*/gim;

/** A task's `**Files:**` line, in a plan written in Markdown rather than elements: the same field as `<files>`, the files the task writes. */
function filesFields(text: string): DeclaredRange[] {
  return [...text.matchAll(FILES_FIELD)].map((match) => ({ start: match.index, end: match.index + match[0].length, planned: true, list: true }));
}

const SUMMARY = 'SUMMARY.md';
/** `.planning/milestones/v2.0-phases/01-core/`: a phase archived with its milestone. */
const ARCHIVED_PHASE = /^(.*)\.planning\/milestones\/[^/]+-phases\/([^/]+\/)$/;

/** Where an archived phase's plans ran: `.planning/phases/<phase>/`, before the milestone was archived. */
function preArchiveFolder(folder: string): string[] {
  const match = ARCHIVED_PHASE.exec(folder);
  return match ? [`${match[1] ?? ''}.planning/phases/${match[2] ?? ''}`] : [];
}

/** The first summary a plan's `<output>` names, where it is written, when it lies in the plan's folder (written from the root, or by its name alone). */
function outputSummary(element: TagElement, folder: string, ranIn: readonly string[]): Array<{ file: string; start: number; end: number }> {
  const at = element.content.indexOf(SUMMARY);
  if (at === -1) return [];
  // The word holding it: back to a space, a quote or a bracket.
  let from = at;
  while (from > 0 && !/[\s`'"*()[\]]/.test(element.content.charAt(from - 1))) from -= 1;
  const named = element.content.slice(from, at + SUMMARY.length);
  if (/[{}*?]/.test(named)) return [];
  const file = named.includes('/') ? named.replace(/^\.\//, '') : `${folder}${named}`;
  const start = element.start + from;
  return ranIn.includes(file.slice(0, file.lastIndexOf('/') + 1)) ? [{ file, start, end: start + named.length }] : [];
}

/**
 * GSD's `<context>` names the files to load as `@path` lines ("@src/path/to/relevant.ts"), read before
 * the first task: one path a line, which on Windows may hold spaces (`@C:\Users\Sam\My Projects\app\lib\a.dart`).
 * A remark may follow it, in parentheses or after a dash (`@.planning/research/PITFALLS.md (P5: hardcoded en0)`).
 */
const CONTEXT_FILE = /^[ \t]*@(?=[^\s$])([A-Za-z]:\\[^\n]*|[^\s]+)(?:[ \t]+(?:\(|[—–]|-[ \t])[^\n]*)?[ \t]*$/gm;

/** The `@path` lines of a `<context>` element: declared, and read before any task writes, so they must be there. */
function contextFiles(element: TagElement): DeclaredRange[] {
  return [...element.content.matchAll(CONTEXT_FILE)].map((match) => {
    const start = element.start + (match.index ?? 0) + match[0].indexOf('@') + 1;
    return { start, end: start + (match[1] ?? '').length, read: true, wholePath: true };
  });
}

/**
 * `depends_on`: plan ids. GSD records executed work as `<id>-…SUMMARY.md` in the phase folder, also
 * for work that had no plan of its own (`04-04-FOLLOWUP-SUMMARY.md`): a dependency on such work is met.
 */
function dependenciesOf({ frontmatter, path }: MarkdownDocument, context: ClaimContext): Dependency[] {
  const list = frontmatter?.values['depends_on'];
  if (!frontmatter || !Array.isArray(list)) return [];
  const lines = frontmatter.itemLines.get('depends_on') ?? [];
  const folder = path.slice(0, path.lastIndexOf('/'));
  const summaries = (context.filesUnder?.(folder) ?? []).filter((file) => file.endsWith('SUMMARY.md'));
  return list.flatMap((item, index) => {
    // `04-04 (followup)`: the id is the first word, the rest a note. A plan's file is `<id>-PLAN.md`, so
    // `01-PLAN` (or `01-PLAN.md`) names the plan of id `01`.
    const id = scalarText(item)?.split(/\s/)[0];
    if (id === undefined) return [];
    const key = id.replace(/-PLAN(?:\.md)?$/, '');
    const met = summaries.some((file) => file.startsWith(`${folder}/${key}-`));
    return [{ id, key, line: lines[index] ?? frontmatter.keyLines.get('depends_on') ?? frontmatter.line, ...(met ? { met: true as const } : {}) }];
  });
}

/** A section per kind, named by every element of that kind the plan has (`<verify>/<done>`): a plan's criteria come from all of them. */
function sectionsOf(elements: readonly TagElement[], source: SourceText): Section[] {
  const sections: Section[] = [];
  for (const element of elements) {
    const kind = SECTION_OF[element.name];
    if (kind === undefined || sections.some((section) => section.kind === kind)) continue;
    const names = [...new Set(elements.filter((other) => SECTION_OF[other.name] === kind).map((other) => `<${other.name}>`))];
    sections.push({
      kind,
      heading: names.join('/'),
      line: positionAt(source, element.start).line,
      endLine: positionAt(source, element.end).line,
      isEmpty: element.content.trim() === '',
    });
  }
  return sections;
}

/**
 * A criterion per task: GSD checks a task by its `<verify>` and `<done>` (or its `<acceptance_criteria>`),
 * which are the checks of that one task, not criteria of their own; an acceptance element of the plan
 * outside every task (`<verification>`, `<success_criteria>`) is one criterion more.
 */
function criteriaOf(elements: readonly TagElement[], tasks: readonly TagElement[], source: SourceText): Criterion[] {
  const counted = new Set<TagElement>();
  const criteria: Criterion[] = [];
  for (const element of elements) {
    if (SECTION_OF[element.name] !== 'acceptance' || element.content.trim() === '') continue;
    const task = tasks.find((candidate) => element.start >= candidate.start && element.end <= candidate.end);
    if (task !== undefined && counted.has(task)) continue;
    if (task !== undefined) counted.add(task);
    const first = element.content.split('\n').find((text) => text.trim() !== '') ?? '';
    criteria.push({ text: first.trim().replace(/^(?:[-*+]|\d+[.)])\s+/, ''), line: positionAt(source, element.start + element.content.indexOf(first)).line });
  }
  return criteria;
}
