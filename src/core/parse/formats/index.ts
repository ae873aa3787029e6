import type { TicketFormat } from './format.js';
import { roadmapFormat } from './roadmap.js';
import { singleFormat } from './single.js';
import { specFormat } from './spec.js';

/** Every ticket format, in the order they are asked to claim a file; the last claims what is left. */
export const FORMATS: readonly TicketFormat[] = [specFormat, roadmapFormat, singleFormat];
