/** Where a ticket stands: open (work to do) or done (finished, dropped or replaced). */
export type TicketState = 'open' | 'done';

/** The status words of each state, as people write them: any case, spaces, `-` and `_` alike. */
export interface StatusWords {
  open: readonly string[];
  done: readonly string[];
}

/** Folders whose tickets are finished, whatever their own status says. */
const DONE_FOLDERS = new Set(['done', 'completed', 'complete', 'archive', 'archived', 'closed', 'finished']);

/** `In Progress`, `in-progress` and `in_progress` are one word; emoji and trailing punctuation are not part of it. */
export function statusKey(word: string): string {
  return word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export class StatusVocabulary {
  private readonly states = new Map<string, TicketState>();

  constructor(words: StatusWords) {
    for (const word of words.open) this.states.set(statusKey(word), 'open');
    for (const word of words.done) this.states.set(statusKey(word), 'done');
  }

  /**
   * The state a status names, or undefined for a word the vocabulary does not know. A note after the
   * word (`Complete (9/9 tasks)`, `Blocked — waiting on API`) does not change it.
   */
  stateOf(word: string): TicketState | undefined {
    const whole = this.states.get(statusKey(word));
    if (whole !== undefined) return whole;
    const cut = word.search(/[([,;:]| [-—–] /);
    return cut > 0 ? this.states.get(statusKey(word.slice(0, cut))) : undefined;
  }

  /** The known words, one per state, for a message. */
  known(): { open: string[]; done: string[] } {
    const open: string[] = [];
    const done: string[] = [];
    for (const [word, state] of this.states) (state === 'open' ? open : done).push(word);
    return { open, done };
  }
}

/** True when a folder on the ticket's path says its tickets are finished (`backlog/completed/…`, `archive/…`). */
export function inDoneFolder(path: string): boolean {
  return path.split('/').slice(0, -1).some((folder) => DONE_FOLDERS.has(folder.toLowerCase()));
}
