import { afterAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadTokenCounter } from '../../src/core/sizing/tokens.js';
import { WorkerTokenCounters } from '../../src/host/token-worker.js';
import { makeTempFolder, removeTemporaryFolders } from '../helpers/git-repository.js';
import { PROJECT_ROOT } from '../helpers/run-built.js';

afterAll(removeTemporaryFolders);

const BUNDLED_WORKER = pathToFileURL(path.join(PROJECT_ROOT, 'dist', 'token-worker', 'index.js'));

describe('WorkerTokenCounters (the bundled worker)', () => {
  it('counts batches on a second thread exactly as tiktoken does, and stops when closed', async () => {
    const counters = new WorkerTokenCounters(BUNDLED_WORKER);
    try {
      const counter = await counters.get('o200k_base');
      const [first, second] = await Promise.all([
        counter.countAll(['hello world', "I'm can't HELLO'S camelCaseWord  123456 \n\n  x"]),
        counter.countAll(['你好，世界 🌍🚀', '']),
      ]);
      expect(first).toEqual([2, 15]);
      expect(second).toEqual([7, 0]);
      const local = await loadTokenCounter('o200k_base');
      expect(await counter.countLinesAll(['a\n\nb.\n', 'one line'])).toEqual([local.countLines('a\n\nb.\n'), [local.count('one line')]]);
      expect(await counters.get('o200k_base')).toBe(counter);
      expect(await (await counters.get('cl100k_base')).countAll(['hello world', '👍'])).toEqual([2, 3]);
    } finally {
      await counters.close();
    }
  });

  it('rejects pending counts with a clear error when the worker dies', async () => {
    const folder = makeTempFolder();
    const broken = path.join(folder, 'broken-worker.mjs');
    writeFileSync(broken, "throw new Error('cannot start');\n");
    const counters = new WorkerTokenCounters(pathToFileURL(broken));
    try {
      const counter = await counters.get('o200k_base');
      await expect(counter.countAll(['hello'])).rejects.toThrow('cannot start');
      // Asked again after the thread is gone: the same error at once, not a wait forever.
      await expect(counter.countAll(['again'])).rejects.toThrow('cannot start');
    } finally {
      await counters.close();
    }
  });
});
