import { lineCount } from '../../text/source-text.js';
import { endLine, type HeadingBlock, type MarkdownDocument } from '../markdown-document.js';
import type { Criterion, Dependency, Section } from '../ticket.js';
import type { DeclaredRange, MarkdownFormat } from './format.js';
import { fileNameOf } from './plan-items.js';

/** `task_003.txt` for a task of the master tag, `task_003_<tag>.txt` for one of another tag (as Task Master names them). */
const TASK_FILE = /^task_\d+(?:_([^/]+))?\.txt$/;
/** `# Task ID: 3`, `# Status: done`: a field is a top-level heading, its value after the colon. */
const FIELD = /^([A-Za-z][A-Za-z ]*):(.*)/;
const SECTION_OF: Record<string, Section['kind']> = { description: 'goal', details: 'context', 'test strategy': 'acceptance' };

function fieldsOf(document: MarkdownDocument): Map<string, { value: string; heading: HeadingBlock }> {
  const fields = new Map<string, { value: string; heading: HeadingBlock }>();
  for (const heading of document.headings) {
    if (heading.depth !== 1) continue;
    const match = FIELD.exec(heading.text);
    if (match?.[1] && !fields.has(match[1].toLowerCase())) fields.set(match[1].toLowerCase(), { value: (match[2] ?? '').trim(), heading });
  }
  return fields;
}

/**
 * The key of a Task Master id: ids are unique within one tag's list (each tag numbers its tasks from
 * 1), so the folder's task list and the tag make the key. The id stays after the `#`, the word searched for.
 */
export function taskMasterKey(folder: string, tag: string, id: string): string {
  return `${folder}/tasks.json@${tag}#${id}`;
}

/** The tag a task file's tasks belong to, by its name: `task_003_<tag>.txt`, or the master tag. */
function tagOfFile(path: string): string {
  return TASK_FILE.exec(fileNameOf(path))?.[1] ?? MASTER_TAG;
}

/** The tag Task Master's untagged lists (`{"tasks": [...]}`) and untagged task files belong to. */
export const MASTER_TAG = 'master';

/**
 * Task Master's task files (`.taskmaster/tasks/task_003.txt`, `task_003_<tag>.txt` for a tag other
 * than master): `# Task ID:`, `# Title:`, `# Status:`,
 * `# Dependencies:`, `# Description:` (the goal), `# Details:` (the context, naming files in plain
 * text), `# Test Strategy:` (the acceptance), then subtasks. Task Master writes them from tasks.json:
 * where that file is there, it is linted instead and these are skipped.
 */
export const taskMasterTextFormat: MarkdownFormat = {
  kind: 'markdown',
  name: 'task-master-txt',
  places: ['.taskmaster/tasks/task_*.txt'],
  writesTickets: 'a task\'s fields as headings (`# Task ID: 3`, `# Title: …`)',
  sections: ['goal', 'context', 'acceptance'],
  unit: 'session',
  mayMarkParallel: () => false,
  claim(document, context) {
    if (!TASK_FILE.test(fileNameOf(document.path)) || !fieldsOf(document).has('task id')) return undefined;
    const folder = document.path.slice(0, document.path.lastIndexOf('/') + 1);
    if (context.hasFile(`${folder}tasks.json`)) return { skip: `generated from ${folder}tasks.json, which is linted instead` };
    return 'a Task Master task file (# Task ID: …)';
  },
  split(document) {
    const fields = fieldsOf(document);
    const folder = document.path.slice(0, Math.max(0, document.path.lastIndexOf('/')));
    const id = fields.get('task id');
    const tag = tagOfFile(document.path);
    const status = fields.get('status');
    const dependencies = fields.get('dependencies');
    const { sections, declared, criteria } = sectionsOf(document, fields);
    // The task's own lines: its subtasks are tasks of their own for the session that takes them.
    const subtasks = fields.get('subtasks');
    return [
      {
        nodes: subtasks ? document.blocks.slice(0, subtasks.heading.index) : document.blocks,
        line: 1,
        endLine: subtasks ? Math.max(1, subtasks.heading.line - 1) : lineCount(document.source),
        anchorLine: id?.heading.line ?? 1,
        sectionDepth: null,
        ...(id?.value ? { id: id.value, idKey: taskMasterKey(folder, tag, id.value), idLine: id.heading.line } : {}),
        ...(fields.get('title')?.value ? { title: fields.get('title')?.value } : {}),
        ownsFrontmatter: false,
        dependsOn: dependencies ? idsIn(dependencies.value, folder, tag, dependencies.heading.line) : [],
        parallel: false,
        ...(status?.value ? { status: { word: status.value, line: status.heading.line } } : {}),
        sections,
        declared,
        criteria,
      },
    ];
  },
};

/** Task Master's dependencies: ids of the same tag separated by commas, or "None". */
export function idsIn(text: string, folder: string, tag: string, line: number): Dependency[] {
  return text
    .split(',')
    .map((id) => id.trim())
    .filter((id) => /^\d+(?:\.\d+)*$/.test(id))
    .map((id) => ({ id, key: taskMasterKey(folder, tag, id), line }));
}

function sectionsOf(document: MarkdownDocument, fields: ReturnType<typeof fieldsOf>): { sections: Section[]; declared: DeclaredRange[]; criteria: Criterion[] } {
  const sections: Section[] = [];
  const declared: DeclaredRange[] = [];
  const criteria: Criterion[] = [];
  for (const [name, { value, heading }] of fields) {
    const kind = SECTION_OF[name];
    if (kind === undefined) continue;
    const next = document.headings.find((other) => other.index > heading.index && other.depth === 1);
    const body = document.blocks.slice(heading.index + 1, next?.index ?? document.blocks.length);
    const last = body.at(-1);
    const isEmpty = value === '' && body.length === 0;
    sections.push({ kind, heading: name, line: heading.line, endLine: last ? endLine(last) : heading.line, isEmpty });
    const start = body[0]?.position?.start.offset;
    const end = last?.position?.end.offset;
    if (kind === 'context' && start !== undefined && end !== undefined) declared.push({ start, end });
    if (kind === 'acceptance' && !isEmpty) criteria.push({ text: value || 'test strategy', line: heading.line });
  }
  return { sections, declared, criteria };
}
