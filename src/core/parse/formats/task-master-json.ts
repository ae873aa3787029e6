import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import { positionAt, type SourceText } from '../../text/source-text.js';
import { lifecycleOf } from '../build-ticket.js';
import type { Criterion, Section, Ticket } from '../ticket.js';
import type { DataContext, DataFormat, DataTickets } from './format.js';
import { fileNameOf } from './plan-items.js';
import { MASTER_TAG, idsIn, taskMasterKey } from './task-master-text.js';

/** The fields of a task and what each is: the description its goal, the details its context, the test strategy its acceptance. */
const SECTION_FIELDS: Array<[string, Section['kind']]> = [
  ['description', 'goal'],
  ['details', 'context'],
  ['testStrategy', 'acceptance'],
];
/** A JSON string's escapes, blanked to the same width so that words keep their offsets in the file. */
const ESCAPE = /\\(?:u[0-9a-fA-F]{4}|.)/g;

/**
 * A JSON string's text as its reader sees it, at the same offsets: each escape blanked, but `\n`, which
 * ends a line there, ends one here (a space and a line break), so that no code span runs on past it.
 */
function stringText(source: SourceText, range: readonly number[]): string {
  return source.text.slice(range[0], range[1]).replace(ESCAPE, (escape) => (escape === '\\n' ? ' \n' : ' '.repeat(escape.length)));
}

/**
 * Task Master's task list, `.taskmaster/tasks/tasks.json`: `{"master": {"tasks": [{id, title,
 * description, status, dependencies, details, testStrategy, subtasks}]}}` (a key per tag; older
 * lists are `{"tasks": [...]}`, the master tag's). Each task of each tag is a ticket at the lines of
 * its object; each tag numbers its own tasks, and a task's dependencies are tasks of its tag.
 */
export const taskMasterJsonFormat: DataFormat = {
  kind: 'data',
  name: 'task-master',
  places: ['.taskmaster/tasks/tasks.json'],
  sections: ['goal', 'context', 'acceptance'],
  unit: 'session',
  mayMarkParallel: () => false,
  claim: (path) => (fileNameOf(path) === 'tasks.json' && path.includes('.taskmaster/') ? 'a Task Master task list (.taskmaster/tasks/tasks.json)' : undefined),
  read(path, source, context): DataTickets {
    const lineCounter = new LineCounter();
    const document = parseDocument(source.text, { lineCounter, uniqueKeys: false });
    const firstError = document.errors[0];
    if (firstError) {
      const line = lineCounter.linePos(firstError.pos[0]).line;
      return { tickets: [], problems: [{ about: 'file', line, message: `The task list is not valid JSON: ${firstError.message.split('\n')[0] ?? ''}` }] };
    }
    const lists = taskLists(document.contents);
    if (lists.length === 0) {
      return { tickets: [], problems: [{ about: 'file', line: 1, message: 'The task list has no tasks; expected {"<tag>": {"tasks": [...]}} or {"tasks": [...]}' }] };
    }
    const folder = path.slice(0, Math.max(0, path.lastIndexOf('/')));
    const tickets: Ticket[] = [];
    const problems: DataTickets['problems'] = [];
    for (const { tasks, jsonPath, tag } of lists) {
      tasks.items.forEach((task, index) => {
        if (isMap(task)) {
          tickets.push(taskTicket(task, { path, source, context, folder, tag }));
          return;
        }
        const range = (task as Node | null)?.range;
        const line = range ? positionAt(source, range[0]).line : 1;
        problems.push({ about: 'file', line, message: `${jsonPath}[${index}] is not a task; expected an object with id, title and description` });
      });
    }
    return { tickets, problems };
  },
};

function taskLists(contents: unknown): Array<{ tasks: { items: unknown[] }; jsonPath: string; tag: string }> {
  if (!isMap(contents)) return [];
  const direct = contents.get('tasks', true);
  if (isSeq(direct)) return [{ tasks: direct, jsonPath: '$.tasks', tag: MASTER_TAG }];
  const lists: Array<{ tasks: { items: unknown[] }; jsonPath: string; tag: string }> = [];
  for (const pair of contents.items) {
    const tag = isScalar(pair.key) ? String(pair.key.value) : '';
    const tasks = isMap(pair.value) ? pair.value.get('tasks', true) : undefined;
    if (isSeq(tasks)) lists.push({ tasks, jsonPath: `$.${tag}.tasks`, tag });
  }
  return lists;
}

interface TaskContext {
  path: string;
  source: SourceText;
  context: DataContext;
  folder: string;
  /** The tag whose list holds the task: ids are unique within it. */
  tag: string;
}

function taskTicket(task: YAMLMap, { path, source, context, folder, tag }: TaskContext): Ticket {
  const [start = 0, , end = start] = task.range ?? [];
  const line = positionAt(source, start).line;
  const endLine = positionAt(source, Math.max(start, end - 1)).line;
  const text = (key: string): string | undefined => {
    const value = task.get(key);
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  };
  const lineOf = (key: string): number => {
    const node = task.get(key, true) as Node | undefined;
    return node?.range ? positionAt(source, node.range[0]).line : line;
  };
  const id = text('id');
  const sections: Section[] = [];
  const criteria: Criterion[] = [];
  for (const [key, kind] of SECTION_FIELDS) {
    const value = text(key);
    if (value === undefined) continue;
    sections.push({ kind, heading: key, line: lineOf(key), endLine: lineOf(key), isEmpty: value.trim() === '' });
    if (kind === 'acceptance' && value.trim() !== '') criteria.push({ text: value.trim(), line: lineOf(key) });
  }
  const subtasks = task.get('subtasks', true) as Node | undefined;
  // The files of a task are named in its details, and in the details of the subtasks it is expanded
  // into that are still to do (`task-master expand` writes the implementation notes there).
  const owners = [task, ...(isSeq(subtasks) ? subtasks.items.filter((subtask): subtask is YAMLMap => isMap(subtask) && !isDone(subtask, path, context)) : [])];
  // Their description and test strategy are prose: the paths in them are mentions.
  const pointers = owners.flatMap((owner) => [...detailsPointers(owner, source, context), ...proseMentions(owner, source, context)]);
  const dependencies = task.get('dependencies');
  const status = text('status');
  const title = text('title');
  // The task's own text: its subtasks are tasks of their own for the session that takes them.
  const subtasksKey = task.items.find((pair) => isScalar(pair.key) && pair.key.value === 'subtasks')?.key as Node | undefined;
  const ownEnd = subtasks?.range && subtasksKey?.range ? subtasksKey.range[0] : end;
  return {
    file: path,
    line,
    endLine,
    anchorLine: line,
    ...(id !== undefined ? { id, idKey: taskMasterKey(folder, tag, id), idLine: lineOf('id') } : {}),
    ...(title ? { title } : {}),
    text: source.text.slice(start, ownEnd),
    ownsFrontmatter: false,
    format: taskMasterJsonFormat.name,
    requiredSections: taskMasterJsonFormat.sections,
    unit: taskMasterJsonFormat.unit,
    lifecycle: lifecycleOf(path, status ? { word: status, line: lineOf('status') } : undefined, context.status),
    sections,
    criteria,
    pointers,
    prose: new Uint32Array(0),
    dependsOn: isSeq(dependencies) ? idsIn(dependencies.items.map((item) => (isScalar(item) ? String(item.value) : '')).join(','), folder, tag, lineOf('dependencies')) : [],
    parallel: false,
    parallelScope: '',
    siblingsInParallel: false,
  };
}

/** The pointers of a task's or subtask's `details`, at their places in the file. */
function detailsPointers(owner: YAMLMap, source: SourceText, context: DataContext): Ticket['pointers'] {
  const details = owner.get('details', true) as Node | undefined;
  return details?.range ? context.pointersIn(stringText(source, details.range), details.range[0]) : [];
}

/** The mentions of paths in a task's or subtask's `description` and `testStrategy`, at their places in the file. */
function proseMentions(owner: YAMLMap, source: SourceText, context: DataContext): Ticket['pointers'] {
  return ['description', 'testStrategy'].flatMap((key) => {
    const node = owner.get(key, true) as Node | undefined;
    return node?.range ? context.mentionsIn(stringText(source, node.range), node.range[0]) : [];
  });
}

function isDone(subtask: YAMLMap, path: string, context: DataContext): boolean {
  const status = subtask.get('status');
  return typeof status === 'string' && lifecycleOf(path, { word: status, line: 1 }, context.status).state === 'done';
}
