import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { makeGitRepository, removeTemporaryFolders, writeFiles } from '../helpers/git-repository.js';
import { runBuiltCli } from '../helpers/run-built.js';

afterAll(removeTemporaryFolders);

const TICKET = (pointer: string): string => `# T-1: Add login\n\n## Goal\nLog in with a password.\n\n## Context\n- \`${pointer}\`\n\n## Acceptance Criteria\n- [ ] A wrong password is refused\n`;

const pathErrors = (stdout: string): string[] =>
  (JSON.parse(stdout) as { diagnostics: Array<{ rule: string; file: string; line: number; message: string }> }).diagnostics
    .filter(({ rule }) => rule === 'path-exists')
    .map(({ file, line, message }) => `${file}:${line} ${message}`);

describe('in CI the repository is the checked-out commit: the files git’s index lists', () => {
  it('counts a file only the work tree has as missing, and one only the work tree lost as there; locally, the work tree decides', () => {
    const root = makeGitRepository({ 'roadmap/t-1.md': TICKET('src/login.ts'), 'roadmap/t-2.md': TICKET('src/session.ts').replace('T-1', 'T-2'), 'src/session.ts': 'export {};\n' });
    writeFiles(root, { 'src/login.ts': 'export {};\n' });
    rmSync(path.join(root, 'src/session.ts'));
    const local = runBuiltCli(['--format', 'json'], root);
    expect(pathErrors(local.stdout)).toEqual(["roadmap/t-2.md:7 Path 'src/session.ts' does not exist; if the ticket creates it, mark it (new)"]);
    const inCi = runBuiltCli(['--format', 'json'], root, { CI: 'true' });
    expect(pathErrors(inCi.stdout)).toEqual(["roadmap/t-1.md:7 Path 'src/login.ts' does not exist; if the ticket creates it, mark it (new)"]);
    // `CI=false` is a local run.
    expect(pathErrors(runBuiltCli(['--format', 'json'], root, { CI: 'false' }).stdout)).toEqual(pathErrors(local.stdout));
  });

  it('lints the tickets a commit since the ref changed, not a ticket only the work tree adds', () => {
    const root = makeGitRepository({ 'roadmap/t-1.md': TICKET('src/login.ts'), 'src/login.ts': 'export {};\n' });
    writeFiles(root, { 'roadmap/t-3.md': TICKET('src/gone.ts').replace('T-1', 'T-3') });
    const local = runBuiltCli(['--format', 'json', '--changed-since', 'HEAD'], root);
    expect(pathErrors(local.stdout)).toEqual(["roadmap/t-3.md:7 Path 'src/gone.ts' does not exist; if the ticket creates it, mark it (new)"]);
    const inCi = runBuiltCli(['--format', 'json', '--changed-since', 'HEAD'], root, { CI: 'true' });
    expect((JSON.parse(inCi.stdout) as { tickets: unknown[] }).tickets).toEqual([]);
  });
});
