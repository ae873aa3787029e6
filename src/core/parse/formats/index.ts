import picomatch from 'picomatch';
import { backlogMdFormat } from './backlog-md.js';
import { bugReportFormat } from './bug-report.js';
import type { ParseProblem } from '../ticket.js';
import type { MarkdownFormat, TicketFormat } from './format.js';
import { gsdFormat } from './gsd.js';
import { kiroFormat } from './kiro.js';
import { roadmapFormat } from './roadmap.js';
import { singleFormat } from './single.js';
import { specKitFormat } from './spec-kit.js';
import { specWorkflowFormat } from './spec-workflow.js';
import { specFormat } from './spec.js';
import { superpowersFormat } from './superpowers.js';
import { taskMasterJsonFormat } from './task-master-json.js';
import { taskMasterTextFormat } from './task-master-text.js';

/**
 * Every ticket format, in the order they are asked to claim a file: the formats of a tool's own
 * files first, then a roadmap of ticket headings, then a single ticket (the fallback).
 */
export const FORMATS: readonly TicketFormat[] = [
  taskMasterJsonFormat,
  taskMasterTextFormat,
  specKitFormat,
  kiroFormat,
  specWorkflowFormat,
  backlogMdFormat,
  gsdFormat,
  superpowersFormat,
  specFormat,
  roadmapFormat,
  bugReportFormat,
  singleFormat,
];

export const FORMAT_NAMES: readonly string[] = FORMATS.map((format) => format.name);

export function formatNamed(name: string): TicketFormat | undefined {
  return FORMATS.find((format) => format.name === name);
}

/** Every place a format says its files live: the globs the default `tickets` setting is made of. */
export const FORMAT_PLACES: readonly string[] = [...new Set(FORMATS.flatMap((format) => format.places))];

const OWNED_PLACES = FORMATS.filter((format) => format.kind === 'data' || !format.fallback).flatMap((format) => format.places);
const isOwnedPlace = picomatch([...OWNED_PLACES], { dot: true });

/** True when the path lies where a tool keeps its own files (a spec kit's `specs/`, GSD's `.planning/`): the fallback does not read it. */
export function inOwnedPlace(path: string): boolean {
  return isOwnedPlace(path);
}

/** A place that names its files (`tasks.md`, `*-PLAN.md`), not any Markdown file of a folder (`**\/*.md`). */
const NAMES_ITS_FILES = (place: string): boolean => !/(?:^|\/)\*\.md$/.test(place);
/** Literal characters of a glob: the more, the narrower the place. */
const literalLength = (place: string): number => place.replace(/\*/g, '').length;
const TICKET_FILE_PLACES = FORMATS.filter((format): format is MarkdownFormat => format.kind === 'markdown')
  .flatMap((format) => {
    const { writesTickets } = format;
    return writesTickets === undefined ? [] : format.places.filter(NAMES_ITS_FILES).map((place) => ({ format, place, writesTickets, matches: picomatch(place, { dot: true }) }));
  })
  .sort((a, b) => literalLength(b.place) - literalLength(a.place));

/**
 * A file a format's place names as one of its ticket files (Kiro's `.kiro/specs/<feature>/tasks.md`)
 * that the format reads no ticket from is not linted at all: said, not skipped in silence. The narrowest
 * place wins (`.kiro/specs/*\/tasks.md` over `**\/specs/*\/tasks.md`).
 */
export function notWrittenAsItsPlaceSays(path: string): ParseProblem | undefined {
  const found = TICKET_FILE_PLACES.find((entry) => entry.matches(path));
  if (found === undefined) return undefined;
  const { format, place, writesTickets } = found;
  return {
    about: 'file',
    line: 1,
    severity: 'warning',
    message: `No ticket read: the file lies where ${format.name} keeps its ticket files (${place}), but none of it is written as ${format.name} writes a ticket: ${writesTickets}; nothing in it was checked`,
  };
}
