import { afterAll, describe, expect, it } from '@jest/globals';
import { lintInAppRepository } from '../helpers/app-repository.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { removeTemporaryFolders } from '../helpers/git-repository.js';

afterAll(removeTemporaryFolders);

const tester = ruleTester('path-exists', { inGitRepository: true });

const SIZING_OFF = { rules: { 'ticket-size': 'off', 'session-budget': 'off' } } as const;

describe('path-exists (against a git repository)', () => {
  it('accepts files, folders, globs, bare names, ::symbols, links, line suffixes and symlinks inside', async () => {
    await tester.accepts('ok-paths.md');
  });

  it('reports each missing path at its column, with the tracked path it most likely meant', async () => {
    await tester.reports('not-ok-missing.md', [
      { line: 7, column: 4, severity: 'error', message: "Path 'src/api/logn.ts' does not exist; did you mean 'src/api/login.ts'?" },
      { line: 8, column: 4, severity: 'error', message: "Path 'src/components/loginform.tsx' does not exist; did you mean 'src/components/LoginForm.tsx'?" },
      { line: 9, column: 4, severity: 'warning', message: "Path 'web/src/index.ts' is written from a subfolder; from the repository root it is 'packages/web/src/index.ts'" },
      { line: 10, column: 4, severity: 'error', message: "Glob 'src/routes/*.tsx' matches no tracked file" },
      { line: 11, column: 10, severity: 'error', message: "Path '../specs/expiry.md' does not exist" },
      { line: 12, column: 4, severity: 'error', message: "Path 'tests/test_logout.py' does not exist; if the ticket creates it, mark it (new)" },
      { line: 13, column: 15, severity: 'error', message: "Path '../doc/guide.md' does not exist; did you mean '../docs/guide.md'?" },
      { line: 14, column: 4, severity: 'error', message: "Path 'LoginFrom.tsx' does not exist; did you mean 'src/components/LoginForm.tsx'?" },
    ]);
  });

  it("reads a slash-word with no file ending as a path when a tracked folder ends with it: written from a package (held out: 3Blocks-net/strategy-builder-v2 task-10:44)", async () => {
    const ticket = [
      '# T',
      '',
      '## Goal',
      'Skip vaults without code.',
      '',
      '## Automatisierte Prüfung',
      '- T: `pnpm --filter backend exec jest src/cockpit src/blockchain` → Exit 0',
      '- Then `git rebase origin/main` and `jest src/nowhere`',
      '',
      '## Acceptance Criteria',
      '- [ ] ok',
    ].join('\n');
    const files = { 'packages/backend/src/cockpit/cockpit.controller.ts': '', 'packages/backend/src/blockchain/provider.ts': '' };
    const report = await lintInAppRepository({ 'roadmap/t.md': ticket }, SIZING_OFF, files);
    expect(report.diagnostics.filter(({ rule }) => rule.startsWith('path')).map(({ rule, line, column, severity, message }) => ({ rule, line, column, severity, message }))).toEqual([
      { rule: 'path-exists', line: 7, column: 39, severity: 'warning', message: "Path 'src/cockpit' is written from a subfolder; from the repository root it is 'packages/backend/src/cockpit'" },
      { rule: 'path-exists', line: 7, column: 51, severity: 'warning', message: "Path 'src/blockchain' is written from a subfolder; from the repository root it is 'packages/backend/src/blockchain'" },
    ]);
  });

  it('tells a link written from the repository root how to write it from the ticket\'s folder (round 42: AlfonsoGangemi/MoneyGrowth pac-165 :30)', async () => {
    const ticket = [
      '# T',
      '',
      '## Goal',
      'In [pac-dashboard/src/utils/csvParsers.js](pac-dashboard/src/utils/csvParsers.js) (righe 172 e 243) the entry is null.',
      '',
      '## Context',
      '- [parsers](../../pac-dashboard/src/utils/csvParsers.js) and [gone](pac-dashboard/src/utils/gone.js)',
      '',
      '## Acceptance Criteria',
      '- [ ] ok',
    ].join('\n');
    const report = await lintInAppRepository({ 'backlog/tasks/t.md': ticket }, SIZING_OFF, { 'pac-dashboard/src/utils/csvParsers.js': '' });
    expect(report.diagnostics.filter(({ rule }) => rule.startsWith('path')).map(({ line, column, severity, message }) => ({ line, column, severity, message }))).toEqual([
      { line: 4, column: 44, severity: 'warning', message: "Link 'pac-dashboard/src/utils/csvParsers.js' is written from the repository root, but links are read from the ticket's folder, where it is not; write '../../pac-dashboard/src/utils/csvParsers.js' or '/pac-dashboard/src/utils/csvParsers.js'" },
      { line: 7, column: 69, severity: 'error', message: "Path 'pac-dashboard/src/utils/gone.js' does not exist" },
    ]);
  });

  it('tells a link written from the root to a dot-folder how to write it too: only ./ and ../ open a path from the ticket\'s folder (round 45: Natarrr/regimetrader satellite-factors plan :918)', async () => {
    const ticket = ['# T', '', '## Goal', 'In [.github/workflows/edgar_3x.yml](.github/workflows/edgar_3x.yml), insert this new step.', '', '## Acceptance Criteria', '- [ ] ok'].join('\n');
    const report = await lintInAppRepository({ 'docs/plans/t.md': ticket }, SIZING_OFF, { '.github/workflows/edgar_3x.yml': '' });
    expect(report.diagnostics.filter(({ rule }) => rule.startsWith('path')).map(({ line, column, severity, message }) => ({ line, column, severity, message }))).toEqual([
      { line: 4, column: 37, severity: 'warning', message: "Link '.github/workflows/edgar_3x.yml' is written from the repository root, but links are read from the ticket's folder, where it is not; write '../../.github/workflows/edgar_3x.yml' or '/.github/workflows/edgar_3x.yml'" },
    ]);
  });

  it("takes a file the plan's File Map above its tasks creates as to come in every task (round 45: Natarrr/regimetrader quiver-integration plan :22, :33)", async () => {
    const plan = [
      '# Quiver Integration Implementation Plan',
      '',
      '**Goal:** Add a Quiver client.',
      '',
      '| Action | File |',
      '| --- | --- |',
      '| Create | `tests/test_quiver_client.py` |',
      '| Modify | `regime_trader/services/fmp_service.py` |',
      '',
      '### Task 1: Quiver client',
      '',
      '- [ ] **Step 1: Write failing test in `tests/test_quiver_client.py`**',
      '- [ ] **Step 2: Follow `regime_trader/services/fmp_client.py`**',
    ].join('\n');
    const report = await lintInAppRepository({ 'docs/superpowers/plans/quiver.md': plan }, SIZING_OFF, { 'regime_trader/services/fmp_service.py': '' });
    expect(report.diagnostics.filter(({ rule }) => rule.startsWith('path')).map(({ line, severity, message }) => ({ line, severity, message }))).toEqual([
      { line: 13, severity: 'error', message: "Path 'regime_trader/services/fmp_client.py' does not exist; if the ticket creates it, mark it (new)" },
    ]);
  });

  it("checks a tree drawing's entries when its author marks the new ones: the unmarked stand as they are (round 44: 14jasimmtp/AI-Inference-Platform-SDD 003 plan.md:78)", async () => {
    const ticket = [
      '# Implementation Plan: Unified Auth',
      '',
      '## Project Structure',
      '',
      '```text',
      'frontend/',
      '├── src/',
      '│   ├── pages/',
      '│   │   ├── AuthPage.tsx            # Unified login/register screen',
      '│   │   ├── LoginPage.tsx',
      '│   │   └── VerifyEmailPage.tsx     # [NEW] Auto-login landing page',
      '│   └── store/',
      '│       └── authStore.ts            # Extends Zustand state',
      '```',
      '',
      '```text',
      'backend/',
      '└── app/',
      '    ├── main.py                     # App factory',
      '    └── billing.py                  # Invoices',
      '```',
    ].join('\n');
    const files = { 'frontend/src/pages/LoginPage.tsx': '', 'frontend/src/store/authStore.ts': '', 'backend/app/main.py': '' };
    const report = await lintInAppRepository({ 'specs/003-auth/plan.md': ticket }, SIZING_OFF, files);
    // The second drawing marks nothing new: a plan of what the work makes, its billing.py not checked.
    expect(report.diagnostics.filter(({ rule }) => rule.startsWith('path')).map(({ rule, line, column, severity, message }) => ({ rule, line, column, severity, message }))).toEqual([
      { rule: 'path-exists', line: 9, column: 13, severity: 'error', message: "Path 'frontend/src/pages/AuthPage.tsx' does not exist; if the ticket creates it, mark it (new)" },
    ]);
  });

  it("reads a code span that is a tracked folder's path as a whole as that folder, spaces and all, not as a command (round 45: 1395490241lhj-code/kitchenmanager 001 tasks.md:28)", async () => {
    const tasks = [
      '# Tasks: Planner meal CRUD',
      '',
      '## Path Conventions',
      '',
      '- Native iOS paths under `ios-native/Kitchen Manager/`',
      '',
      '## Phase 1: Setup',
      '',
      '- [ ] T001 Add the planner view in `ios-native/Kitchen Manager/KitchenManager/PlannerView.swift`',
      '- [ ] T002 Run `ios-native/Kitchen Manager/build.sh --clean`',
    ].join('\n');
    const files = { 'ios-native/Kitchen Manager/KitchenManager/PlannerView.swift': '' };
    const report = await lintInAppRepository({ 'specs/001-planner/tasks.md': tasks }, SIZING_OFF, files);
    // A span that is not a tracked path as a whole is still a command, its program a path from the root.
    expect(report.diagnostics.filter(({ rule }) => rule.startsWith('path')).map(({ rule, line, message }) => ({ rule, line, message }))).toEqual([
      { rule: 'path-exists', line: 10, message: "Path 'ios-native/Kitchen' does not exist; did you mean 'ios-native/Kitchen Manager'?" },
    ]);
  });

  it("reads a tree drawing's marks in the author's language: 新增 new, 修改/重构 changed, 不变/保留 kept (round 45: 365rrs/365rrs.github.io webstack-enhancement design.md:198)", async () => {
    const design = [
      '# 设计文档：WebStack 增强',
      '',
      '## 文件结构变更',
      '',
      '```',
      '/',
      '├── index.html                    # 修改：直接重定向至 cn/index.html（移除语言检测）',
      '├── 404.html                      # 不变',
      '├── CNAME                         # 不变',
      '│',
      '├── cn/',
      '│   ├── index.html                # 重构：移除硬编码数据，添加搜索框、数据源切换入口',
      '│   ├── admin.html                # 新增：管理面板',
      '│   └── about.html                # 不变',
      '│',
      '├── en/                           # 保留目录但 index.html 改为重定向至 cn/index.html',
      '│',
      '└── assets/',
      '    ├── css/',
      '    │   ├── nav.css               # 修改：添加搜索框、管理面板相关样式',
      '    │   └── admin.css             # 新增：管理面板专用样式',
      '    └── data/',
      '        └── default.json          # 新增：默认数据源',
      '```',
    ].join('\n');
    const files = { 'index.html': '', CNAME: '', 'about.html': '', 'assets/css/nav.css': '' };
    const report = await lintInAppRepository({ 'docs/design.md': design }, SIZING_OFF, files);
    expect(report.diagnostics.filter(({ rule }) => rule.startsWith('path')).map(({ rule, line, column, severity, message }) => ({ rule, line, column, severity, message }))).toEqual([
      { rule: 'path-exists', line: 8, column: 5, severity: 'error', message: "Path '404.html' does not exist; if the ticket creates it, mark it (new)" },
      { rule: 'path-exists', line: 12, column: 9, severity: 'error', message: "Path 'cn/index.html' does not exist; did you mean 'index.html'?" },
      { rule: 'path-exists', line: 14, column: 9, severity: 'error', message: "Path 'cn/about.html' does not exist; did you mean 'about.html'?" },
      { rule: 'path-exists', line: 16, column: 5, severity: 'error', message: "Path 'en/' does not exist; if the ticket creates it, mark it (new)" },
    ]);
  });

  it("reads a tail of a file the plan creates, once that file is tracked, as written from a subfolder (round 44: dieontime/activize-kidzz auth plan :7)", async () => {
    const plan = [
      '# Auth Implementation Plan',
      '',
      '**Goal:** Port the kid-auth system.',
      '',
      '**Architecture:** Auth logic (`lib/auth.ts`, `lib/session.ts`) is ported near-verbatim.',
      '',
      '### Task 1: Auth',
      '',
      '**Files:**',
      '- Create: `src/lib/auth.ts`, `src/lib/session.ts`',
      '',
      '- [ ] **Step 1: Write the module**',
    ].join('\n');
    // auth.ts is tracked by now; session.ts is still to be made, and its tail is quiet.
    const report = await lintInAppRepository({ 'docs/superpowers/plans/auth.md': plan }, SIZING_OFF, { 'src/lib/auth.ts': '' });
    expect(report.diagnostics.filter(({ rule }) => rule.startsWith('path')).map(({ rule, line, column, severity, message }) => ({ rule, line, column, severity, message }))).toEqual([
      { rule: 'path-exists', line: 5, column: 32, severity: 'warning', message: "Path 'lib/auth.ts' is written from a subfolder; from the repository root it is 'src/lib/auth.ts'" },
    ]);
  });

  it("keeps a brace group's alternatives in one word of a declared field, a glob of them all (round 44: hannanabdul55/quick-brain 03-03-PLAN.md:202)", async () => {
    const ticket = [
      '# T',
      '',
      '## Goal',
      'Add the cards row.',
      '',
      '## Context',
      '- Files: components/{gone,lost}.tsx, components/insights/{top-vendors-card,insight-card}.tsx (just authored)',
      '',
      '## Acceptance Criteria',
      '- [ ] ok',
    ].join('\n');
    const files = { 'components/insights/top-vendors-card.tsx': '', 'components/insights/insight-card.tsx': '' };
    const report = await lintInAppRepository({ 'roadmap/t.md': ticket }, SIZING_OFF, files);
    expect(report.diagnostics.filter(({ rule }) => rule.startsWith('path')).map(({ rule, line, column, severity, message }) => ({ rule, line, column, severity, message }))).toEqual([
      { rule: 'path-exists', line: 7, column: 10, severity: 'error', message: "Glob 'components/{gone,lost}.tsx' matches no tracked file" },
    ]);
  });

  it('does not report a (new) file, which is new-file\'s to check', async () => {
    const ticket = '# T\n\n## Goal\nG.\n\n## Context\n- `src/api/limits.ts` (new)\n\n## Acceptance Criteria\n- [ ] ok\n';
    const report = await lintInAppRepository({ 'roadmap/t.md': ticket }, SIZING_OFF);
    expect(report.diagnostics).toEqual([]);
  });

  it("takes a path git's ignore rules match as a local file: no news where mentioned, a problem where declared (held out: 01hana/internal-ai-assistant-b2e tasks.md:533, '`.env` must not be committed')", async () => {
    const ticket = [
      '# T',
      '',
      '## Goal',
      'Keep secrets local: `src/api/.env` must not be committed, nor `src/api/debug.log`; `src/api/old.ts` is gone.',
      // Named here, declared below: only the declared one is reported.
      'Never commit `config/.env` either.',
      '',
      '## Context',
      '- `config/.env`',
      '- `src/api/login.ts`',
      '',
      '## Acceptance Criteria',
      '- [ ] `npm test` passes',
      '',
    ].join('\n');
    const report = await lintInAppRepository({ 'roadmap/t.md': ticket }, SIZING_OFF, { '.gitignore': '.env\n*.log\n' });
    expect(report.diagnostics.map((d) => `${d.rule} ${d.line}:${d.column} ${d.message}`)).toEqual([
      "path-exists 4:85 Path 'src/api/old.ts' does not exist; if the ticket creates it, mark it (new)",
      "path-exists 8:4 Path 'config/.env' does not exist: the repository's .gitignore keeps it out of every checkout; point at a tracked file",
    ]);
  });

  it("asks git about a folder as one, as a rule for folders only (`logs/`) matches only a path that says it is one (round 18: 11qaq11/TsCameraTools 001 tasks.md:57, '查看 `logs/` 目录日志')", async () => {
    const ticket = ['# T', '', '## Goal', 'Read the ADB log.', '', '## Context', '- `logs/`', '- `src/api/logs`', '', '## Acceptance Criteria', '- [ ] `npm test` passes', ''].join('\n');
    const report = await lintInAppRepository({ 'roadmap/t.md': ticket }, SIZING_OFF, { '.gitignore': 'logs/\n' });
    expect(report.diagnostics.map((d) => `${d.rule} ${d.line}:${d.column} ${d.message}`)).toEqual([
      "path-exists 7:4 Path 'logs/' does not exist: the repository's .gitignore keeps it out of every checkout; point at a tracked file",
      "path-exists 8:4 Path 'src/api/logs' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });

  it('follows tracked symlinks that stay inside the repository, for paths, folders and globs (round 13, 23systems-clance/23-Systems-Agents 006 tasks.md:37 `skills/active/*/SKILL.md`)', async () => {
    const ticket = [
      '# T',
      '',
      '## Goal',
      'Load the active skills.',
      '',
      '## Context',
      '- `skills/active/brainstorm/SKILL.md`',
      '- `skills/active/brainstorm/`',
      '- `skills/active/*/SKILL.md`',
      '- `skills/active/brainstorm/NOTES.md`',
      '- `skills/active/*/NOTES.md`',
      '',
      '## Acceptance Criteria',
      '- [ ] `npm test` passes',
      '',
    ].join('\n');
    const files = { 'skills/real/brainstorm/SKILL.md': '# Skill\n', 'skills/active/brainstorm': { symlink: '../real/brainstorm' } };
    const report = await lintInAppRepository({ 'roadmap/t.md': ticket }, SIZING_OFF, files);
    expect(report.diagnostics.map((d) => `${d.rule} ${d.line}:${d.column} ${d.message}`)).toEqual([
      "path-exists 10:4 Path 'skills/active/brainstorm/NOTES.md' does not exist",
      "path-exists 11:4 Glob 'skills/active/*/NOTES.md' matches no tracked file",
    ]);
  });

  it("takes an ignored file the ticket's work writes as made where the work runs, and one it gives to read as missing (held out: marwanahmedaly plan :913 '- Modify: `.env`', ADuong12/ADAPT 05-01-PLAN.md:86)", async () => {
    const ticket = [
      '# T',
      '',
      '## Goal',
      'Switch providers by configuration.',
      '',
      '## Context',
      '- Modify: `.env`',
      '- Update `config/.env` with your real credentials for DATABASE_URL.',
      '- `.planning/phases/05-RESEARCH.md`',
      '',
      '## Acceptance Criteria',
      '- [ ] `npm test` passes',
      '',
    ].join('\n');
    const report = await lintInAppRepository({ 'roadmap/t.md': ticket }, SIZING_OFF, { '.gitignore': '.env\n*.env\n.planning/\n' });
    expect(report.diagnostics.map((d) => `${d.rule} ${d.line}:${d.column} ${d.message}`)).toEqual([
      "path-exists 9:4 Path '.planning/phases/05-RESEARCH.md' does not exist: the repository's .gitignore keeps it out of every checkout; point at a tracked file",
    ]);
  });

  it('does not take paths anchored nowhere in the repository, and near nothing in it, for pointers into it', async () => {
    const ticket = [
      '# T',
      '',
      '## Goal',
      'Read `LoginForm.tsx`; the data set has `trajectories/*.json`, `gate-log.md` and `lib/vendor/x.rb`;',
      'the API serves `/api/users.json`; local settings live in `.claude/settings.local.json`.',
      '',
      '## Context',
      '- `docs/`',
      '',
      '## Acceptance Criteria',
      '- [ ] ok',
      '',
    ].join('\n');
    const report = await lintInAppRepository({ 'roadmap/t.md': ticket }, SIZING_OFF);
    expect(report.diagnostics).toEqual([]);
    expect(report.tickets[0]?.pointers.map((p) => `${p.path} ${p.kind} ${p.exists}`)).toEqual([
      'LoginForm.tsx file true',
      'docs dir true',
    ]);
  });
});
