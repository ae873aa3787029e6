/** What names a ticket: a ticket of a parse, or a ticket row of a report (where missing parts are null). */
export interface NamedTicket {
  file: string;
  line: number;
  id?: string | null | undefined;
  title?: string | null | undefined;
}

/** How a graph, a cycle or `parallelWith` refers to a ticket: its id, else where it starts. */
export function ticketReference(ticket: NamedTicket): string {
  return ticket.id ?? `${ticket.file}:${ticket.line}`;
}

/** A ticket's name in a line of text: its id, else its title. */
export function ticketShortName(ticket: NamedTicket): string {
  return ticket.id ?? ticket.title ?? '(untitled)';
}

/** A ticket's name where there is room: its id and its title; `fallback` for a ticket with neither. */
export function ticketFullName(ticket: NamedTicket, fallback = '(untitled)'): string {
  const parts = [ticket.id, ticket.title].filter((part): part is string => typeof part === 'string' && part !== '');
  return parts.length > 0 ? parts.join(' ') : fallback;
}
