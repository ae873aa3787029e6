import { fileScopedKey } from '../ticket-ids.js';
import type { Dependency } from '../ticket.js';
import type { MarkdownFormat, TicketSpan } from './format.js';
import { fileNameOf, planItems } from './plan-items.js';

/**
 * `T012 [P] [US1] Create the model in src/models/user.py`: the id (bold, or in brackets as the markers
 * after it are: `[T012] [P2] [US3]`), then markers in brackets, then the task.
 */
const TASK_LINE = /^(?:\[(?=T\d+[A-Za-z]?\])|\**)(T\d+[A-Za-z]?)(?:\]|\**)(.*)/;
const DEPENDS_ON = /\bdepends on:?[ \t]*((?:T\d+[A-Za-z]?(?:[ \t]*(?:,|and|&)[ \t]*)?)+)/gi;
/** `T064`, and `T064a` for a task slotted in after it. */
const TASK_ID = /T\d+[A-Za-z]?/g;

function isTask(firstLine: string): boolean {
  return TASK_LINE.test(firstLine);
}

/**
 * GitHub's spec-kit: `specs/<feature>/tasks.md`, a checklist of tasks `- [ ] T012 [P] [US1] Create
 * the model in src/models/user.py` under `## Phase N` headings. Each task is one step of the
 * implementation: its description names its files ("include exact file paths in descriptions"),
 * `[P]` marks the tasks of a phase that touch different files and may run side by side, "(depends
 * on T012)" says what comes first, and a checked task is done. Ids are the plan's own.
 */
export const specKitFormat: MarkdownFormat = {
  kind: 'markdown',
  name: 'spec-kit',
  places: ['**/specs/*/tasks.md', '.specify/**/tasks.md'],
  writesTickets: 'checkbox tasks with ids (`- [ ] T001 …`)',
  sections: [],
  unit: 'step',
  mayMarkParallel: (text) => text.includes('[P]'),
  claim(document) {
    if (fileNameOf(document.path) !== 'tasks.md') return undefined;
    const tasks = planItems(document, isTask).length;
    return tasks > 0 ? `a tasks.md of ${tasks} spec-kit tasks (- [ ] T001 …)` : undefined;
  },
  split(document) {
    return planItems(document, isTask).map((task): TicketSpan => {
      const [, id = '', rest = ''] = TASK_LINE.exec(task.firstLine) ?? [];
      const { markers, title } = splitMarkers(rest);
      const text = document.source.text.slice(task.start, task.end);
      return {
        nodes: task.item.children,
        line: task.line,
        endLine: task.endLine,
        anchorLine: task.line,
        sectionDepth: null,
        id,
        idKey: fileScopedKey(document.path, id),
        idLine: task.line,
        ...(title.trim() ? { title: title.trim() } : {}),
        ownsFrontmatter: false,
        dependsOn: dependenciesIn(text, document.path, task.line),
        parallel: markers.includes('P'),
        parallelScope: `${document.path}#${task.heading?.text ?? ''}`,
        status: { checked: task.checked },
        declared: [{ start: task.firstLineOffset, end: task.end, sentence: true }],
      };
    });
  },
};

function dependenciesIn(text: string, file: string, line: number): Dependency[] {
  const found: Dependency[] = [];
  for (const match of text.matchAll(DEPENDS_ON)) {
    for (const id of (match[1] ?? '').match(TASK_ID) ?? []) found.push({ id, key: fileScopedKey(file, id), line });
  }
  return found;
}

/** The bracketed markers at the start of a task's text (`[P] [US1]`) and the text after them. */
function splitMarkers(text: string): { markers: string[]; title: string } {
  const markers: string[] = [];
  let rest = text.trim();
  while (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close === -1) break;
    markers.push(rest.slice(1, close).trim());
    rest = rest.slice(close + 1).trim();
  }
  return { markers, title: rest };
}
