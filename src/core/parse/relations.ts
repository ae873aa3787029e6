import type { RootContent } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import { trimEnd } from '../text/source-text.js';
import { startLine } from './markdown-document.js';
import type { Dependency, Frontmatter } from './ticket.js';
import { dependency } from './ticket-ids.js';

/** "Depends on: Ticket 1, Ticket 3" in a ticket, bold or not. */
const DEPENDS_ON_LINE = /^depends on[ \t]*:(.*)$/i;
const NO_DEPENDENCY = /^(?:none|nothing|n\/a|-|—)$/i;

/** The ids a ticket without frontmatter waits for: its "Depends on:" lines. */
export function dependsOnLines(nodes: readonly RootContent[]): Dependency[] {
  const found: Dependency[] = [];
  for (const block of nodes) {
    if (block.type !== 'paragraph') continue;
    const match = DEPENDS_ON_LINE.exec(nodeText(block).split('\n')[0]?.trim() ?? '');
    if (!match?.[1]) continue;
    for (const item of match[1].split(/,|;|\band\b/)) {
      const word = item.trim().replace(/^(?:ticket|task)\s+/i, '').replace(/^#/, '').split(/\s/)[0];
      const id = trimEnd(word ?? '', '.)');
      if (id && !NO_DEPENDENCY.test(id)) found.push(dependency(id, startLine(block)));
    }
  }
  return found;
}

export interface Relations {
  dependsOn: Dependency[];
  parallel: boolean;
  parent?: { path: string; line: number };
}

/** depends_on (each item at its line), parallel and parent, when they have the right type; the frontmatter rule reports the rest. */
export function frontmatterRelations(frontmatter: Frontmatter): Relations {
  const { values, keyLines, itemLines } = frontmatter;
  const list = values['depends_on'];
  const keyLine = keyLines.get('depends_on') ?? frontmatter.line;
  const dependsOn: Dependency[] = Array.isArray(list)
    ? list.flatMap((item, index) => {
        const id = scalarText(item);
        return id === undefined ? [] : [dependency(id, itemLines.get('depends_on')?.[index] ?? keyLine)];
      })
    : [];
  const parent = scalarText(values['parent']);
  return {
    dependsOn,
    parallel: values['parallel'] === true,
    ...(parent !== undefined && typeof values['parent'] === 'string' ? { parent: { path: parent, line: keyLines.get('parent') ?? frontmatter.line } } : {}),
  };
}

/** A frontmatter value as an id or title: trimmed text, or a finite number written as text. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}
