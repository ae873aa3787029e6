import { describe, expect, it } from '@jest/globals';
import { readTicketText } from '../../../src/core/parse/read-ticket-file.js';
import { RepositoryView, inMemoryHost, type RepositoryHost } from '../../../src/core/repository/repository-view.js';
import { configOf } from '../../helpers/lint-fixture.js';

/** A host that counts how often each file is read. */
function countingHost(files: Record<string, string>): { host: RepositoryHost; reads: Map<string, number> } {
  const inner = inMemoryHost(files);
  const reads = new Map<string, number>();
  return {
    reads,
    host: {
      ...inner,
      readFile: (path) => {
        reads.set(path, (reads.get(path) ?? 0) + 1);
        return inner.readFile(path);
      },
    },
  };
}

describe('readTicketText: a ticket file read once a run, kept as text', () => {
  it('reads a ticket file from the host once however often the run asks, and gives the same text', () => {
    const { host, reads } = countingHost({ 'roadmap/t.md': '# T-1: Login\n', 'src/a.ts': 'export {};\n' });
    const repository = new RepositoryView(host);
    const config = configOf();
    const first = readTicketText('roadmap/t.md', repository, config);
    const second = readTicketText('roadmap/t.md', repository, config);
    expect(first).toEqual({ ok: true, text: '# T-1: Login\n' });
    expect(second).toBe(first);
    expect(reads.get('roadmap/t.md')).toBe(1);
  });

  it('keeps no copy of the bytes: the repository reads the file again when asked for them, other files once', () => {
    const { host, reads } = countingHost({ 'roadmap/t.md': '# T-1: Login\n', 'src/a.ts': 'export {};\n' });
    const repository = new RepositoryView(host);
    readTicketText('roadmap/t.md', repository, configOf());
    expect(new TextDecoder().decode(repository.readBytes('roadmap/t.md'))).toBe('# T-1: Login\n');
    repository.readBytes('src/a.ts');
    repository.readBytes('src/a.ts');
    expect(Object.fromEntries(reads)).toEqual({ 'roadmap/t.md': 2, 'src/a.ts': 1 });
  });

  it('reads again for another config: its size limit may say otherwise', () => {
    const { host } = countingHost({ 'roadmap/t.md': '# T-1: Login\n' });
    const repository = new RepositoryView(host);
    expect(readTicketText('roadmap/t.md', repository, configOf()).ok).toBe(true);
    expect(readTicketText('roadmap/t.md', repository, configOf({ 'max-file-bytes': 4 }))).toEqual({ ok: false, reason: "The file is 13 bytes, over the 4 bytes limit ('max-file-bytes'); it was not parsed" });
  });
});
