import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, describeDiagnostic, lintTexts } from '../helpers/lint-fixture.js';

const SIZING_OFF = { 'ticket-size': 'off', 'session-budget': 'off' } as const;

const bytesOf = (fixture: string) => new Uint8Array(readFileSync(path.join(FIXTURES, 'rules', 'ticket-file', fixture)));

async function findings(files: Record<string, Uint8Array | string>, config = {}) {
  return (await lintTexts(files, { config })).diagnostics
    .filter((d) => d.rule === 'ticket-file')
    .map((d) => `${d.file} ${describeDiagnostic(d)}`);
}

describe('ticket-file', () => {
  it('reads a UTF-8 ticket', async () => {
    expect(await findings({ 'roadmap/ok.md': bytesOf('ok-plain.md') })).toEqual([]);
  });

  it('reports a binary file and still lints the others', async () => {
    const report = await lintTexts(
      { 'roadmap/bin.md': bytesOf('not-ok-binary.md'), 'roadmap/ok.md': bytesOf('ok-plain.md') },
      { repository: { 'src/index.ts': '' }, config: { rules: SIZING_OFF } },
    );
    expect(report.diagnostics.map((d) => `${d.file} ${d.rule} ${describeDiagnostic(d)}`)).toEqual([
      'roadmap/bin.md ticket-file 1 The file was not linted: it is a binary file',
    ]);
    expect(report.counts).toEqual({ tickets: 1, files: 2, errors: 1, warnings: 0 });
  });

  it('reports a file that is not UTF-8', async () => {
    expect(await findings({ 'roadmap/latin1.md': bytesOf('not-ok-latin1.md') })).toEqual([
      'roadmap/latin1.md 1 The file was not linted: it is not valid UTF-8 text',
    ]);
  });

  it("reports a file over 'max-file-bytes' without parsing it", async () => {
    const big = `# Big\n\n${'x'.repeat(3 * 1024 * 1024)}\n`;
    expect(await findings({ 'roadmap/big.md': big })).toEqual([
      "roadmap/big.md 1 The file is 3 MiB, over the 1 MiB limit ('max-file-bytes'); it was not parsed",
    ]);
    expect(await findings({ 'roadmap/big.md': big }, { 'max-file-bytes': 4 * 1024 * 1024 })).toEqual([]);
  });
});
