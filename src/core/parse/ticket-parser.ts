import type { TicketFile } from './ticket.js';

/** A ticket file's text to parse, by its repository path. */
export interface TextToParse {
  path: string;
  text: string;
}

/**
 * Ticket files parsed by other threads alongside this one. Every thread, this one included, takes the
 * next file nobody has taken, so the work spreads by itself however fast each thread starts or runs.
 */
export interface SharedParse {
  /** The index of the next file for this thread to parse, or undefined once every file is taken. */
  take(): number | undefined;
  /** Counts a file this thread parsed, and returns how many all threads have parsed. */
  parsed(): number;
  /** Lets what the other threads sent so far come in, so that it does not pile up while this thread parses. */
  pause(): Promise<void>;
  /**
   * The files the other threads took and parsed, by index, once they are all done or stopped. A file
   * one of them took but did not give back (the thread failed) is missing; the caller parses it.
   */
  results(): Promise<ReadonlyMap<number, TicketFile>>;
}

/** Starts parsing on other threads, each file as `parseTicketTextOnce` would here; undefined when that would not pay. */
export type TicketParser = (texts: readonly TextToParse[]) => SharedParse | undefined;
