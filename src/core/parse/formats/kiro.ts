import { positionAt } from '../../text/source-text.js';
import type { MarkdownDocument } from '../markdown-document.js';
import { fileScopedKey } from '../ticket-ids.js';
import type { Dependency } from '../ticket.js';
import type { MarkdownFormat, TicketSpan } from './format.js';
import { fileNameOf, isUnder, planItems } from './plan-items.js';

/** `1.`, `2.1`, `3.2.1` after the checkbox (an optional task is `- [ ]*`), then `(P)` and the title in any order. */
const TASK_LINE = /^\*?[ \t]*(\d+(?:\.\d+)*)\.?[ \t]+(.*)/;
const PARALLEL_MARK = /\(P\)/;
const DEPENDS_FIELD = /_Depends(?: on)?:([^_\n]*)_/gi;
const TASK_NUMBER = /\d+(?:\.\d+)*/g;

function isTask(firstLine: string): boolean {
  return TASK_LINE.test(firstLine);
}

/**
 * Kiro and cc-sdd: `.kiro/specs/<feature>/tasks.md`, numbered checkbox tasks `- [ ] 2.1 Create the
 * data models` with detail bullets, `_Requirements: 1.1_`, `_Depends: 1.1_`; `(P)` marks a task
 * that may run beside the other `(P)` tasks of its major task; `- [ ]*` an optional one. A task's
 * text names what it works on; a checked task is done. Ids are the plan's own.
 */
export const kiroFormat: MarkdownFormat = {
  kind: 'markdown',
  name: 'kiro',
  places: ['.kiro/specs/*/tasks.md'],
  writesTickets: 'numbered checkbox tasks (`- [ ] 1.1 …`)',
  sections: [],
  unit: 'step',
  mayMarkParallel: (text) => text.includes('(P)'),
  claim(document) {
    if (fileNameOf(document.path) !== 'tasks.md' || !isUnder(document.path, ['.kiro/specs'])) return undefined;
    const tasks = planItems(document, isTask).length;
    return tasks > 0 ? `a Kiro tasks.md of ${tasks} numbered tasks (- [ ] 1.1 …)` : undefined;
  },
  split(document) {
    return planItems(document, isTask).map((task): TicketSpan => {
      const [, id = '', rest = ''] = TASK_LINE.exec(task.firstLine) ?? [];
      const title = rest.replace(PARALLEL_MARK, '').trim();
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
        ...(title ? { title } : {}),
        ownsFrontmatter: false,
        dependsOn: dependenciesIn(text, document, task.start),
        parallel: PARALLEL_MARK.test(rest),
        parallelScope: `${document.path}#${id.split('.')[0] ?? ''}`,
        status: { checked: task.checked },
        declared: [{ start: task.firstLineOffset, end: task.end, sentence: true }],
      };
    });
  },
};

function dependenciesIn(text: string, document: MarkdownDocument, start: number): Dependency[] {
  const found: Dependency[] = [];
  for (const match of text.matchAll(DEPENDS_FIELD)) {
    const offset = start + (match.index ?? 0);
    const { line } = positionAt(document.source, offset);
    for (const id of (match[1] ?? '').match(TASK_NUMBER) ?? []) found.push({ id, key: fileScopedKey(document.path, id), line });
  }
  return found;
}
