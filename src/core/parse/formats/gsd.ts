import type { SectionKind } from '../../config/config.js';
import { lineCount, positionAt, type SourceText } from '../../text/source-text.js';
import type { MarkdownDocument } from '../markdown-document.js';
import { scalarText } from '../relations.js';
import type { Criterion, Dependency, Section } from '../ticket.js';
import type { ClaimContext, DeclaredRange, MarkdownFormat } from './format.js';
import { frontmatterPaths, frontmatterStatus } from './fields.js';
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
const LIST_LINE = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\S/;

/**
 * GSD (get-shit-done) plans: `.planning/phases/<phase>/<NN-MM>-PLAN.md`, one plan a session,
 * frontmatter `phase, plan, wave, depends_on, files_modified`, then `<objective>`, `<context>` and
 * `<task>` elements with `<files>`, `<action>`, `<verify>` and `<done>`. Plans of the same wave of a
 * phase run side by side. A plan is done once its `-SUMMARY.md` is written, or when it is archived
 * under `.planning/milestones/`.
 */
export const gsdFormat: MarkdownFormat = {
  kind: 'markdown',
  name: 'gsd',
  places: ['.planning/**/*-PLAN.md'],
  sections: ['goal', 'acceptance'],
  unit: 'session',
  mayMarkParallel: (text) => /^wave:/m.test(text),
  claim(document) {
    return isUnder(document.path, ['.planning']) && PLAN_NAME.test(fileNameOf(document.path)) ? 'a GSD plan (.planning/…-PLAN.md)' : undefined;
  },
  split(document: MarkdownDocument, context: ClaimContext) {
    const { frontmatter, source, path } = document;
    const values = frontmatter?.values ?? {};
    const planId = scalarText(values['plan_id']) ?? PLAN_NAME.exec(fileNameOf(path))?.[1];
    const elements = tagElements(source.text, Object.keys(SECTION_OF));
    // `<files>` are what a task writes; `<read_first>` what it reads, which must be there.
    const declared: DeclaredRange[] = elements.filter((element) => FILE_ELEMENTS.has(element.name)).map(({ name, start, end }) => ({ start, end, planned: name === 'files' }));
    const wave = scalarText(values['wave']);
    const summary = path.replace(/-PLAN\.md$/, '-SUMMARY.md');
    const archived = isUnder(path, ['.planning/milestones']);
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
        dependsOn: dependenciesOf(document),
        parallel: wave !== undefined,
        parallelScope: `${path.slice(0, path.lastIndexOf('/'))}#wave ${wave ?? ''}`,
        ...(status ? { status } : context.hasFile(summary) || archived ? { status: { checked: true } } : {}),
        declared,
        declaredItems: frontmatterPaths(document, frontmatter, ['files_modified'], { planned: true }),
        sections: sectionsOf(elements, source),
        criteria: criteriaOf(elements, source),
      },
    ];
  },
};

function dependenciesOf({ frontmatter }: MarkdownDocument): Dependency[] {
  const list = frontmatter?.values['depends_on'];
  if (!frontmatter || !Array.isArray(list)) return [];
  const lines = frontmatter.itemLines.get('depends_on') ?? [];
  return list.flatMap((item, index) => {
    // `04-04 (followup)`: the id is the first word, the rest a note.
    const id = scalarText(item)?.split(/\s/)[0];
    return id === undefined ? [] : [{ id, key: id, line: lines[index] ?? frontmatter.keyLines.get('depends_on') ?? frontmatter.line }];
  });
}

function sectionsOf(elements: readonly TagElement[], source: SourceText): Section[] {
  const sections: Section[] = [];
  for (const element of elements) {
    const kind = SECTION_OF[element.name];
    if (kind === undefined || sections.some((section) => section.kind === kind)) continue;
    sections.push({
      kind,
      heading: `<${element.name}>`,
      line: positionAt(source, element.start).line,
      endLine: positionAt(source, element.end).line,
      isEmpty: element.content.trim() === '',
    });
  }
  return sections;
}

/** Each list item of an acceptance element, or the element as one criterion when it has no list. */
function criteriaOf(elements: readonly TagElement[], source: SourceText): Criterion[] {
  const criteria: Criterion[] = [];
  for (const element of elements) {
    if (SECTION_OF[element.name] !== 'acceptance' || element.content.trim() === '') continue;
    const lines = element.content.split('\n');
    const items = lines.map((text, index) => ({ text, index })).filter(({ text }) => LIST_LINE.test(text));
    const firstLine = positionAt(source, element.start).line;
    if (items.length === 0) criteria.push({ text: element.content.trim().split('\n')[0] ?? '', line: firstLine });
    else for (const { text, index } of items) criteria.push({ text: text.trim(), line: firstLine + index });
  }
  return criteria;
}
