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

  it('says when a tool\'s task list holds no task written its way, as a warning, instead of skipping it in silence', async () => {
    // Tasks written as headings: Kiro reads checkbox list items only, so no task of this file is one.
    const headings = '# Implementation Tasks\n\n### 1. Setup\n\n#### - [x] 1.1: Initialise the project\n\n- Create `src/main.ts`\n\n#### - [ ] 1.2: Add the POP3 client\n';
    const report = await lintTexts({ '.kiro/specs/mail/tasks.md': headings }, { config: { rules: SIZING_OFF } });
    expect(report.diagnostics.map((d) => `${d.file} ${d.rule} ${d.severity} ${describeDiagnostic(d)}`)).toEqual([
      '.kiro/specs/mail/tasks.md ticket-file warning 1 No ticket read: the file lies where kiro keeps its ticket files (.kiro/specs/*/tasks.md), but none of it is written as kiro writes a ticket: numbered checkbox tasks (`- [ ] 1.1 …`); nothing in it was checked',
    ]);
    expect(report.counts).toMatchObject({ tickets: 0, errors: 0, warnings: 1 });
  });

  it('names the place of the format whose file it is, and says nothing of the other files a tool keeps', async () => {
    const ownIds = '# Tasks\n\n- [x] [TASK-001] Add `app/config/model_config.py`\n';
    expect(await findings({ 'specs/001-model-config/tasks.md': ownIds, 'docs/superpowers/plans/triage.md': '# Triage\n\n- `components/Timeline.tsx:47`\n' })).toEqual([
      'specs/001-model-config/tasks.md 1 No ticket read: the file lies where spec-kit keeps its ticket files (**/specs/*/tasks.md), but none of it is written as spec-kit writes a ticket: checkbox tasks with ids (`- [ ] T001 …`); nothing in it was checked',
    ]);
  });
});

