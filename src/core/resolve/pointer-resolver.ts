import type { Pointer, Ticket, TicketFile } from '../parse/ticket.js';
import type { RepositoryView } from '../repository/repository-view.js';
import { pointerTarget, resolvePointer } from './resolve-pointer.js';
import { NO_CHANGES, type PathChanges, type Resolution } from './resolution.js';

/** Resolves each pointer of a run once, knowing its ticket (for the folders the ticket names). */
export class PointerResolver {
  private readonly resolutions = new Map<Pointer, Resolution>();
  private readonly tickets = new Map<Pointer, Ticket>();
  /** Pointers of a file's text outside its tickets, with their file. */
  private readonly sharedFiles = new Map<Pointer, string>();
  private readonly folders = new Map<Ticket, string[]>();

  constructor(
    private readonly repository: RepositoryView,
    private readonly changes: PathChanges = NO_CHANGES,
  ) {}

  /** Makes the ticket's pointers known, so that each is resolved with its ticket. */
  register(ticket: Ticket): void {
    for (const pointer of ticket.pointers) this.tickets.set(pointer, ticket);
  }

  /** Makes the pointers of a file's text outside its tickets known, with their file. */
  registerShared(file: TicketFile): void {
    for (const pointer of file.sharedPointers ?? []) this.sharedFiles.set(pointer, file.path);
  }

  resolve(pointer: Pointer, ticket: Ticket | undefined = this.tickets.get(pointer)): Resolution {
    let resolution = this.resolutions.get(pointer);
    if (!resolution) {
      const ticketFile = ticket?.file ?? this.sharedFiles.get(pointer) ?? '';
      resolution = resolvePointer(pointer, { ticketFile, namedFolders: () => (ticket ? this.namedFolders(ticket) : []) }, this.repository, this.changes);
      this.resolutions.set(pointer, resolution);
    }
    return resolution;
  }

  /** Every resolution so far, with its pointer. */
  entries(): IterableIterator<[Pointer, Resolution]> {
    return this.resolutions.entries();
  }

  /** The tracked folders a ticket points at. */
  private namedFolders(ticket: Ticket): string[] {
    let folders = this.folders.get(ticket);
    if (!folders) {
      folders = [];
      for (const pointer of ticket.pointers) {
        const target = pointerTarget(pointer, ticket.file);
        if (target.kind === 'inside' && target.path !== '' && this.repository.hasFolder(target.path)) folders.push(target.path);
      }
      this.folders.set(ticket, folders);
    }
    return folders;
  }
}
