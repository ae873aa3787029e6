import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS } from '../helpers/corpus.js';
import { makeGitRepository, makeTempFolder, removeTemporaryFolders, writeFiles } from '../helpers/git-repository.js';
import { runBuiltCli } from '../helpers/run-built.js';
import { GOOD, LOGIN_SOURCE } from '../helpers/tickets.js';

afterAll(removeTemporaryFolders);

function listFiles(folder: string, prefix = ''): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? listFiles(path.join(folder, entry.name), relative) : [relative];
  });
}

/** A corpus as a folder of its own, outside git: every tracked path (empty) and the ticket files with their text. */
function corpusFolder(name: string): { root: string; tickets: string[] } {
  const root = makeTempFolder(`ticket-lint-${name}-`);
  for (const file of readFileSync(path.join(CORPUS, name, 'FILES.txt'), 'utf8').split('\n').filter(Boolean)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), '');
  }
  const tickets = listFiles(path.join(CORPUS, name, 'files'));
  for (const ticket of tickets) writeFileSync(path.join(root, ticket), readFileSync(path.join(CORPUS, name, 'files', ticket)));
  return { root, tickets };
}

describe('--list-tickets', () => {
  it('lists each file the globs match: the format that reads it and why, or why it is skipped', () => {
    const root = makeGitRepository({
      'roadmap/login.md': GOOD,
      'src/login.ts': LOGIN_SOURCE,
      'specs/auth/tasks.md': '# Tasks\n\n## Phase 1\n- [ ] T001 Create src/login.ts\n- [x] T002 [P] Test it in tests/login.test.ts\n',
      'docs/plans/auth-design.md': '# Auth design\n\n## Overview\nWords.\n',
      'roadmap/INDEX.md': '# Roadmap\n\n- [Log in](login.md)\n',
    });
    const result = runBuiltCli(['--list-tickets'], root);
    expect(result).toEqual({
      status: 0,
      stderr: '',
      stdout: [
        'docs/plans/auth-design.md  skipped: it lies where a ticket tool keeps its files, but is not one of its ticket files',
        "roadmap/INDEX.md  skipped: 'INDEX' names an index of tickets",
        'roadmap/login.md  single, 1 ticket: one file, one ticket',
        'specs/auth/tasks.md  spec-kit, 2 tickets (1 done): a tasks.md of 2 spec-kit tasks (- [ ] T001 …)',
        '',
        '4 files: 2 read as tickets (3 tickets, 1 done), 2 skipped',
        '',
      ].join('\n'),
    });
    const json = JSON.parse(runBuiltCli(['--list-tickets', '--format', 'json'], root).stdout);
    expect(json[3]).toEqual({ file: 'specs/auth/tasks.md', format: 'spec-kit', tickets: 2, open: 1, done: 1, reason: 'a tasks.md of 2 spec-kit tasks (- [ ] T001 …)' });
  });
});

/** The format each corpus's tickets are written in, and the files of it that are rightly no ticket. */
const CORPORA: Record<string, { format: string; skipped: Record<string, string>; alsoSkipped?: (file: string) => boolean }> = {
  '0xfauzi-testcraft': { format: 'task-master', skipped: {} },
  '2233admin-codenexus': { format: 'gsd', skipped: {} },
  'belarusian-fourseer': { format: 'bug-report', skipped: {} },
  // Hand-written notes that were put in the task folders: no frontmatter, no `<id> - <title>` name.
  'crjfisher-ariadne': { format: 'backlog-md', skipped: {}, alsoSkipped: (file) => !/\/[a-z]+-[\d.]+ - /.test(file) },
  'd44b-pulltrace': { format: 'gsd', skipped: {} },
  'gram-data-gram-hs': { format: 'spec-kit', skipped: {} },
  'hummer98-sdd-orchestrator': { format: 'kiro', skipped: {} },
  'mrlesk-backlog-md': { format: 'backlog-md', skipped: {} },
  'n2jn-cash-app': { format: 'single', skipped: { 'tickets/FEATURE-005-COMPONENT-SPEC.md': "'FEATURE-005-COMPONENT-SPEC' names a readme, a template or a spec, not a ticket" } },
  'obra-superpowers': {
    format: 'superpowers',
    skipped: Object.fromEntries(
      ['docs/plans/2025-11-22-opencode-support-design.md', 'docs/plans/2025-11-28-skills-improvements-from-user-feedback.md', 'docs/superpowers/plans/2026-06-09-visual-companion-issues.md'].map((file) => [
        file,
        'it lies where a ticket tool keeps its files, but is not one of its ticket files',
      ]),
    ),
  },
  'splkm97-texasholdemcalculator': { format: 'spec-kit', skipped: {} },
};

describe('ticket-lint init', () => {
  it.each(Object.keys(CORPORA))('on a copy of %s: names its format, writes a config under which each ticket file is read by it, never overwrites', (name) => {
    const { root, tickets } = corpusFolder(name);
    const expected = CORPORA[name] ?? { format: '', skipped: {} };
    const init = runBuiltCli(['init', '--root', root], root);
    expect(init.status).toBe(0);
    expect(init.stderr).toBe('');
    expect(init.stdout).toContain(`Ticket formats found: ${expected.format} (`);
    expect(init.stdout).toContain('Wrote .ticket-lint.yml.\nWrote .github/workflows/tickets.yml.\n');
    expect(init.stdout).toMatch(/A first run lints [\d,]+ tickets? in [\d,]+ files?/);
    expect(readFileSync(path.join(root, '.github', 'workflows', 'tickets.yml'), 'utf8')).toContain('uses: ticket-lint/ticket-lint@v0');

    const listed: Array<{ file: string; format: string | null; reason: string }> = JSON.parse(runBuiltCli(['--root', root, '--list-tickets', '--format', 'json'], root).stdout);
    const byFile = new Map(listed.map((entry) => [entry.file, entry]));
    const readme = /(^|\/)(readme|\.template)[^/]*$/i;
    for (const ticket of tickets.filter((file) => !readme.test(file) && !file.endsWith('.txt') && !(expected.alsoSkipped?.(file) ?? false))) {
      const entry = byFile.get(ticket);
      const skip = expected.skipped[ticket];
      expect({ ticket, format: entry?.format ?? null, reason: skip === undefined ? undefined : entry?.reason }).toEqual({
        ticket,
        format: skip === undefined ? expected.format : null,
        reason: skip,
      });
    }

    writeFiles(root, { '.ticket-lint.yml': '# mine\n' });
    const again = runBuiltCli(['init', '--root', root], root);
    expect(again.stdout).toContain('Left .ticket-lint.yml as it is: it exists.\nLeft .github/workflows/tickets.yml as it is: it exists.\n');
    expect(readFileSync(path.join(root, '.ticket-lint.yml'), 'utf8')).toBe('# mine\n');
  });

  it('adds the folders of tickets found outside the default places to the config it writes', () => {
    const root = makeGitRepository({ 'work/issues/login.md': GOOD, 'src/login.ts': LOGIN_SOURCE });
    const init = runBuiltCli(['init'], root);
    expect(init.stdout).toContain('Tickets outside the default places: work/issues/*.md.\n');
    expect(readFileSync(path.join(root, '.ticket-lint.yml'), 'utf8')).toContain('  - "work/issues/*.md"\n');
    expect(existsSync(path.join(root, '.github', 'workflows', 'tickets.yml'))).toBe(true);
    expect(runBuiltCli([], root).stdout).toContain('work/issues/login.md\n');
  });
});
