import type { Nodes } from 'mdast';
import { trimEnd } from '../../text/source-text.js';
import type { MarkdownDocument } from '../markdown-document.js';
import { endLine, startLine } from '../markdown-document.js';
import { fileScopedKey } from '../ticket-ids.js';
import type { Criterion, Section } from '../ticket.js';
import type { DeclaredRange, MarkdownFormat, TicketSpan } from './format.js';
import { fileNameOf, isUnder, planItems, type PlanItem } from './plan-items.js';

const TASK_LINE = /^(\d+(?:\.\d+)*)\.?[ \t]+(.*)/;
/** The fields a task's bullets declare: `- File: path`, `- _Leverage: a, b_`, `- _Prompt: … | Success: …_`. */
const FIELD = /^[ \t]*(?:[-*+][ \t]+)?_?(File|Files|Leverage|Prompt)[ \t]*:[ \t]*/i;

function isTask(firstLine: string): boolean {
  return TASK_LINE.test(firstLine);
}

/**
 * spec-workflow: `.spec-workflow/specs/<feature>/tasks.md`, numbered checkbox tasks `- [ ] 3. Title`
 * whose bullets are fields: `- File: path` and `- _Leverage: path, path_` name its files (plain text
 * or not), `- _Requirements: 1.2_` what it serves, `- _Prompt: Role: … | Task: … | Success: …_` the
 * prompt of its session, whose Success part is its acceptance. A checked task is done.
 */
export const specWorkflowFormat: MarkdownFormat = {
  kind: 'markdown',
  name: 'spec-workflow',
  places: ['.spec-workflow/specs/*/tasks.md'],
  writesTickets: 'numbered checkbox tasks (`- [ ] 1. …`)',
  sections: [],
  unit: 'step',
  mayMarkParallel: () => false,
  claim(document) {
    if (fileNameOf(document.path) !== 'tasks.md' || !isUnder(document.path, ['.spec-workflow/specs'])) return undefined;
    const tasks = planItems(document, isTask).length;
    return tasks > 0 ? `a spec-workflow tasks.md of ${tasks} numbered tasks (- [ ] 1. …)` : undefined;
  },
  split(document) {
    return planItems(document, isTask).map((task): TicketSpan => {
      const [, id = '', title = ''] = TASK_LINE.exec(task.firstLine) ?? [];
      const { declared, criteria, sections } = fieldsOf(task, document);
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
        dependsOn: [],
        parallel: false,
        status: { checked: task.checked },
        declared,
        criteria,
        sections,
      };
    });
  },
};

/** The task's File and Leverage fields as declared ranges; the Success part of its prompt as its criterion. */
function fieldsOf(task: PlanItem, document: MarkdownDocument): { declared: DeclaredRange[]; criteria: Criterion[]; sections: Section[] } {
  const declared: DeclaredRange[] = [];
  const criteria: Criterion[] = [];
  const sections: Section[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'listItem' && node.position) {
      const start = node.position.start.offset ?? 0;
      const lineEnd = document.source.text.indexOf('\n', start);
      const firstLine = document.source.text.slice(start, lineEnd === -1 ? node.position.end.offset : lineEnd);
      const field = FIELD.exec(firstLine);
      const kind = field?.[1]?.toLowerCase();
      if (field && (kind === 'file' || kind === 'files' || kind === 'leverage')) {
        // `File:` names what the task writes; `_Leverage:_` what it builds on, which must be there.
        declared.push({ start: start + field[0].length, end: start + firstLine.length, planned: kind !== 'leverage' });
        if (!sections.some((section) => section.kind === 'context')) {
          sections.push({ kind: 'context', heading: field[1] ?? 'File', line: startLine(node), endLine: endLine(node), isEmpty: false });
        }
      }
      const success = kind === 'prompt' ? successOf(firstLine) : undefined;
      if (success) criteria.push({ text: success, line: startLine(node) });
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  for (const child of task.item.children) visit(child);
  return { declared, criteria, sections };
}

/** The Success part of a prompt field: what follows `Success:`, up to the next `|` or the field's end. */
function successOf(prompt: string): string | undefined {
  const start = prompt.toLowerCase().indexOf('success:');
  if (start === -1) return undefined;
  const rest = prompt.slice(start + 'success:'.length);
  const bar = rest.indexOf('|');
  return trimEnd((bar === -1 ? rest : rest.slice(0, bar)).trim(), '_ ').trim() || undefined;
}
