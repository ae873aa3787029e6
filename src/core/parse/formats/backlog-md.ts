import { lineCount } from '../../text/source-text.js';
import type { MarkdownDocument } from '../markdown-document.js';
import { scalarText } from '../relations.js';
import type { Dependency } from '../ticket.js';
import type { MarkdownFormat } from './format.js';
import { frontmatterPaths, frontmatterStatus } from './fields.js';
import { fileNameOf, isUnder } from './plan-items.js';

const TASK_FOLDERS = ['backlog/tasks', 'backlog/completed', 'backlog/archive', 'backlog/drafts', '.backlog/tasks', '.backlog/completed', '.backlog/archive', '.backlog/drafts'];
/** Backlog.md ids are a prefix and a number (`task-24.1`, `BACK-208`); the prefix is configurable, the number is the id. */
const ID_BODY = /^[A-Za-z]+-(?=\d)/;
/** Backlog.md names a task's file `<id> - <title>.md`. */
const TASK_FILE_NAME = /^([A-Za-z]+-\d+(?:\.\d+)*) - /;

/**
 * What a Backlog.md id matches: its number, whatever the prefix and case (`task-208` is `BACK-208`).
 * Drafts are numbered on their own (`draft-4`); an archived task is out of the backlog, and its id
 * may be given again, so it matches nothing but itself.
 */
export function backlogKey(id: string, path?: string): string {
  const body = id.replace(ID_BODY, '').toLowerCase();
  if (path !== undefined && isUnder(path, ['backlog/archive', '.backlog/archive'])) return `backlog-archive#${body}`;
  if (/^draft-/i.test(id) || (path !== undefined && isUnder(path, ['backlog/drafts', '.backlog/drafts']))) return `backlog-draft#${body}`;
  return `backlog#${body}`;
}

/**
 * Backlog.md: `backlog/tasks/*.md` (and completed/, archive/, drafts/), one task a file, frontmatter
 * `id, title, status, dependencies, parent_task_id, references, modified_files`; sections Description,
 * Acceptance Criteria (`- [ ] #1 …`), Definition of Done, Implementation Plan and Notes. The files a
 * task is about are its `references` and `modified_files`; there is no context section.
 */
export const backlogMdFormat: MarkdownFormat = {
  kind: 'markdown',
  name: 'backlog-md',
  places: TASK_FOLDERS.map((folder) => `${folder}/**/*.md`),
  sections: ['goal', 'acceptance'],
  unit: 'session',
  mayMarkParallel: () => false,
  claim(document) {
    if (!isUnder(document.path, TASK_FOLDERS)) return undefined;
    const values = document.frontmatter?.values;
    if (values && 'id' in values && 'status' in values) return 'a Backlog.md task: frontmatter id and status in a backlog folder';
    // A task whose frontmatter cannot be read is still a task of the folder; the frontmatter rule says why.
    if (document.problems.some((problem) => problem.about === 'frontmatter')) return 'a Backlog.md task in a backlog folder, its frontmatter broken';
    return TASK_FILE_NAME.test(fileNameOf(document.path)) ? 'a Backlog.md task file (<id> - <title>.md), written before tasks had frontmatter' : undefined;
  },
  split(document: MarkdownDocument) {
    const { frontmatter, headings, blocks } = document;
    const id = scalarText(frontmatter?.values['id']) ?? TASK_FILE_NAME.exec(fileNameOf(document.path))?.[1];
    const title = scalarText(frontmatter?.values['title']) ?? headings[0]?.text;
    // references and documentation are read; modified_files are what the task changes, some perhaps still to be written.
    const context = [...frontmatterPaths(document, frontmatter, ['references', 'documentation']), ...frontmatterPaths(document, frontmatter, ['modified_files'], { planned: true })];
    return [
      {
        nodes: blocks,
        line: 1,
        endLine: lineCount(document.source),
        anchorLine: frontmatter?.keyLines.get('title') ?? 1,
        ...(id !== undefined ? { id, idKey: backlogKey(id, document.path), idLine: frontmatter?.keyLines.get('id') ?? 1 } : {}),
        ...(title ? { title } : {}),
        ...(frontmatter ? { frontmatter } : {}),
        ownsFrontmatter: true,
        dependsOn: dependenciesOf(document),
        parallel: false,
        ...(frontmatterStatus(frontmatter) ? { status: frontmatterStatus(frontmatter) } : {}),
        declaredItems: context,
        ...(context.length > 0 && frontmatter
          ? { sections: [{ kind: 'context' as const, heading: 'references', line: context[0]?.line ?? frontmatter.line, endLine: context.at(-1)?.line ?? frontmatter.line, isEmpty: false }] }
          : {}),
      },
    ];
  },
};

function dependenciesOf({ frontmatter }: MarkdownDocument): Dependency[] {
  const list = frontmatter?.values['dependencies'];
  if (!frontmatter || !Array.isArray(list)) return [];
  const lines = frontmatter.itemLines.get('dependencies') ?? [];
  return list.flatMap((item, index) => {
    const id = scalarText(item);
    if (id === undefined) return [];
    const key = backlogKey(id);
    const body = key.slice(key.indexOf('#') + 1);
    const line = lines[index] ?? frontmatter.keyLines.get('dependencies') ?? frontmatter.line;
    // An archived task keeps its id; a draft is numbered on its own, so only `draft-N` names one.
    return [{ id, key, ...(key.startsWith('backlog#') ? { otherKeys: [`backlog-archive#${body}`] } : {}), line }];
  });
}
