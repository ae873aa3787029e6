import type { Nodes, RootContent } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import type { MarkdownDocument } from '../markdown-document.js';
import { isTicketHeading } from '../ticket-heading.js';
import { fileScopedKey } from '../ticket-ids.js';
import type { DeclaredRange, MarkdownFormat } from './format.js';
import { headingTickets } from './heading-tickets.js';
import { isUnder } from './plan-items.js';

const PLAN_FOLDERS = ['docs/plans', 'docs/superpowers/plans'];
/** `- Create: \`path\``, `- Create (temp only): \`path\``: a file the task will make. */
const CREATE_ITEM = /^[ \t]*(?:[-*+][ \t]+)?[*_]*Create(?:[ \t]*\([^)\n]*\))?[*_]*[ \t]*:/i;
/** `- Test: \`tests/path/test.py\``: the test file the task writes, which may be new (a test file: its path says so). */
const TEST_ITEM = /^[ \t]*(?:[-*+][ \t]+)?[*_]*Tests?[*_]*[ \t]*:.*(?:tests?|spec)/i;

/**
 * superpowers plans (`docs/plans/*.md`, `docs/superpowers/plans/*.md`): `### Task N: Title` headings,
 * each a task a fresh agent session carries out, its files in a `**Files:**` list: `- Create: \`path\``
 * (a file it makes), `- Modify: \`path:123-145\``, `- Test: \`path\``. Tasks run in order; ids are the
 * plan's own.
 */
export const superpowersFormat: MarkdownFormat = {
  kind: 'markdown',
  name: 'superpowers',
  places: PLAN_FOLDERS.map((folder) => `${folder}/**/*.md`),
  sections: [],
  unit: 'session',
  inlinesContext: true,
  mayMarkParallel: () => false,
  claim(document) {
    if (!isUnder(document.path, PLAN_FOLDERS)) return undefined;
    const tasks = document.headings.filter(isTicketHeading).length;
    return tasks > 0 ? `a superpowers plan of ${tasks} task headings (### Task 1: …)` : undefined;
  },
  split(document: MarkdownDocument) {
    return headingTickets(document, document.headings.filter(isTicketHeading)).map((ticket) => {
      const nodes = document.blocks.slice(ticket.heading.index, ticket.endIndex);
      const declared = filesField(nodes);
      return {
        nodes,
        line: ticket.line,
        endLine: ticket.endLine,
        anchorLine: ticket.line,
        sectionDepth: ticket.heading.depth + 1,
        ...(ticket.id !== undefined ? { id: ticket.id, idKey: fileScopedKey(document.path, ticket.id), idLine: ticket.line } : {}),
        ...(ticket.title ? { title: ticket.title } : {}),
        ownsFrontmatter: false,
        dependsOn: [],
        parallel: false,
        declared,
      };
    });
  },
};

/** The items of the list after a `**Files:**` paragraph, each a declared range; `Create:` items are new files, `Test:` items may be. */
function filesField(nodes: readonly RootContent[]): DeclaredRange[] {
  const declared: DeclaredRange[] = [];
  nodes.forEach((node, index) => {
    if (node.type !== 'paragraph' || !/^files\s*:?$/i.test(nodeText(node).trim())) return;
    const list = nodes[index + 1];
    if (list?.type !== 'list') return;
    for (const item of list.children as Nodes[]) {
      const start = item.position?.start.offset;
      const end = item.position?.end.offset;
      const text = nodeText(item);
      // A step (`- [ ] **Step 1: …**`) that Markdown joins to the list is no file field.
      if (start === undefined || end === undefined || /^\[[ xX]\]\s/.test(text)) continue;
      // The format's fields: Create makes a file, Test writes a test file that may be new, Modify changes one
      // that is there; any other field (Reference, Rewrite, Delete), or a Test: of a file that is no test
      // (the file tested), names a file that is there, or says so itself.
      declared.push({ start, end, isNew: CREATE_ITEM.test(text), planned: TEST_ITEM.test(text) });
    }
  });
  return declared;
}
