import { formatCount } from '../core/text/wording.js';

/** A run shorter than this shows no progress: a line that flashes by says nothing. */
const SHOWN_AFTER_MS = 1000;
/** At most this often is the line redrawn. */
const REDRAWN_EVERY_MS = 100;
/** Back to the start of the line, and erase it. */
const ERASE_LINE = '\r\u001b[2K';

/** A progress line on stderr, in a terminal only: `ticket-lint: 120/1,000 ticket files`, erased at the end. */
export interface Progress {
  update(done: number, total: number): void;
  /** Erases the line, if one was drawn; call before printing the report. */
  end(): void;
}

/**
 * The progress line of a run, drawn once it has taken more than a second, and only when `interactive`
 * (stderr is a terminal, not a CI log). `shownAfterMs` is for tests, which cannot wait for a slow run.
 */
export function progressLine(write: (text: string) => void, interactive: boolean, now: () => number = Date.now, shownAfterMs = SHOWN_AFTER_MS): Progress {
  if (!interactive) return { update: () => undefined, end: () => undefined };
  const start = now();
  let drawnAt: number | undefined;
  return {
    update(done, total) {
      const time = now();
      if (time - start < shownAfterMs || (drawnAt !== undefined && time - drawnAt < REDRAWN_EVERY_MS && done < total)) return;
      drawnAt = time;
      write(`${ERASE_LINE}ticket-lint: ${formatCount(done)}/${formatCount(total)} ticket files`);
    },
    end() {
      if (drawnAt !== undefined) write(ERASE_LINE);
    },
  };
}
