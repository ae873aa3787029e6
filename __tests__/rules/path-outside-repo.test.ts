import { afterAll, describe, expect, it } from '@jest/globals';
import { lintInAppRepository } from '../helpers/app-repository.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { removeTemporaryFolders } from '../helpers/git-repository.js';

afterAll(removeTemporaryFolders);

const tester = ruleTester('path-outside-repo', { inGitRepository: true });

describe('path-outside-repo (against a git repository)', () => {
  it('accepts links that climb and come back, symlinks inside, and a leading slash into a tracked folder', async () => {
    await tester.accepts('ok-inside.md');
  });

  it('reports absolute, home, climbing and symlinked paths, and suggests the tracked tail of a laptop path', async () => {
    await tester.reports('not-ok-outside.md', [
      { line: 7, column: 4, severity: 'error', message: "Path '/Users/ana/code/app/src/api/login.ts' is an absolute path outside the repository; did you mean 'src/api/login.ts'?" },
      { line: 8, column: 4, severity: 'error', message: "Path '/etc/passwd' is an absolute path outside the repository; expected a path inside the repository" },
      { line: 9, column: 4, severity: 'error', message: "Path '~/notes/sessions.md' is in a home folder, outside the repository; expected a path inside the repository" },
      { line: 10, column: 16, severity: 'error', message: "Path '../../../etc/hosts' leads out of the repository; expected a path inside the repository" },
      { line: 11, column: 4, severity: 'error', message: "Path 'docs/escape.md' goes through a symlink that leads out of the repository; it was not read; expected a path inside the repository" },
    ]);
  });

  it("reads a GSD plan's `@` line as one path, a Windows one with spaces too, and names the laptop copy's tracked file (held out: Ponchoru-recur/Campus-Link-Final 04-02-PLAN.md:47-51)", async () => {
    const plan = [
      '---',
      'phase: 04-contact-search-add',
      'plan: 02',
      '---',
      '<objective>Add the contact search.</objective>',
      '<execution_context>',
      '@C:\\Users\\Sam\\.claude\\get-shit-done\\workflows\\execute-plan.md',
      '</execution_context>',
      '<context>',
      '@C:\\Users\\Sam\\Desktop\\Knowledge Folder\\Flutter Shenanigans\\Final\\luminescence\\.planning\\PROJECT.md',
      '@C:\\Users\\Sam\\Desktop\\Knowledge Folder\\Flutter Shenanigans\\Final\\luminescence\\lib\\pages\\chats_screen.dart',
      '</context>',
      '',
    ].join('\n');
    const files = { '.planning/PROJECT.md': '', 'lib/pages/chats_screen.dart': '' };
    const report = await lintInAppRepository({ '.planning/phases/04-contact-search-add/04-02-PLAN.md': plan }, { rules: { 'ticket-size': 'off', 'session-budget': 'off' } }, files);
    expect(report.diagnostics.filter(({ rule }) => rule.startsWith('path')).map(({ rule, line, column, message }) => ({ rule, line, column, message }))).toEqual([
      { rule: 'path-outside-repo', line: 10, column: 2, message: "Path 'C:\\Users\\Sam\\Desktop\\Knowledge Folder\\Flutter Shenanigans\\Final\\luminescence\\.planning\\PROJECT.md' is an absolute path outside the repository; did you mean '.planning/PROJECT.md'?" },
      { rule: 'path-outside-repo', line: 11, column: 2, message: "Path 'C:\\Users\\Sam\\Desktop\\Knowledge Folder\\Flutter Shenanigans\\Final\\luminescence\\lib\\pages\\chats_screen.dart' is an absolute path outside the repository; did you mean 'lib/pages/chats_screen.dart'?" },
    ]);
  });
});

describe('path-outside-repo: a machine path a sentence leads to', () => {
  it("is talk about the machine in Task Master's details and a context paragraph, declared as a list item's value, reported as a laptop copy anywhere (held out: 1nsidewill/super-rapidgator tasks.json:128, 357)", async () => {
    const tasks = JSON.stringify({
      master: {
        tasks: [
          {
            id: 3,
            title: 'Storage',
            description: 'Store the downloads.',
            status: 'pending',
            dependencies: [],
            details: 'Ensure volumes are mounted for persistent storage (/mnt/smb/downloads) and logs. Move finished files to /mnt/smb/downloads/incoming. Read /Users/ana/code/app/src/api/login.ts first.',
            testStrategy: 'Run the tests.',
          },
        ],
      },
    }, null, 2);
    const ticket = [
      '# T-1: Logs',
      '',
      '## Goal',
      'Write the logs.',
      '',
      '## Context',
      'The service writes its logs to /var/log/app/service.log today.',
      '',
      '- /srv/app/config.yml',
      '- File: ~/notes/sessions.md',
      '',
      '## Acceptance Criteria',
      '- [ ] The logs are written.',
      '',
    ].join('\n');
    const report = await lintInAppRepository({ '.taskmaster/tasks/tasks.json': tasks, 'roadmap/T-1.md': ticket }, { rules: { 'ticket-size': 'off', 'session-budget': 'off' } }, { 'src/api/login.ts': '' });
    expect(report.diagnostics.filter(({ rule }) => rule.startsWith('path')).map(({ rule, file, line, message }) => ({ rule, file, line, message }))).toEqual([
      { rule: 'path-outside-repo', file: '.taskmaster/tasks/tasks.json', line: 10, message: "Path '/Users/ana/code/app/src/api/login.ts' is an absolute path outside the repository; did you mean 'src/api/login.ts'?" },
      { rule: 'path-outside-repo', file: 'roadmap/T-1.md', line: 9, message: "Path '/srv/app/config.yml' is an absolute path outside the repository; expected a path inside the repository" },
      { rule: 'path-outside-repo', file: 'roadmap/T-1.md', line: 10, message: "Path '~/notes/sessions.md' is in a home folder, outside the repository; expected a path inside the repository" },
    ]);
  });
});

describe('path-outside-repo: a place on the machine where the work runs', () => {
  it("is no problem where the work writes it or the ticket says it may not be there; a declared one to read still is (round 18: 0xc0re/themey 02-04-PLAN.md:1055 <files>, 02-02-PLAN.md:213 'if present', 02-03-PLAN.md:218)", async () => {
    const plan = [
      '---',
      'phase: 02-colors',
      'plan: 04',
      '---',
      '<objective>Install the theme.</objective>',
      '<task type="checkpoint:human-verify">',
      '  <files>~/.local/share/color-schemes/Aliens.colors, ~/.local/share/wallpapers/Aliens/, /tmp/aliens/preview.html</files>',
      '  <read_first>',
      '    - /tmp/aliens-test/desktops.cfg if present (else extract it again)',
      '    - /usr/share/color-schemes/BreezeDark.colors (ground-truth example)',
      '  </read_first>',
      '</task>',
      '',
    ].join('\n');
    const report = await lintInAppRepository({ '.planning/phases/02-colors/02-04-PLAN.md': plan }, { rules: { 'ticket-size': 'off', 'session-budget': 'off' } }, { 'src/app.py': '' });
    expect(report.diagnostics.filter(({ rule }) => rule.startsWith('path')).map(({ rule, line, column, message }) => ({ rule, line, column, message }))).toEqual([
      { rule: 'path-outside-repo', line: 10, column: 7, message: "Path '/usr/share/color-schemes/BreezeDark.colors' is an absolute path outside the repository; expected a path inside the repository" },
    ]);
  });
});
