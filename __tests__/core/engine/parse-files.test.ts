import { describe, expect, it } from '@jest/globals';
import { parseFiles } from '../../../src/core/engine/parse-files.js';
import { parseTicketText, parseTicketTextOnce } from '../../../src/core/parse/read-ticket-file.js';
import type { TicketFile } from '../../../src/core/parse/ticket.js';
import type { SharedParse, TextToParse, TicketParser } from '../../../src/core/parse/ticket-parser.js';
import { RepositoryView, inMemoryHost } from '../../../src/core/repository/repository-view.js';
import { configOf } from '../../helpers/lint-fixture.js';

const ticket = (id: number) => `---\nid: T-${id}\n---\n# Ticket ${id}\n\n## Goal\nDo ${id}.\n\n## Context\n- \`src/a.ts\`\n- \`src/gone-${id}.ts\`\n\n## Acceptance Criteria\n- [ ] done\n`;

function repositoryOf(count: number) {
  const files: Record<string, string> = { 'src/a.ts': 'export {};\n', 'roadmap/binary.md': '\u0000\u0001' };
  for (let id = 0; id < count; id += 1) files[`roadmap/t${id}.md`] = ticket(id);
  return { repository: new RepositoryView(inMemoryHost(files)), paths: Object.keys(files).filter((path) => path.startsWith('roadmap/')).sort() };
}

/**
 * Stands in for the worker threads, in this thread: it takes every `stride`-th turn, parses what it
 * takes, and gives back all of it, or none of it when it "fails".
 */
function otherThreads(repository: RepositoryView, { stride = 2, fails = false } = {}) {
  const shared: { texts: readonly TextToParse[]; theirs: Map<number, TicketFile> } = { texts: [], theirs: new Map() };
  const parser: TicketParser = (texts) => {
    shared.texts = texts;
    let next = 0;
    let parsedCount = 0;
    const theirs = new Map<number, TicketFile>();
    shared.theirs = theirs;
    const take = (): number | undefined => (next < texts.length ? next++ : undefined);
    const sharedParse: SharedParse = {
      take: () => {
        let index = take();
        while (index !== undefined && index % stride === 1) {
          const { path, text } = texts[index] as TextToParse;
          if (!fails) theirs.set(index, parseTicketTextOnce(path, text, repository, configOf()));
          parsedCount += 1;
          index = take();
        }
        return index;
      },
      parsed: () => ++parsedCount,
      pause: async () => undefined,
      results: async () => theirs,
    };
    return sharedParse;
  };
  return { parser, shared };
}

describe('parseFiles', () => {
  it('gives each file as one thread alone parses it, in order, whichever thread parsed it', async () => {
    const alone = repositoryOf(7);
    const expected = await parseFiles(alone.paths, alone.repository, configOf());
    const together = repositoryOf(7);
    const { parser, shared } = otherThreads(together.repository);
    const progress: number[] = [];
    const files = await parseFiles(together.paths, together.repository, configOf(), parser, (done, total) => progress.push(total === 8 ? done : -1));
    expect(files.map((file) => file.path)).toEqual(together.paths);
    expect(files).toEqual(expected);
    // What the other thread gave back is used as it is, not parsed again.
    expect(shared.theirs.size).toBe(3);
    expect(files[2]).toBe(shared.theirs.get(1));
    // The unreadable file is not shared; the rest are, and the count of parsed files only grows.
    expect(shared.texts.map((text) => text.path)).toEqual(together.paths.filter((path) => path !== 'roadmap/binary.md'));
    expect(files.find((file) => file.path === 'roadmap/binary.md')?.problems[0]?.message).toMatch(/^The file was not linted: /);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('parses here what a failed thread took and did not give back', async () => {
    const alone = repositoryOf(5);
    const expected = await parseFiles(alone.paths, alone.repository, configOf());
    const together = repositoryOf(5);
    const files = await parseFiles(together.paths, together.repository, configOf(), otherThreads(together.repository, { fails: true }).parser);
    expect(files).toEqual(expected);
    // roadmap/t1.md (the second text shared) was the failed thread's.
    expect(files[2]?.tickets[0]?.id).toBe('T-1');
  });

  it('parses alone when the parser declines, and does not share a text this run already parsed', async () => {
    const { repository, paths } = repositoryOf(3);
    const config = configOf();
    const first = parseTicketText('roadmap/t0.md', ticket(0), repository, config);
    const offered: string[][] = [];
    const declining: TicketParser = (texts) => {
      offered.push(texts.map((text) => text.path));
      return undefined;
    };
    const files = await parseFiles(paths, repository, config, declining);
    expect(offered).toEqual([['roadmap/t1.md', 'roadmap/t2.md']]);
    expect(files[1]).toBe(first);
    expect(files.map((file) => file.tickets[0]?.id)).toEqual([undefined, 'T-0', 'T-1', 'T-2']);
  });
});
