import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { git, makeGitRepository, removeTemporaryFolders, writeFiles } from '../helpers/git-repository.js';
import { PROJECT_ROOT, runBuiltCli } from '../helpers/run-built.js';
import { GOOD, LOGIN_SOURCE } from '../helpers/tickets.js';

afterAll(removeTemporaryFolders);

interface Hook {
  id: string;
  entry: string;
  language: string;
  pass_filenames?: boolean;
  always_run?: boolean;
}

const hooks = parse(readFileSync(path.join(PROJECT_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const packageJson = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
const [bin = '', ...hookArguments] = hooks[0]?.entry.split(' ') ?? [];

describe('.pre-commit-hooks.yaml', () => {
  it("declares one node hook whose entry is the package's bin, run once a commit without file names", () => {
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({ id: 'ticket-lint', language: 'node', pass_filenames: false, always_run: true });
    expect(Object.keys(packageJson.bin)).toEqual([bin]);
  });

  it('fails a commit that adds a ticket pointing at a missing file', () => {
    const root = makeGitRepository({ 'src/login.ts': LOGIN_SOURCE });
    writeFiles(root, { 'roadmap/logout.md': GOOD.replace('src/login.ts', 'src/logout.ts') });
    git(root, 'add', 'roadmap/logout.md');
    const result = runBuiltCli(hookArguments, root);
    expect(result.stdout).toContain("  10:4  error  Path 'src/logout.ts' does not exist; if the ticket creates it, mark it (new)  path-exists\n");
    expect(result.status).toBe(1);
  });

  it('fails a commit that deletes a file a ticket points at, naming the ticket line', () => {
    const root = makeGitRepository({ 'roadmap/login.md': GOOD, 'src/login.ts': LOGIN_SOURCE });
    git(root, 'rm', '-q', 'src/login.ts');
    const result = runBuiltCli(hookArguments, root);
    expect(result.stdout).toContain("  10:4  error  Path 'src/login.ts' does not exist: it was removed since 'HEAD'  path-exists\n");
    expect(result.status).toBe(1);
  });

  it('passes a commit of a docs page, which a file-name hook would have linted as a ticket', () => {
    const root = makeGitRepository({ 'roadmap/login.md': GOOD, 'src/login.ts': LOGIN_SOURCE });
    writeFiles(root, { 'docs/usage.md': '# Usage\n\nRun the app with `npm start`.\n' });
    git(root, 'add', 'docs/usage.md');
    expect(runBuiltCli(hookArguments, root)).toEqual({ status: 0, stdout: "✔ No new problems in 0 tickets in 0 files; 0 problems already at HEAD, 0 fixed\n", stderr: '' });
    expect(runBuiltCli(['docs/usage.md'], root).status).toBe(1);
  });
});
