import path from 'node:path';
import picomatch from 'picomatch';
import { selectTicketFiles } from '../core/collect/ticket-files.js';
import { DEFAULT_CONFIG, DEFAULT_TICKET_GLOBS, type Config } from '../core/config/config.js';
import { parseTicketText, readTicketText } from '../core/parse/read-ticket-file.js';
import { normalizeHeading } from '../core/parse/sections.js';
import type { RepositoryView } from '../core/repository/repository-view.js';

/** At most this many Markdown files outside the default places are read to find tickets elsewhere. */
const SCAN_LIMIT = 5_000;
/** A heading is named in the findings when this share of the files of one format use it. */
const COMMON_SHARE = 0.3;

/** What `ticket-lint init` found in a repository, and the config that fits it. */
export interface InitFindings {
  /** Ticket files by the format that reads them. */
  formats: Map<string, number>;
  /** Folders of tickets the default globs miss, as globs to add. */
  extraGlobs: string[];
  /** Headings many tickets use that open no section ticket-lint knows, with how many files use each. */
  unknownHeadings: Array<{ heading: string; files: number }>;
  /** The `.ticket-lint.yml` text that fits the repository. */
  configText: string;
}

/** The formats, places and headings of the repository's tickets, and the config text that fits them. */
export function findTickets(repository: RepositoryView): InitFindings {
  const config = DEFAULT_CONFIG as Config;
  const inDefaults = new Set(selectTicketFiles(repository.files, config.tickets, config.ignore));
  const isIgnored = picomatch([...config.ignore], { dot: true });
  const formats = new Map<string, number>();
  const headingFiles = new Map<string, number>();
  let singleFiles = 0;
  const extraFolders = new Set<string>();
  const outside = repository.files.filter((file) => !inDefaults.has(file) && file.toLowerCase().endsWith('.md') && !isIgnored(file)).slice(0, SCAN_LIMIT);
  for (const file of [...inDefaults, ...outside]) {
    const read = readTicketText(file, repository, config);
    if (!read.ok) continue;
    const parsed = parseTicketText(file, read.text, repository, config);
    if (parsed.format === undefined || parsed.tickets.length === 0) continue;
    const isDefault = inDefaults.has(file);
    // Outside the default places, a file is taken for a ticket only when a tool's format claims it or it has two known sections.
    if (!isDefault && (parsed.format === 'single' || parsed.format === 'roadmap') && parsed.tickets.every((ticket) => ticket.sections.length < 2)) continue;
    if (!isDefault) extraFolders.add(path.posix.dirname(file));
    formats.set(parsed.format, (formats.get(parsed.format) ?? 0) + 1);
    if (parsed.format !== 'single' && parsed.format !== 'roadmap') continue;
    singleFiles += 1;
    const known = new Set(parsed.tickets.flatMap((ticket) => ticket.sections.map((section) => normalizeHeading(section.heading))));
    const headings = new Set(parsed.source.text.split('\n').filter((line) => /^#{2,3} /.test(line)).map((line) => normalizeHeading(line.replace(/^#+ /, ''))));
    for (const heading of headings) if (heading !== '' && !known.has(heading)) headingFiles.set(heading, (headingFiles.get(heading) ?? 0) + 1);
  }
  const extraGlobs = [...extraFolders].sort().map((folder) => `${folder}/*.md`);
  const unknownHeadings = [...headingFiles]
    .filter(([, files]) => singleFiles > 0 && files >= Math.max(2, singleFiles * COMMON_SHARE))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([heading, files]) => ({ heading, files }));
  return { formats, extraGlobs, unknownHeadings, configText: configText(formats, extraGlobs, unknownHeadings) };
}

function configText(formats: Map<string, number>, extraGlobs: readonly string[], unknownHeadings: InitFindings['unknownHeadings']): string {
  const found = [...formats].map(([format, files]) => `${format}: ${files}`).join(', ') || 'none yet';
  const lines = [
    '# ticket-lint: keeps the tickets of this repository fit to hand to a coding agent.',
    '# Written by `ticket-lint init`; every key is optional, and the README lists them all.',
    `# Ticket files found, by format: ${found}.`,
    '',
  ];
  if (extraGlobs.length > 0) {
    lines.push('# The default places of every ticket format, and the folders of tickets found elsewhere.', 'tickets:');
    for (const glob of [...DEFAULT_TICKET_GLOBS, ...extraGlobs]) lines.push(`  - ${JSON.stringify(glob)}`);
  } else {
    lines.push('# Every ticket found lies where its format keeps its files: the default `tickets` globs cover them.', '# tickets: ["roadmap/**/*.md"]');
  }
  lines.push('');
  if (unknownHeadings.length > 0) {
    lines.push('# Headings your tickets use that open no section ticket-lint knows (the files using each):');
    for (const { heading, files } of unknownHeadings) lines.push(`#   ${JSON.stringify(heading)} (${files})`);
    lines.push(
      '# Add those that hold a goal, the context (files) or acceptance criteria; they add to the defaults:',
      '# sections:',
      `#   acceptance: [${JSON.stringify(unknownHeadings[0]?.heading ?? 'checks')}]`,
      '',
    );
  }
  lines.push(
    '# Done tickets are checked for their ids and dependencies only; set this to lint them fully.',
    '# lint-done: true',
    '',
    '# Severity per rule (error | warning | off), and options: rules: { ticket-size: [error, { max: 3000 }] }',
    '# rules:',
    '#   vague-language: off',
    '',
  );
  return lines.join('\n');
}

export const WORKFLOW_TEXT = `# Lints the tickets a pull request touches: https://github.com/ticket-lint/ticket-lint
name: tickets
on: [pull_request]
permissions:
  contents: read
  pull-requests: write   # only for \`comment: true\`
jobs:
  ticket-lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0   # the base commit (new vs existing problems) and history ("deleted in abc1234")
      - uses: ticket-lint/ticket-lint@v0
        with:
          comment: true
`;
