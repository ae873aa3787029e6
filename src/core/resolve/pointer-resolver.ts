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
  /** The folders a ticket file names outside its tickets (spec-kit's Path Conventions), by file. */
  private readonly fileFolders = new Map<string, string[]>();

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
    this.fileFolders.set(file.path, this.foldersOf(file.sharedPointers ?? [], file.path));
  }

  resolve(pointer: Pointer, ticket: Ticket | undefined = this.tickets.get(pointer)): Resolution {
    let resolution = this.resolutions.get(pointer);
    if (!resolution) {
      const ticketFile = ticket?.file ?? this.sharedFiles.get(pointer) ?? '';
      resolution = resolvePointer(pointer, { ticketFile, namedFolders: () => (ticket ? this.namedFolders(ticket) : (this.fileFolders.get(ticketFile) ?? [])) }, this.repository, this.changes);
      this.resolutions.set(pointer, resolution);
    }
    return resolution;
  }

  /** Every resolution so far, with its pointer. */
  entries(): IterableIterator<[Pointer, Resolution]> {
    return this.resolutions.entries();
  }

  /**
   * The tracked folders a ticket points at, and those its file names outside its tickets: a task list
   * that says where its paths are written from ("Web app: `./w2/app/backend/`") says it for every task.
   */
  private namedFolders(ticket: Ticket): string[] {
    let folders = this.folders.get(ticket);
    if (!folders) {
      folders = [...this.foldersOf(ticket.pointers, ticket.file), ...(this.fileFolders.get(ticket.file) ?? [])];
      this.folders.set(ticket, folders);
    }
    return folders;
  }

  private foldersOf(pointers: readonly Pointer[], ticketFile: string): string[] {
    const folders: string[] = [];
    for (const pointer of pointers) {
      const target = pointerTarget(pointer, ticketFile);
      if (target.kind === 'inside' && target.path !== '' && this.repository.hasFolder(target.path)) folders.push(target.path);
    }
    return folders;
  }
}
