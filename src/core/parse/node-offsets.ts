import type { Nodes } from 'mdast';

/** Where a code span's value starts in the file. */
export function inlineCodeOffset(text: string, node: Nodes): number {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const written = text.slice(start, end);
  const value = 'value' in node ? node.value : '';
  const index = value === '' ? -1 : written.indexOf(value);
  return start + (index === -1 ? 0 : index);
}

/** Where a link's destination starts: after `](` or `]:`, and after an opening `<`. */
export function destinationOffset(text: string, node: Nodes): number {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const written = text.slice(start, end);
  const opener = node.type === 'definition' ? written.indexOf(']:') : written.lastIndexOf('](');
  if (opener === -1) return start;
  let offset = opener + 2;
  while (offset < written.length && /[\s<]/.test(written[offset] ?? '')) offset += 1;
  return start + offset;
}
