import { describe, expect, it } from '@jest/globals';
import { declaredTreeEntries, isTreeDrawing, markOf, treeEntries, type DrawnLine } from '../../../src/core/parse/tree-drawing.js';

/** The lines of a drawing, each at its offset as if the drawing were the whole file. */
function linesOf(text: string): DrawnLine[] {
  let offset = 0;
  return text.split('\n').map((line) => {
    const drawn = { line, offset };
    offset += line.length + 1;
    return drawn;
  });
}

// obra/superpowers docs/plans/2025-11-22-opencode-support-design.md:201-212 (a shared corpus, not one the rule was written on).
const SUPERPOWERS = [
  'superpowers/',
  '├── lib/',
  '│   └── skills-core.js           # NEW: Shared skill logic',
  '├── .codex/',
  '│   ├── superpowers-codex        # UPDATED: Use skills-core',
  '│   ├── superpowers-bootstrap.md',
  '│   └── INSTALL.md',
  '├── .opencode/',
  '│   ├── plugin/',
  '│   │   └── superpowers.js       # NEW: OpenCode plugin',
  '│   └── INSTALL.md               # NEW: Installation guide',
  '└── skills/                       # Unchanged',
].join('\n');

// A spec-kit plan's Project Structure with [NEW] marks (held out, round 44: AI-Inference-Platform-SDD 003 plan.md:55-79, reduced).
const SPEC_KIT = [
  'backend/',
  '├── app/',
  '│   └── services/',
  '│       ├── auth_service.py         # Registration, Verification, Recovery logic',
  '│       └── email_service.py        # [NEW] Mock transactional SMTP dispatcher',
  '└── tests/',
  '    └── test_auth.py                # Verification & recovery test suite',
  '',
  'frontend/',
  '├── src/',
  '│   ├── pages/',
  '│   │   ├── AuthPage.tsx            # Unified login/register screen',
  '│   │   └── VerifyEmailPage.tsx     # [NEW] Auto-login landing page',
].join('\n');

describe('treeEntries', () => {
  it('joins each entry to its ancestors, folders with a trailing slash, and leaves out the repository\'s own folder drawn as the root', () => {
    const entries = treeEntries(linesOf(SUPERPOWERS), 'superpowers');
    expect(entries.map((entry) => [entry.path, entry.mark])).toEqual([
      ['lib/', 'create'],
      ['lib/skills-core.js', 'create'],
      ['.codex/', undefined],
      ['.codex/superpowers-codex', 'modify'],
      ['.codex/superpowers-bootstrap.md', undefined],
      ['.codex/INSTALL.md', undefined],
      // Every entry under it is new: the folder is new with them.
      ['.opencode/', 'create'],
      ['.opencode/plugin/', 'create'],
      ['.opencode/plugin/superpowers.js', 'create'],
      ['.opencode/INSTALL.md', 'create'],
      ['skills/', 'keep'],
    ]);
  });

  it('gives each entry the offsets of its own name in the file', () => {
    const text = SPEC_KIT;
    const entry = treeEntries(linesOf(text)).find((found) => found.path === 'frontend/src/pages/AuthPage.tsx');
    expect(entry && text.slice(entry.start, entry.end)).toBe('AuthPage.tsx');
  });

  it('reads roots side by side, and the ASCII connectors of `tree --charset ascii`', () => {
    expect(treeEntries(linesOf(SPEC_KIT)).map((entry) => entry.path)).toContain('frontend/src/pages/VerifyEmailPage.tsx');
    expect(treeEntries(linesOf('src/\n|-- a.ts\n`-- lib/\n    `-- b.ts')).map((entry) => entry.path)).toEqual(['src/', 'src/a.ts', 'src/lib/', 'src/lib/b.ts']);
  });

  it('takes the name up to its note, whatever marks the note', () => {
    expect(treeEntries(linesOf('x/\n├── a.ts ← new\n├── b.ts (modified)\n└── c.ts  entry point')).map((entry) => [entry.path, entry.mark])).toEqual([
      ['x/', undefined],
      ['x/a.ts', 'create'],
      ['x/b.ts', 'modify'],
      ['x/c.ts', undefined],
    ]);
  });
});

describe('markOf', () => {
  it('reads the author\'s words for what the work does to an entry, and nothing from a description', () => {
    expect(markOf('# [NEW] Mock dispatcher')).toBe('create');
    expect(markOf('# NEW: Shared skill logic')).toBe('create');
    expect(markOf('# UPDATED: Use skills-core')).toBe('modify');
    expect(markOf('# Role-scoped API Keys (extended)')).toBe('modify');
    expect(markOf('# Unified Sign-in screen refactor')).toBe('modify');
    expect(markOf('# Unchanged')).toBe('keep');
    expect(markOf('# 新增：管理面板')).toBe('create');
    expect(markOf('# 重构：移除硬编码数据')).toBe('modify');
    expect(markOf('# 不变')).toBe('keep');
    expect(markOf('# (nuevo) servicio')).toBeUndefined();
    expect(markOf('# nuevo servicio')).toBe('create');
    expect(markOf('# POST /auth/register, /auth/login')).toBeUndefined();
    expect(markOf('# Extends Zustand state')).toBeUndefined();
  });
});

describe('isTreeDrawing', () => {
  it('needs two connectors: a list with one dash line is not a tree', () => {
    expect(isTreeDrawing(SPEC_KIT)).toBe(true);
    expect(isTreeDrawing('npm test\n|-- one')).toBe(false);
  });
});

describe('declaredTreeEntries', () => {
  it('declares every entry of a drawing whose author marks its new entries: the others stand as they are; a folder by the entries drawn under it', () => {
    expect(declaredTreeEntries(linesOf(SPEC_KIT)).map((entry) => [entry.path, entry.mark])).toEqual([
      ['backend/app/services/auth_service.py', undefined],
      ['backend/app/services/email_service.py', 'create'],
      ['backend/tests/test_auth.py', undefined],
      ['frontend/src/pages/AuthPage.tsx', undefined],
      ['frontend/src/pages/VerifyEmailPage.tsx', 'create'],
    ]);
    expect(declaredTreeEntries(linesOf(SUPERPOWERS), 'superpowers').map((entry) => entry.path)).toContain('skills/');
  });

  it('declares only marked entries of a drawing that marks nothing new (a plan of what it will make)', () => {
    const planned = 'backend/\n├── app/\n│   ├── main.py      # App factory\n│   └── keys.py      # API keys (extended)\n└── tests/\n    └── test_keys.py';
    expect(declaredTreeEntries(linesOf(planned)).map((entry) => entry.path)).toEqual(['backend/app/keys.py']);
  });
});
