import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { progressLine } from '../../src/cli/progress.js';
import { makeGitRepository, removeTemporaryFolders } from '../helpers/git-repository.js';
import { BUILT_CLI } from '../helpers/run-built.js';
import { GOOD, LOGIN_SOURCE } from '../helpers/tickets.js';

afterAll(removeTemporaryFolders);

const ERASE = '\r\u001b[2K';

/** The bundled CLI with stderr on a pseudo-terminal (util-linux `script`), as a person runs it; what the terminal got. */
function runInTerminal(args: string[], cwd: string, env: Record<string, string>): string {
  const command = [process.execPath, BUILT_CLI, ...args].map((part) => `'${part}'`).join(' ');
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env }, timeout: 60_000 });
  return result.stdout;
}

describe('the progress line', () => {
  const repository = () => makeGitRepository({ 'roadmap/a.md': GOOD, 'roadmap/b.md': GOOD.replace('id: T-1', 'id: T-2'), 'src/login.ts': LOGIN_SOURCE });

  it('shows ticket files done / total on a terminal and erases itself before the report', () => {
    const output = runInTerminal([], repository(), { TICKET_LINT_PROGRESS_AFTER_MS: '0' });
    expect(output).toContain(`${ERASE}ticket-lint: 1/2 ticket files`);
    expect(output).toContain(`${ERASE}ticket-lint: 2/2 ticket files${ERASE}roadmap/a.md`);
  });

  it('is absent in CI, with --format json, and off a terminal', () => {
    const root = repository();
    expect(runInTerminal([], root, { TICKET_LINT_PROGRESS_AFTER_MS: '0', CI: 'true' })).not.toContain('ticket files');
    expect(runInTerminal(['--format', 'json'], root, { TICKET_LINT_PROGRESS_AFTER_MS: '0' })).not.toContain('ticket files');
    const piped = spawnSync(process.execPath, [BUILT_CLI], { cwd: root, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', TICKET_LINT_PROGRESS_AFTER_MS: '0' } });
    expect(piped.stderr).toBe('');
  });

  it('waits a second before it draws, redraws at most every 100 ms, and always draws the last count', () => {
    let time = 0;
    const written: string[] = [];
    const progress = progressLine((text) => written.push(text), true, () => time);
    progress.update(1, 300);
    time = 999;
    progress.update(2, 300);
    expect(written).toEqual([]);
    time = 1000;
    progress.update(3, 300);
    time = 1050;
    progress.update(4, 300);
    progress.update(300, 300);
    progress.end();
    expect(written).toEqual([`${ERASE}ticket-lint: 3/300 ticket files`, `${ERASE}ticket-lint: 300/300 ticket files`, ERASE]);
  });

  it('erases nothing when it never drew', () => {
    const written: string[] = [];
    const progress = progressLine((text) => written.push(text), true, () => 0);
    progress.update(1, 1);
    progress.end();
    expect(written).toEqual([]);
  });
});
