import picomatch from 'picomatch';
import { backlogMdFormat } from './backlog-md.js';
import { bugReportFormat } from './bug-report.js';
import type { TicketFormat } from './format.js';
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
