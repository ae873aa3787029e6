import { describe, expect, it } from '@jest/globals';
import { toPointer } from '../../../src/core/parse/path-like.js';
import type { PointerSource } from '../../../src/core/parse/ticket.js';

const hints = { topLevelEntries: new Set(['src', 'docs', 'apps', 'specs', 'README.md']) };
const pointerOf = (raw: string, source: PointerSource = 'code') =>
  toPointer({ raw, source, line: 1, column: 1, isNew: false }, hints);

describe('toPointer', () => {
  it.each([
    ['a file under a top-level folder', 'src/api/login.ts', 'src/api/login.ts'],
    ['a folder with a trailing slash', 'docs/', 'docs/'],
    ['a bare file name with a known extension', 'cli.py', 'cli.py'],
    ['a dotfile', '.gitignore', '.gitignore'],
    ['an env file', '.env', '.env'],
    ['a dotfile with an extension', '.markdownlint.json', '.markdownlint.json'],
    ['a known extensionless file', 'Makefile', 'Makefile'],
    ['a path starting with ./', './scripts/run', './scripts/run'],
    ['a path starting with ../', '../shared/DESIGN.md', '../shared/DESIGN.md'],
    ['a home path', '~/notes/todo', '~/notes/todo'],
    ['an absolute path from a laptop', '/Users/ana/proj/apps/web/page.tsx', '/Users/ana/proj/apps/web/page.tsx'],
    ['a leading-slash path into a top-level folder', '/specs/001-/', '/specs/001-/'],
    ['a glob', 'src/routes/*.ts', 'src/routes/*.ts'],
    ['a brace glob', 'src/{a,b}.ts', 'src/{a,b}.ts'],
    ['a shell range (held out: evilkels/ai-clip-assembler 2026-09-01-landing-page-restyle.md:26)', 'site/img/frames/clip-0{1..6}.webp', 'site/img/frames/clip-0{1..6}.webp'],
    ['a Next.js route group', 'apps/(auth)/login/page.tsx', 'apps/(auth)/login/page.tsx'],
    ['a file in an unknown folder with an extension', 'lib/thing.rb', 'lib/thing.rb'],
    ['a name with NN inside a word', 'models/CNN.py', 'models/CNN.py'],
    ['an image at twice the resolution, not a version', 'assets/images/logo@2x.png', 'assets/images/logo@2x.png'],
    ['a Windows path, its folders parted by `/`', 'C:\\src\\a.ts', 'C:/src/a.ts'],
    ['everything in a folder under no top-level folder, as the folder would be (held out: AHMED9937/ASD-SmartCare 001 tasks.md:87)', 'shared/medicines/**', 'shared/medicines/**'],
    ['everything right in a folder under no top-level folder, as `x/**` is (round 42: AlfonsoGangemi/MoneyGrowth pac-170 :42)', 'api/oauth/*', 'api/oauth/*'],
  ])('takes %s as a pointer', (_what, raw, path) => {
    expect(pointerOf(raw)?.path).toBe(path);
  });

  it.each([
    ['a URL', 'https://example.com/a/b.ts'],
    ['a protocol-relative URL or Bazel label', '//web:e2e'],
    ['a module specifier with a scheme', 'node:fs'],
    ['an e-mail address', 'ana@example.com'],
    ['an npm scope', '@scope/pkg'],
    ['a mention', '@octocat'],
    ['a pinned package', 'pkg@1.2.3'],
    ['a version', 'v1.2.3'],
    ['a bare version', '1.2'],
    ['a command', 'npm test'],
    ['a command with a path argument', 'python3 -m ruff check x/'],
    ['an attribute chain', 'f.name'],
    ['a class attribute', 'Trajectory.name'],
    ['a call chain', 'Path(p).name'],
    ['a call with a path inside', 'PurePosixPath(trajectory_path).name'],
    ['an angle-bracket placeholder', '<root>/a.json'],
    ['a numbered placeholder', 'trajectory_NNNN.json'],
    ['a two-letter number placeholder (round 17: 6sLOGAN78/devrag-mvp 03-29-PLAN.md:69)', '03-NN-SUMMARY.md'],
    ['an ellipsis placeholder', '.../x.json'],
    ['a template variable', '${HOME}/x.ts'],
    ['a word pair with a slash', 'try/except'],
    ['another word pair', 'and/or'],
    ['a MIME type', 'image/png'],
    ['a git ref', 'origin/main'],
    ['a GitHub Action at a version (round 45: Natarrr/regimetrader dual-pipeline plan :801)', 'actions/upload-artifact@v4'],
    ['a package at a version', 'lodash/fp@4.17.21'],
    ['an HTTP route with a parameter', '/api/docs/:filename'],
    ['an HTTP route', '/api/users'],
    ['CSS', 'var(--text/*)'],
    ['a product name', 'Next.js'],
    ['a flag', '--config=x.yml'],
    ['a dot alone', '.'],
    ['a 2,000-character word', `src/${'a'.repeat(2000)}.ts`],
    ['an extension on its own', '.json'],
    ['a traversal payload', '/assets/../config.yml'],
    ['a path through a traversal', 'src/../../etc/passwd'],
    ['a file of an installed package', 'node_modules/x/index.js'],
    ['a package file under a folder', 'mermaid/node_modules/x/dist.mjs'],
    ['a foo placeholder', 'backlog/assets/images/foo.png'],
    ['a template with named parameters (a Firestore document, held out: Ponchoru-recur/Campus-Link-Final 07-01-PLAN.md:41)', 'group_chats/{chatId}/members/{uid}.notificationStrategy'],
  ])('does not take %s as a pointer', (_what, raw) => {
    expect(pointerOf(raw)).toBeUndefined();
  });

  it.each([
    ['src/a.ts:12', { start: 12, end: 12 }],
    ['src/a.ts:12-30', { start: 12, end: 30 }],
    ['src/a.ts#L12', { start: 12, end: 12 }],
    ['src/a.ts#L12-L30', { start: 12, end: 30 }],
    ['src/a.ts#L12-30', { start: 12, end: 30 }],
  ])('reads the line range of %s', (raw, lines) => {
    expect(pointerOf(raw)).toMatchObject({ path: 'src/a.ts', lines });
  });

  it('reads a Windows path of a field as written: a backslash escapes nothing in it (held out: Ponchoru-recur/Campus-Link-Final 04-02-PLAN.md:48)', () => {
    const raw = 'C:\\Users\\Sam\\Desktop\\Knowledge Folder\\luminescence\\.planning\\PROJECT.md';
    expect(pointerOf(raw, 'field')?.path).toBe('C:/Users/Sam/Desktop/Knowledge Folder/luminescence/.planning/PROJECT.md');
    expect(pointerOf('docs/a\\_b.md', 'field')?.path).toBe('docs/a_b.md');
  });

  it('takes a shell range as a glob, as the shell expands it', () => {
    expect(pointerOf('site/img/frames/clip-0{1..6}.webp')?.isGlob).toBe(true);
    expect(pointerOf('src/{a,b}.ts')?.isGlob).toBe(true);
    expect(pointerOf('src/a.ts')?.isGlob).toBe(false);
  });

  it('reads path::symbol as the path', () => {
    expect(pointerOf('tests/test_login.py::test_ok')).toMatchObject({ path: 'tests/test_login.py', raw: 'tests/test_login.py::test_ok' });
  });

  it('resolves link targets from the ticket, or from the root with a leading slash', () => {
    expect(pointerOf('../src/a.ts', 'link')).toMatchObject({ path: '../src/a.ts', base: 'ticket' });
    expect(pointerOf('/src/a.ts', 'link')).toMatchObject({ path: '/src/a.ts', base: 'root' });
    expect(pointerOf('my%20notes.md', 'link')).toMatchObject({ path: 'my notes.md' });
    expect(pointerOf('src/a.ts?plain=1#L3-L5', 'link')).toMatchObject({ path: 'src/a.ts', lines: { start: 3, end: 5 } });
    expect(pointerOf('guide.md#setup', 'link')).toMatchObject({ path: 'guide.md' });
  });

  it.each(['https://x.dev/a.md', 'mailto:a@b.c', '#setup', '//cdn.example/x.js', ''])('does not take the link target %p as a pointer', (raw) => {
    expect(pointerOf(raw, 'link')).toBeUndefined();
  });

  it('drops trailing punctuation from a list item word', () => {
    expect(pointerOf('src/a.ts:', 'list')?.path).toBe('src/a.ts');
    expect(pointerOf('src/a.ts,', 'list')?.path).toBe('src/a.ts');
  });
});
