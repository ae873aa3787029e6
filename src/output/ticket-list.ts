import type { ListedFile } from '../core/collect/ticket-list.js';
import { formatCount, plural } from '../core/text/wording.js';
import { printable, printableLineStart } from './escape.js';

/** `--list-tickets`: a line per file (its format and tickets, or "skipped" and why), then the totals. */
export function renderTicketList(files: readonly ListedFile[]): string {
  const lines = files.map((file) => {
    const what = file.format === null ? 'skipped' : `${file.format}, ${plural(file.tickets, 'ticket')}${file.done > 0 ? ` (${file.done} done)` : ''}`;
    return `${printableLineStart(file.file)}  ${what}: ${printable(file.reason)}`;
  });
  const read = files.filter((file) => file.format !== null);
  const tickets = read.reduce((sum, file) => sum + file.tickets, 0);
  const done = read.reduce((sum, file) => sum + file.done, 0);
  lines.push('', `${plural(files.length, 'file')}: ${read.length} read as tickets (${plural(tickets, 'ticket')}, ${formatCount(done)} done), ${files.length - read.length} skipped`);
  return `${lines.join('\n')}\n`;
}
