import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFiles } from '../../src/core/engine/parse-files.js';
import { parseTicketTextOnce, readTicketText } from '../../src/core/parse/read-ticket-file.js';
import type { TextToParse } from '../../src/core/parse/ticket-parser.js';
import { bundledWorkers } from '../../src/host/bundled-workers.js';
import { workerTicketParser } from '../../src/host/parse-workers.js';
import { corpusRepository } from '../helpers/corpus.js';
import { makeTempFolder, removeTemporaryFolders } from '../helpers/git-repository.js';
import { configOf } from '../helpers/lint-fixture.js';
import { PROJECT_ROOT } from '../helpers/run-built.js';

afterAll(removeTemporaryFolders);

const BUNDLED_WORKER = pathToFileURL(path.join(PROJECT_ROOT, 'dist', 'parse-worker', 'index.js'));

/** Every ticket text of a corpus, as lint reads them. */
function corpusTexts(corpus: string) {
  const { repository, tickets } = corpusRepository(corpus);
  const config = configOf();
  const texts: TextToParse[] = tickets.flatMap((file) => {
    const read = readTicketText(file, repository, config);
    return read.ok ? [{ path: file, text: read.text }] : [];
  });
  return { repository, tickets, config, texts };
}

describe('workerTicketParser (the bundled parse worker)', () => {
  it('parses on its threads exactly as the main thread does: formats, frontmatter, pointers, positions', async () => {
    // Backlog.md tasks (frontmatter, names with spaces and quotes) and superpowers plans (large files).
    for (const corpus of ['mrlesk-backlog-md', 'obra-superpowers']) {
      const { repository, config, texts } = corpusTexts(corpus);
      const shared = workerTicketParser(BUNDLED_WORKER, repository, config, { threads: 2, minCharacters: 0 })(texts);
      if (!shared) throw new Error('the parser declined');
      // This thread takes nothing, so the workers parse every file.
      const theirs = await shared.results();
      expect(theirs.size).toBe(texts.length);
      texts.forEach(({ path: file, text }, index) => expect(theirs.get(index)).toEqual(parseTicketTextOnce(file, text, repository, config)));
    }
  });

  it('declines below its share of text, or with no thread to spare', () => {
    const { repository, config, texts } = corpusTexts('obra-superpowers');
    const characters = texts.reduce((sum, { text }) => sum + text.length, 0);
    expect(workerTicketParser(BUNDLED_WORKER, repository, config, { threads: 1, minCharacters: characters + 1 })(texts)).toBeUndefined();
    expect(workerTicketParser(BUNDLED_WORKER, repository, config, { threads: 0, minCharacters: 0 })(texts)).toBeUndefined();
  });

  it('costs only time when its threads fail: the main thread parses every file they took', async () => {
    const folder = makeTempFolder();
    const broken = path.join(folder, 'broken-worker.mjs');
    writeFileSync(broken, "throw new Error('cannot start');\n");
    const { repository, tickets, config, texts } = corpusTexts('mrlesk-backlog-md');
    const failing = workerTicketParser(pathToFileURL(broken), repository, config, { threads: 1, minCharacters: 0 });
    expect((await failing(texts)?.results())?.size).toBe(0);
    const alone = corpusTexts('mrlesk-backlog-md');
    expect(await parseFiles(tickets, repository, config, failing)).toEqual(await parseFiles(alone.tickets, alone.repository, alone.config));
  });

  it('is found beside each bundled entry', () => {
    for (const [entry, up] of [['index.js', '.'], [path.join('cli', 'index.js'), '..']] as const) {
      const workers = bundledWorkers(pathToFileURL(path.join(PROJECT_ROOT, 'dist', entry)).href, up);
      expect(existsSync(fileURLToPath(workers.parse))).toBe(true);
      expect(existsSync(fileURLToPath(workers.tokens))).toBe(true);
    }
  });
});
