import type { List, ListItem, RootContent } from 'mdast';
import { checkboxOf } from '../list-openings.js';
import { endLine, startLine, type HeadingBlock, type MarkdownDocument } from '../markdown-document.js';

/** A task of a plan written as a checkbox list item (`- [ ] T012 [P] Create the model in src/x.py`). */
export interface PlanItem {
  item: ListItem;
  /** The item's first line as written, from after its checkbox. */
  firstLine: string;
  /** Offset in the file where `firstLine` starts. */
  firstLineOffset: number;
  checked: boolean;
  /** The nearest heading above the item (a phase), if any. */
  heading: HeadingBlock | undefined;
  line: number;
  endLine: number;
  /** The item's whole text, nested bullets included, by file offsets. */
  start: number;
  end: number;
}

/**
 * The checkbox items of the document's top-level lists whose first line, after the checkbox, `isTask`
 * accepts: the tasks of a plan, each with its phase heading.
 */
export function planItems(document: MarkdownDocument, isTask: (firstLine: string) => boolean): PlanItem[] {
  const items: PlanItem[] = [];
  let heading: HeadingBlock | undefined;
  document.blocks.forEach((block: RootContent, index) => {
    if (block.type === 'heading') heading = document.headings.find((candidate) => candidate.index === index);
    if (block.type !== 'list') return;
    for (const item of (block as List).children) {
      const start = item.position?.start.offset;
      const end = item.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      const text = document.source.text;
      const box = checkboxOf(item, text);
      if (!box || !isTask(box.firstLine)) continue;
      const { firstLine, checked } = box;
      const firstLineOffset = start + text.slice(start).indexOf(firstLine);
      items.push({ item, firstLine, firstLineOffset, checked, heading, line: startLine(item), endLine: endLine(item), start, end });
    }
  });
  return items;
}

/** True when the file lies under one of these folders, at any depth: `.kiro/specs/x/tasks.md` is under `.kiro/specs`. */
export function isUnder(path: string, folders: readonly string[]): boolean {
  return folders.some((folder) => path === folder || path.startsWith(`${folder}/`) || path.includes(`/${folder}/`));
}

export function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
