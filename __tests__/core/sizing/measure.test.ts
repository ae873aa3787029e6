import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG, type Config } from '../../../src/core/config/config.js';
import { lint } from '../../../src/core/engine/lint.js';
import { SessionMeasurer } from '../../../src/core/sizing/measure.js';
import { parseTicketFile } from '../../../src/core/parse/parse-ticket-file.js';
import { resolvePointer } from '../../../src/core/resolve/resolve-pointer.js';
import type { Ticket } from '../../../src/core/parse/ticket.js';
import { RepositoryView, inMemoryHost } from '../../../src/core/repository/repository-view.js';
import { loadTokenCounter, type TokenCounter } from '../../../src/core/sizing/tokens.js';
import { RULES } from '../../../src/rules/index.js';
import { configOf, type ConfigValues } from '../../helpers/lint-fixture.js';

const code = (name: string, lines: number) =>
  Array.from({ length: lines }, (_, i) => `export const ${name}${i} = computeSomething(${i}, '${name}');`).join('\n') + '\n';

const FILES: Record<string, string | Uint8Array> = {
  'src/api/login.ts': code('login', 40),
  'src/api/session.ts': code('session', 20),
  'src/routes/home.ts': code('home', 10),
  'src/routes/about.ts': code('about', 12),
  'assets/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
};

function ticket(context: string[]): string {
  return ['# T', '', '## Goal', 'Do it.', '', '## Context', ...context.map((c) => `- ${c}`), '', '## Acceptance Criteria', '- [ ] ok', ''].join('\n');
}

/** Lints `tickets` over FILES, counting how often each file is read. */
async function measured(tickets: Record<string, string>, config: ConfigValues = {}) {
  const host = inMemoryHost({ ...FILES, ...tickets });
  const reads = new Map<string, number>();
  const counting = { ...host, readFile: (path: string) => (reads.set(path, (reads.get(path) ?? 0) + 1), host.readFile(path)) };
  const report = await lint({
    repository: new RepositoryView(counting),
    config: configOf(config),
    rules: RULES,
    files: Object.keys(tickets),
    tokenCounter: loadTokenCounter,
  });
  return { report, reads };
}

const linesOf = (text: string, start: number, end: number) => text.split('\n').slice(start - 1, end).join('\n') + '\n';

describe('session sizing (docs/sizing.md)', () => {
  it('counts the ticket text, and each pointed-at file whole or by its line range', async () => {
    const counter = await loadTokenCounter('o200k_base');
    const text = ticket(['`src/api/login.ts:3-8`', '`src/api/session.ts`']);
    const { report } = await measured({ 'roadmap/t.md': text });
    const [entry] = report.tickets;
    const login = linesOf(FILES['src/api/login.ts'] as string, 3, 8);
    const expectedPointers = counter.count(login) + counter.count(FILES['src/api/session.ts'] as string);
    expect(entry).toMatchObject({
      tokens: counter.count(text),
      pointerTokens: expectedPointers,
      sessionTokens: 15_000 + counter.count(text) + expectedPointers,
      budget: 80_000,
    });
    expect(entry?.pointers.map((p) => `${p.path} ${p.tokens}`)).toEqual([
      `src/api/login.ts ${counter.count(login)}`,
      `src/api/session.ts ${counter.count(FILES['src/api/session.ts'] as string)}`,
    ]);
  });

  it('counts every tracked file of a folder or a glob, a binary file as 0, and a file named bare and with lines as its lines', async () => {
    const counter = await loadTokenCounter('o200k_base');
    const routes = counter.count(FILES['src/routes/home.ts'] as string) + counter.count(FILES['src/routes/about.ts'] as string);
    const session = counter.count(FILES['src/api/session.ts'] as string);
    const text = ticket(['`src/routes/`', '`src/routes/*.ts`', '`assets/logo.png`', '`src/api/session.ts`', '`src/api/session.ts:1-5`']);
    const { report } = await measured({ 'roadmap/t.md': text });
    const sessionLines = counter.count(linesOf(FILES['src/api/session.ts'] as string, 1, 5));
    expect(sessionLines).toBeLessThan(session);
    expect(report.tickets[0]?.pointerTokens).toBe(routes + sessionLines);
    expect(report.tickets[0]?.pointers.map((p) => `${p.path} ${p.kind} ${p.tokens}`)).toEqual([
      `src/routes dir ${routes}`,
      `src/routes/*.ts glob ${routes}`,
      'assets/logo.png file 0',
      `src/api/session.ts file ${sessionLines}`,
      `src/api/session.ts file ${sessionLines}`,
    ]);
  });

  it('reads each pointed-at file once per run, however many tickets point at it', async () => {
    const { reads } = await measured({
      'roadmap/a.md': ticket(['`src/api/login.ts`', '`src/api/login.ts:1-2`']),
      'roadmap/b.md': ticket(['`src/api/login.ts:5-9`', '`src/routes/`']),
      'roadmap/c.md': ticket(['`src/routes/home.ts`']),
    });
    expect(Object.fromEntries(reads)).toEqual({
      'roadmap/a.md': 1,
      'roadmap/b.md': 1,
      'roadmap/c.md': 1,
      'src/api/login.ts': 1,
      'src/routes/about.ts': 1,
      'src/routes/home.ts': 1,
    });
  });

  it('counts a file once, line by line, however many line ranges of it the tickets name (F12)', async () => {
    const counter = await loadTokenCounter('o200k_base');
    const sent: string[] = [];
    const recording = async (): Promise<TokenCounter> => ({
      encoding: 'o200k_base',
      countAll: async (texts) => (sent.push(...texts), texts.map((text) => counter.count(text))),
      countLinesAll: async (texts) => (sent.push(...texts), texts.map((text) => counter.countLines(text))),
    });
    const big = code('big', 2_000);
    const text = ticket(Array.from({ length: 300 }, (_, index) => `\`src/big.ts:${index + 1}-${2_000 - index}\``));
    const other = ticket(['`src/big.ts:10-20`', '`src/big.ts`']);
    const report = await lint({
      repository: new RepositoryView(inMemoryHost({ ...FILES, 'src/big.ts': big, 'roadmap/t.md': text, 'roadmap/u.md': other })),
      config: configOf({}),
      rules: RULES,
      files: ['roadmap/t.md', 'roadmap/u.md'],
      tokenCounter: recording,
    });
    expect(sent.filter((sentText) => sentText === big)).toHaveLength(1);
    expect(sent.reduce((sum, sentText) => sum + sentText.length, 0)).toBe(big.length + text.length + other.length);
    const lines = counter.countLines(big);
    const linesFrom = (start: number, end: number) => lines.slice(start - 1, end).reduce((sum, count) => sum + count, 0);
    const [first, second] = report.tickets;
    expect(first?.pointers.slice(0, 3).map((pointer) => pointer.tokens)).toEqual([linesFrom(1, 2_000), linesFrom(2, 1_999), linesFrom(3, 1_998)]);
    expect(first?.pointerTokens).toBe(counter.count(big));
    expect(second?.pointers.map((pointer) => pointer.tokens)).toEqual([linesFrom(10, 20), linesFrom(10, 20)]);
  });

  it("estimates a file over 'max-file-bytes' at 4 bytes a token instead of tokenizing it", async () => {
    const big = 'word '.repeat(1000);
    const { report } = await measured({ 'roadmap/t.md': ticket(['`src/big.txt`']), 'src/big.txt': big }, { 'max-file-bytes': 1000 });
    expect(report.tickets[0]?.pointers[0]).toMatchObject({ path: 'src/big.txt', tokens: Math.ceil(big.length / 4) });
  });

  it('loads the tokenizer only when there is a ticket to measure', async () => {
    const requested: string[] = [];
    const fakeCounter = async (encoding: Config['encoding']) => {
      requested.push(encoding);
      return {
        encoding,
        countAll: async (texts: readonly string[]) => texts.map((text) => text.length),
        countLinesAll: async (texts: readonly string[]) => texts.map((text) => text.split('\n').map((line) => line.length)),
      };
    };
    const repository = new RepositoryView(inMemoryHost({ 'roadmap/spec.md': '---\ntype: spec\n---\n# Plan\n', 'roadmap/t.md': ticket(['`src/a.ts`']) }));
    const config = { ...structuredClone(DEFAULT_CONFIG), encoding: 'cl100k_base' } as Config;
    await lint({ repository, config, rules: RULES, files: ['roadmap/spec.md'], tokenCounter: fakeCounter });
    expect(requested).toEqual([]);
    await lint({ repository, config, rules: RULES, files: ['roadmap/t.md'], tokenCounter: fakeCounter });
    expect(requested).toEqual(['cl100k_base']);
  });
});

describe('a token counter that fails', () => {
  const failing = {
    encoding: 'o200k_base' as const,
    countAll: async (): Promise<number[]> => Promise.reject(new Error('the counter broke')),
    countLinesAll: async (): Promise<number[][]> => Promise.reject(new Error('the counter broke')),
  };
  const tickets = Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`roadmap/t${index}.md`, ticket(['`src/api/login.ts`'])]));

  it('makes lint reject with its error', async () => {
    const linting = lint({
      repository: new RepositoryView(inMemoryHost({ ...FILES, ...tickets })),
      config: structuredClone(DEFAULT_CONFIG),
      rules: RULES,
      files: Object.keys(tickets),
      tokenCounter: async () => failing,
    });
    await expect(linting).rejects.toThrow('the counter broke');
  });

  it('is held for settled(), not left an unhandled rejection while the caller goes on', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown): void => {
      unhandled.push(reason);
    };
    process.on('unhandledRejection', record);
    try {
      const repository = new RepositoryView(inMemoryHost({ ...FILES, ...tickets }));
      const measurer = new SessionMeasurer(repository, structuredClone(DEFAULT_CONFIG), async () => failing);
      const [first] = parseTicketFile('roadmap/t0.md', ticket(['`src/api/login.ts`']), { sections: DEFAULT_CONFIG.sections, hints: { topLevelEntries: new Set(['src']) } }).tickets;
      measurer.plan(first as Ticket, (pointer) => resolvePointer(pointer, 'roadmap/t0.md', repository));
      await measurer.flush();
      // A worker's answer comes in a later turn of the event loop, such as this one.
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
      await expect(measurer.settled()).rejects.toThrow('the counter broke');
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });
});
