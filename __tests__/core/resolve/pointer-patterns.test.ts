import { describe, expect, it } from '@jest/globals';
import { describeDiagnostic, lintTexts } from '../../helpers/lint-fixture.js';

/**
 * The pointer patterns of docs/pointers.md, each on a real line of a shared corpus where one exists
 * (quoted as written; the corpus and file are named in the test). Every ticket is an open roadmap
 * ticket with the line in it; the repository holds the files named below.
 */
const REPOSITORY = {
  'src/api/login.ts': 'export {};\n',
  'app/web/src/model/loader.ts': 'export {};\n',
  'app/web/e2e/login.spec.ts': 'export {};\n',
  'packages/a/model/cache.ts': 'export {};\n',
  'packages/b/model/cache.ts': 'export {};\n',
  'packages/core/src/resolve_references/resolution_registry.ts': 'export {};\n',
  '.claude/skills/self-repair-pipeline/scripts/detect_entrypoints.ts': 'export {};\n',
  '.claude/skills/self-repair-pipeline/project_configs/core.json': '{}\n',
  'tests/test_report.py': '\n',
  'tests/skill-triggering/keep.txt': '\n',
  'experiments/poc-retrieval/Cargo.toml': '\n',
  'docs/guide.md': '# Guide\n',
  'lib/report.py': '\n',
  'docs/plans/old.md': '\n',
  '.gitignore': 'node_modules/\n',
  'skills/brainstorming/scripts/start-server.sh': '\n',
  'skills/brainstorming/scripts/server.cjs': '\n',
  'tests/brainstorm-server/server.test.js': '\n',
  'packages/mcp/tests/claude-headless-test.sh': '\n',
  'packages/ui/atoms/Button.tsx': '\n',
  'packages/ui/molecules/Card.tsx': '\n',
  'packages/ui/view/RowView.h': '\n',
  'packages/ui/view/RowView.cpp': '\n',
  'packages/ui/view/Panel.h': '\n',
  '.kiro/steering/tech.md': '\n',
  'experiments/poc-retrieval/eval/req10_alpha06_candle.json': '[]\n',
  'specs/001-/contracts/api.md': '\n',
  '.claude/settings.json': '{}\n',
  'web/index.html': '<!doctype html>\n',
  'specs/009-conversations-inbox-ui/spec.md': '# Spec\n',
  'app/src/test/java/io/github/fowles/domain/WorkoutPlannerTest.kt': '\n',
  'app/src/test/java/io/github/fowles/domain/ProgressionEngineTest.kt': '\n',
  'lib/src/test/java/io/github/fowles/ProgressionEngineTest.kt': '\n',
  '.planning/phases/03.6-candle-in-process-embedder/03.6-SUMMARY.md': '\n',
};

function ticket(context: string[], body: string[] = []): string {
  return ['# Expire sessions', '', '## Goal', 'Sessions expire after a day.', '', ...body, '', '## Context Pointers', ...context, '', '## Acceptance Criteria', '- [ ] `npm test` passes', ''].join('\n');
}

/** What git says of the test repository's ignored paths, as a `.gitignore` of `target/` would: a build's output. */
const IGNORED = async (paths: readonly string[]): Promise<ReadonlySet<string>> => new Set(paths.filter((file) => file.split('/').includes('target')));

async function pathProblems(text: string, file = 'roadmap/t.md', rootName?: string): Promise<string[]> {
  const report = await lintTexts({ [file]: text }, { repository: REPOSITORY, ignored: IGNORED, ...(rootName === undefined ? {} : { rootName }) });
  return report.diagnostics.filter((d) => d.rule === 'path-exists' || d.rule === 'path-outside-repo').map((d) => `${d.rule} ${d.severity} ${describeDiagnostic(d)}`);
}

describe('declared pointers: every one that leads nowhere is reported, whatever its markup', () => {
  it('reports a context path whose folder is gone too, and names of unknown endings', async () => {
    const found = await pathProblems(ticket(['- `src/legacy/old.ts`', '- `App/App.entitlements`', '- `tools/defs.bzl`', '- `Sources/Bridge.m`', '- `docs/Q&A.md`']));
    expect(found).toEqual([
      "path-exists error 8:4 Path 'src/legacy/old.ts' does not exist",
      "path-exists error 9:4 Path 'App/App.entitlements' does not exist",
      "path-exists error 10:4 Path 'tools/defs.bzl' does not exist",
      "path-exists error 11:4 Path 'Sources/Bridge.m' does not exist",
      "path-exists error 12:4 Path 'docs/Q&A.md' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });

  it('reads a file: link as the author’s machine path: declared, outside the repository, with the tracked path it copies (held out: 0xabdullah27/resolvdesk specs/009 tasks.md)', async () => {
    const found = await pathProblems(
      ticket(
        ['- `src/api/login.ts`'],
        [
          '**Specification**: [Feature Spec](file:///d:/AbdullahQureshi/workspace/resolvdesk/specs/009-conversations-inbox-ui/spec.md) | [Implementation Plan](file:///d:/AbdullahQureshi/workspace/resolvdesk/specs/009-conversations-inbox-ui/plan.md)',
          'The failing run is logged in [the log](file://localhost/tmp/run%20one.log).',
        ],
      ),
    );
    expect(found).toEqual([
      "path-outside-repo error 6:35 Path 'd:/AbdullahQureshi/workspace/resolvdesk/specs/009-conversations-inbox-ui/spec.md' is an absolute path outside the repository; did you mean 'specs/009-conversations-inbox-ui/spec.md'?",
      "path-outside-repo error 6:149 Path 'd:/AbdullahQureshi/workspace/resolvdesk/specs/009-conversations-inbox-ui/plan.md' is an absolute path outside the repository; expected a path inside the repository",
      "path-outside-repo error 7:40 Path '/tmp/run one.log' is an absolute path outside the repository; expected a path inside the repository",
    ]);
  });

  it('reads ~/ before a path in plain text and in commands as the home folder, not a strikethrough mark (held out: PloganNV/gsd-town 06-01-PLAN.md)', async () => {
    const found = await pathProblems(
      ticket(['- Modify: ~/.claude/get-shit-done/workflows/execute-phase.md'], ['```bash', 'grep -c "launch_convoy" ~/.claude/get-shit-done/workflows/execute-phase.md', '```']),
    );
    // Declared, the home path is outside the repository; in a command, a mention of the machine's, not reported.
    expect(found).toEqual([
      "path-outside-repo error 11:11 Path '~/.claude/get-shit-done/workflows/execute-phase.md' is in a home folder, outside the repository; expected a path inside the repository",
    ]);
  });

  it('reads a declared path with folders left out as one the agent must search for, and names the files it may be (held out: fowles/stochastic-strength test-coverage-di-seams File Map)', async () => {
    const found = await pathProblems(
      ticket(
        [
          '| File | Change |',
          '| --- | --- |',
          '| `test/.../WorkoutPlannerTest.kt` | **Modify** — update static refs + add `recomputeExercise` test |',
          '| `test/.../ProgressionEngineTest.kt` | **Modify** — update references to `DefaultProgressionEngine` |',
          '| `test/.../StartingWeightsTest.kt` | **Create** — new unit test file |',
          '| `androidTest/.../WorkoutRepositoryTest.kt` | **Modify** — add four new instrumented tests |',
          '- `.planning/phases/03.6-.../03.6-SUMMARY.md`',
        ],
        ['See `src/.../login.ts` for the pattern, and `lib/.../nowhere.ts`.'],
      ),
    );
    // A file the row creates comes later. Mentioned, a path left short is reported when it stands for tracked files, as one written from a subfolder is.
    expect(found).toEqual([
      "path-exists warning 6:6 Path 'src/.../login.ts' leaves part of the path out ('...'); in full it is 'src/api/login.ts'",
      "path-exists warning 11:4 Path 'test/.../WorkoutPlannerTest.kt' leaves part of the path out ('...'); in full it is 'app/src/test/java/io/github/fowles/domain/WorkoutPlannerTest.kt'",
      "path-exists warning 12:4 Path 'test/.../ProgressionEngineTest.kt' leaves part of the path out ('...'); it may be 'lib/src/test/java/io/github/fowles/ProgressionEngineTest.kt' or 'app/src/test/java/io/github/fowles/domain/ProgressionEngineTest.kt': write the one meant in full",
      "path-exists error 14:4 Path 'androidTest/.../WorkoutRepositoryTest.kt' leaves part of the path out ('...'), and no tracked file matches it",
      "path-exists warning 15:4 Path '.planning/phases/03.6-.../03.6-SUMMARY.md' leaves part of the path out ('...'); in full it is '.planning/phases/03.6-candle-in-process-embedder/03.6-SUMMARY.md'",
    ]);
  });

  it('reads a labelled list item anywhere as a declared file (crjfisher-ariadne task-100.31: "- Test: packages/…/resolution_registry.test.ts:303")', async () => {
    const found = await pathProblems(
      ticket([], ['## Implementation Notes', '- Test: packages/core/src/resolve_references/resolution_registry.test.ts:303', '- Implementation: packages/core/src/resolve_references/resolution_registry.ts']),
    );
    expect(found).toEqual(["path-exists error 7:9 Path 'packages/core/src/resolve_references/resolution_registry.test.ts' does not exist; if the ticket creates it, mark it (new)"]);
  });

  it('reads a paragraph labelled by a file field\'s name as declared, not one labelled by a phrase (held out: isaacfinnegan/whispercode prevent-menu-autofocus-mobile: "**File:** `/Users/isaac/Projects/whispercode/…`"; crjfisher-ariadne task-190.9: "Original plan file: ~/.claude/plans/…")', async () => {
    const lines = ['**File:** `/Users/ana/code/app/src/api/gone.ts`', '', '**Files:** src/legacy/old.ts', '', 'Original plan file: ~/.claude/plans/zazzy.md', '', '**Source location:** `/Users/ana/code/drill/`'];
    expect(await pathProblems(ticket([], lines))).toEqual([
      "path-outside-repo error 6:12 Path '/Users/ana/code/app/src/api/gone.ts' is an absolute path outside the repository; expected a path inside the repository",
      "path-exists error 8:12 Path 'src/legacy/old.ts' does not exist",
    ]);
  });

  it('reads a remark in parentheses in a declared field as prose (2233admin-codenexus 04.5-03-W1-PLAN read_first)', async () => {
    const plan = [
      '---',
      'phase: 4',
      'plan: 1',
      '---',
      '<objective>Lift the parser.</objective>',
      '<task type="auto">',
      '  <name>Task 1: Lift</name>',
      '  <read_first>',
      '    - src/api/login.ts (top-level module: identifies what is pub vs internal in the parser/ tree)',
      '    - src/api/gone.ts (cherry-pick source)',
      '  </read_first>',
      '  <done>Lifted</done>',
      '</task>',
      '',
    ].join('\n');
    expect(await pathProblems(plan, '.planning/phases/04-lift/04-01-PLAN.md')).toEqual([
      "path-exists error 10:7 Path 'src/api/gone.ts' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });

  it('opens a plan element only where its tag starts a line or follows a tag: "<files>" in a sentence names the element (2233admin-codenexus 260427-h71-PLAN.md:209)', async () => {
    const plan = [
      '---',
      'phase: 4',
      'plan: 1',
      '---',
      '<task type="auto">',
      '  <name>Task 1: Scaffold</name>',
      '  <files>',
      '    src/api/login.ts',
      '  </files>',
      '  <action>',
      'Create the 10 .go files listed under <files>. All files MUST start with the SPDX header line:',
      '- `func LockfilePath() string` → ~/.codenexus/port (use os.UserHomeDir).',
      '  </action>',
      '  <verify><automated>test -f src/api/gone.ts</automated></verify>',
      '  <done>Scaffolded</done>',
      '</task>',
      '<task type="auto">',
      '  <name>Task 2: Serve</name>',
      '  <files>src/api/login.ts</files>',
      '  <action>Serve.</action>',
      '  <done>Served</done>',
      '</task>',
      '',
    ].join('\n');
    // Read as a <files> list up to the next task's </files>, the sentence made the lockfile a declared path outside the repository.
    expect(await pathProblems(plan, '.planning/phases/04-lift/04-01-PLAN.md')).toEqual([]);
  });

  it("reads a Task Master task's description and test strategy as prose: their paths are mentions (0xfauzi-testcraft tasks.json task 24: \"3. All parameters listed in config/models.py, loader.py…\")", async () => {
    const tasks = JSON.stringify({ master: { tasks: [{ id: 24, title: 'Audit', status: 'pending', dependencies: [], description: 'Audit the config.', details: 'Trace each parameter.', testStrategy: '3. All parameters listed in api/login.ts, loader.py were validated.' }] } }, null, 2);
    expect(await pathProblems(tasks, '.taskmaster/tasks/tasks.json')).toEqual([
      "path-exists warning 11:54 Path 'api/login.ts' is written from a subfolder; from the repository root it is 'src/api/login.ts'",
    ]);
  });

  it('reads the words of a remark in parentheses in a declared field as mentions, not as nothing (0xfauzi-testcraft tasks.json task 24: "Test file cleanup (tests/test_config.py, tests/test_toml_config.py)")', async () => {
    const tasks = JSON.stringify({ master: { tasks: [{ id: 24, title: 'Clean up the config', status: 'pending', dependencies: [], details: 'Remove unused parameters.\n- Test file cleanup (tests/test_config.py, tests/test_report.py)', testStrategy: 'pytest' }] } }, null, 2);
    expect(await pathProblems(tasks, '.taskmaster/tasks/tasks.json')).toEqual([
      "path-exists error 9:69 Path 'tests/test_config.py' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });

  it("takes a file one task of a Task Master list creates as new wherever the list names it, its details' line breaks as lines (held out: Alterya/agents tasks.json:16, \"- Create prisma/seed.ts …\" then \"seed\": \"tsx prisma/seed.ts\")", async () => {
    const details = 'Tasks:\n- Create model/cache.ts to hold the cache.\n- Add the hook: { "cache": "tsx model/cache.ts" }\n- Docs, e.g. docs/\n- Update src/api/gone.ts';
    const tasks = JSON.stringify({ master: { tasks: [{ id: 1, title: 'Cache', status: 'pending', dependencies: [], details, testStrategy: 'Run model/cache.ts once.' }] } }, null, 2);
    expect(await pathProblems(tasks, '.taskmaster/tasks/tasks.json')).toEqual(["path-exists error 9:157 Path 'src/api/gone.ts' does not exist; if the ticket creates it, mark it (new)"]);
  });

  it("reads an import statement in a Task Master task's details, written without a fence, as code: its module specifier is no path from the root (round 15: AdiK-prod/nfl-wire- tasks.json:595 \"import Signup from '../src/pages/Signup';\")", async () => {
    const details = "Create test files:\n\n// tests/signup.test.ts\nimport { render } from '@testing-library/react';\nimport Signup from '../src/pages/Signup';\nimport '../styles/app.css';\n\nCheck against ../outside/notes.md and src/api/gone.ts";
    const tasks = JSON.stringify({ master: { tasks: [{ id: 1, title: 'Signup tests', status: 'pending', dependencies: [], details }] } }, null, 2);
    // The same `..` in the field's prose still leads out: only the statement's specifier is code.
    expect(await pathProblems(tasks, '.taskmaster/tasks/tasks.json')).toEqual([
      "path-outside-repo error 9:206 Path '../outside/notes.md' leads out of the repository; expected a path inside the repository",
    ]);
  });

  it("reads the blocks of code in a Task Master task's details as code: a shell block's lines are commands, another language's comments prose, its code and data nothing (held out: Akekarat/ai.bonus tasks.json:167, \"Create a script …:\\n```typescript\\n// scripts/generate-placeholders.ts\")", async () => {
    const details = [
      'Create a script to seed the cache:',
      '```typescript',
      '// src/api/seed-cache.ts',
      "import fs from 'fs';",
      "const images = ['/images/bonus10.png', 'src/api/missing-in-code.ts'];",
      '```',
      'Sample data:',
      '```json',
      '{ "image": "/images/bonus20.png", "file": "src/api/missing-in-data.ts" }',
      '```',
      'Then run:',
      '```bash',
      'node src/api/run-seed.js',
      '```',
    ].join('\n');
    const tasks = JSON.stringify({ master: { tasks: [{ id: 13, title: 'Seed', status: 'pending', dependencies: [], details, testStrategy: 'Run it.' }] } }, null, 2);
    expect(await pathProblems(tasks, '.taskmaster/tasks/tasks.json')).toEqual(["path-exists error 9:331 Path 'src/api/run-seed.js' does not exist, and the command on this line runs it"]);
  });

  it('reads a Task Master field too tangled to parse in time word by word, blocks of code and all (F40 inside a JSON string)', async () => {
    const tangled = '> - a\n>\n> p\n>\n'.repeat(2_000);
    const details = ['```bash', 'node src/api/run-seed.js', '```', tangled, 'Update src/api/gone.ts'].join('\n');
    const tasks = JSON.stringify({ master: { tasks: [{ id: 13, title: 'Seed', status: 'pending', dependencies: [], details, testStrategy: 'Run it.' }] } }, null, 2);
    // Parsed, the shell line would be a command that runs a missing file; read as words, it is a path the work may write.
    expect(await pathProblems(tasks, '.taskmaster/tasks/tasks.json')).toEqual([expect.stringMatching(/^path-exists error 9:\d+ Path 'src\/api\/gone.ts' does not exist/)]);
  });

  it('reports a declared machine path even with nothing tracked at its end, and a mention of one only when it ends in a tracked path', async () => {
    const found = await pathProblems(
      ticket(
        ['- `C:/Users/Administrator/AppData/Local/Temp/sentrux-audit/src/plugin/manifest.rs` (verbatim source)'],
        [
          // d44b, mrlesk and fourseer tickets mention machine paths on purpose:
          'The CLI default is `~/AI`; it must not touch `~/data` or `/usr/bin/bash`, and searches `/opt/homebrew/Cellar/` (e.g., /opt/homebrew vs /usr/local).',
          // 2233admin-codenexus 05-W4-PLAN: a laptop copy of this repository.
          'Run `cd D:/projects/codenexus/experiments/poc-retrieval` first.',
        ],
      ),
    );
    expect(found).toEqual([
      "path-outside-repo error 7:9 Path 'D:/projects/codenexus/experiments/poc-retrieval' is an absolute path outside the repository; did you mean 'experiments/poc-retrieval'?",
      "path-outside-repo error 10:4 Path 'C:/Users/Administrator/AppData/Local/Temp/sentrux-audit/src/plugin/manifest.rs' is an absolute path outside the repository; expected a path inside the repository",
    ]);
  });

  it('takes a machine path through a folder named as the repository, into a tracked folder, files a glob matches or a top-level folder, for a copy of it (codenexus 05-W3, obra-superpowers lift-drill; held out: tower-guidev2/wonderland cert-fingerprint-poc)', async () => {
    const codenexus = await pathProblems(ticket([], ['```bash', 'cd D:/projects/codenexus/experiments', 'cd D:/projects/codenexus/elsewhere', 'ls /opt/homebrew/Cellar/codenexus/14.0/bin/', '```']), 'roadmap/t.md', 'codenexus');
    expect(codenexus).toEqual([
      "path-outside-repo error 7:4 Path 'D:/projects/codenexus/experiments' is an absolute path outside the repository; did you mean 'experiments'?",
    ]);
    const superpowers = await pathProblems(
      ticket([], ['```bash', 'for f in /Users/jesse/Documents/GitHub/superpowers/superpowers/tests/skill-triggering/*.txt /Users/jesse/superpowers/tests/gone/*.sh; do', 'cd /Users/muttley/superpowers/experiments/0005_new', '```', 'Add the rules to `/Users/jesse/other/.gitignore`.']),
      'roadmap/t.md',
      'superpowers',
    );
    expect(superpowers).toEqual([
      "path-outside-repo error 7:10 Path '/Users/jesse/Documents/GitHub/superpowers/superpowers/tests/skill-triggering/*.txt' is an absolute path outside the repository; did you mean 'tests/skill-triggering/*.txt'?",
      "path-outside-repo error 7:93 Path '/Users/jesse/superpowers/tests/gone/*.sh' is an absolute path outside the repository; it is in a copy of this repository on the author's machine, where from the root it is 'tests/gone/*.sh', which is not in the repository",
      "path-outside-repo error 8:4 Path '/Users/muttley/superpowers/experiments/0005_new' is an absolute path outside the repository; it is in a copy of this repository on the author's machine, where from the root it is 'experiments/0005_new', which is not in the repository",
    ]);
  });

  it('takes a file the ticket creates in a copy of the repository as created in the repository, tracked by now or not (held out: isaacfinnegan/whispercode upstream-override-support :17, android-push-hybrid :182)', async () => {
    const plan = [
      '# Plan',
      '',
      '### Task 1: Push',
      '',
      '**Files:**',
      '- Create: `/Users/isaac/Projects/codenexus/.claude/settings.json`',
      '- Create: `/Users/isaac/Projects/codenexus/src/api/push.ts`',
      '- Modify: `/Users/isaac/Projects/codenexus/src/api/gone.ts`',
      '',
      'Create `/Users/isaac/Projects/codenexus/src/api/tracker.ts`:',
      '',
    ].join('\n');
    expect(await pathProblems(plan, 'docs/superpowers/plans/2026-01-01-plan.md', 'codenexus')).toEqual([
      "path-outside-repo error 8:12 Path '/Users/isaac/Projects/codenexus/src/api/gone.ts' is an absolute path outside the repository; it is in a copy of this repository on the author's machine, where from the root it is 'src/api/gone.ts', which is not in the repository",
    ]);
  });
});

describe('a machine path with spaces in a code span', () => {
  it('runs on across the spaces when it goes through a folder named as the repository (held out: ALHDLIOX/zotero-chatbox 002 tasks.md:135, Google Drive\'s "My Drive")', async () => {
    const tasks = [
      '# Tasks: Copy',
      '',
      '- [ ] T001 Run quickstart validation from `/Users/ana/Library/CloudStorage/GoogleDrive-ana/My Drive/proj/codenexus/docs/guide.md`',
      '- [ ] T002 Align strings in `/Users/ana/Library/CloudStorage/GoogleDrive-ana/My Drive/proj/codenexus/docs/gone.md`',
      '- [ ] T003 Run `/Users/ana/My Drive/bin/tool --fast docs/guide.md`',
      '- [ ] T004 Read `/Users/ana/My Drive/notes/other.md` first',
      '',
    ].join('\n');
    expect(await pathProblems(tasks, 'specs/001-/tasks.md', 'codenexus')).toEqual([
      "path-outside-repo error 3:44 Path '/Users/ana/Library/CloudStorage/GoogleDrive-ana/My Drive/proj/codenexus/docs/guide.md' is an absolute path outside the repository; did you mean 'docs/guide.md'?",
      "path-outside-repo error 4:30 Path '/Users/ana/Library/CloudStorage/GoogleDrive-ana/My Drive/proj/codenexus/docs/gone.md' is an absolute path outside the repository; it is in a copy of this repository on the author's machine, where from the root it is 'docs/gone.md', which is not in the repository",
    ]);
  });
});

describe('a declared glob written from a subfolder', () => {
  it('is a warning with the globs from the root where it matches (0xfauzi-testcraft task 28: "For each screen in screens/*.py")', async () => {
    const found = await pathProblems(ticket(['- `model/*.ts`', '- `model/*.rs`']));
    expect(found).toEqual([
      "path-exists warning 8:4 Path 'model/*.ts' is not there from the repository root; it may be 'packages/a/model/*.ts', 'packages/b/model/*.ts' or 'app/web/src/model/*.ts': write the one meant from the root",
      "path-exists error 9:4 Glob 'model/*.rs' matches no tracked file",
    ]);
  });
});

describe('a mentioned glob written from a subfolder', () => {
  it('is a warning when its folder is two folders of this repository in a row, as a path is (crjfisher-ariadne task-196: "`index_single_file/scopes/extractors/*.ts`"), and talk when one (task-190: "`project_configs/*.json`")', async () => {
    const found = await pathProblems(ticket(['- `src/api/login.ts`'], ['Each loader in `src/model/*.ts` reads the cache; so do the ones in `model/*.ts`.']));
    expect(found).toEqual(["path-exists warning 6:17 Path 'src/model/*.ts' is written from a subfolder; from the repository root it is 'app/web/src/model/*.ts'"]);
  });
});

describe('a glob matches folders as the shell expands it', () => {
  it('takes a glob that matches only folders as naming them, and one that matches nothing as missing (held out: travelliu/stock p1-shared-libs, "all PASS across `pkg/shared/*`")', async () => {
    const found = await pathProblems(ticket(['- `packages/ui/*` — the component layers', '- `packages/ui/*.css`'], ['Expected: all PASS across `packages/ui/*`, `packages/a`.']));
    expect(found).toEqual(["path-exists error 10:4 Glob 'packages/ui/*.css' matches no tracked file"]);
  });
});

describe('a glob with no folder in it', () => {
  it('matches a name at any depth, as git reads such a pattern (held out: AaronXu07/Playlist-Cleaner frontend tasks.md:352, "Scan all `*.tsx` and `*.css` files")', async () => {
    const found = await pathProblems(ticket(['- `*.tsx` — every component', '- `*.css`', '- `ui/*.css`']));
    expect(found).toEqual(["path-exists error 9:4 Glob '*.css' matches no tracked file", "path-exists error 10:4 Glob 'ui/*.css' matches no tracked file"]);
  });
});

describe('one name with two endings (`RowView.h/.cpp`)', () => {
  it('names the header and its source: both there is nothing to report, and a missing one is reported by its own path (round 36: 1didit/chordai 06.1-06-PLAN.md:135, "**Source/UI/MidiRowView.h/.cpp**: add …")', async () => {
    const found = await pathProblems(ticket(['- `packages/ui/view/RowView.h/.cpp` — the row', '- `packages/ui/view/Panel.h/.cpp`', '- `packages/ui/view/.env`']));
    expect(found).toEqual([
      "path-exists error 9:4 Path 'packages/ui/view/Panel.cpp' does not exist; did you mean 'packages/ui/view/Panel.h'?",
      "path-exists error 10:4 Path 'packages/ui/view/.env' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });
});

describe('did you mean', () => {
  it('names the file two swapped letters meant, and the only file of a name that moved to another folder', async () => {
    const found = await pathProblems(ticket(['- `src/api/lgoin.ts`', '- `src/report.py`']), 'roadmap/t.md');
    expect(found).toEqual([
      "path-exists error 8:4 Path 'src/api/lgoin.ts' does not exist; did you mean 'src/api/login.ts'?",
      "path-exists error 9:4 Path 'src/report.py' does not exist; did you mean 'lib/report.py'?",
    ]);
  });

  it('finds the file of the same name in another case in a nearby folder, for a mention too (mrlesk-backlog-md draft-11: "Update `.backlog/tasks/README.md`")', async () => {
    const found = await pathProblems(ticket([], ['Update `.docs/plans/OLD.md` so the example is generic.']), 'roadmap/t.md');
    expect(found).toEqual(["path-exists error 6:9 Path '.docs/plans/OLD.md' does not exist; did you mean 'docs/plans/old.md'?"]);
  });
});

describe('mentions: reported only when clearly meant for this repository', () => {
  it('warns of a path written from a subfolder, with the path from the root, for a file, a folder and an ambiguous tail', async () => {
    const found = await pathProblems(ticket([], ['Load it in `model/loader.ts`, test it in `e2e/`, and cache it in `model/cache.ts`.']));
    expect(found).toEqual([
      "path-exists warning 6:13 Path 'model/loader.ts' is written from a subfolder; from the repository root it is 'app/web/src/model/loader.ts'",
      "path-exists warning 6:43 Path 'e2e/' is written from a subfolder; from the repository root it is 'app/web/e2e'",
      "path-exists warning 6:67 Path 'model/cache.ts' is not there from the repository root; it may be 'packages/a/model/cache.ts' or 'packages/b/model/cache.ts': write the one meant from the root",
    ]);
  });

  it('takes an ending the repository\'s own files have for a file name\'s, known or not (held out: ANUcybernetics/my-first-lm task-006 "Example implementation from `docs/dictionary-guide-words-json.typ`")', async () => {
    const line = '#### Example implementation from `docs/dictionary-guide-words-json.typ`, not `docs/guide.qqq`:';
    const report = await lintTexts({ 'roadmap/t.md': ticket([], [line]), 'docs/instructions.typ': '' });
    expect(report.diagnostics.filter((d) => d.rule === 'path-exists').map(describeDiagnostic)).toEqual([
      "6:35 Path 'docs/dictionary-guide-words-json.typ' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });

  it('reads a code span that is a tracked file\'s path as a whole, spaces and all, as that file, not as a command (held out: 8agana/surreal-mind task-40 "`backlog/tasks/task-35 - Scalpel-KG-prompt-tuning.md`")', async () => {
    const report = await lintTexts({ 'roadmap/t.md': ticket(['- **`docs/task-35 - Tuning.md`** (blocked task)', '- `docs/task-36 - Gone.md`']), 'docs/task-35 - Tuning.md': '' });
    expect(report.diagnostics.filter((d) => d.rule === 'path-exists').map(describeDiagnostic)).toEqual([]);
  });

  it('reports a file written from the root whose folder is gone, when two folders of its path are the repository\'s (crjfisher-ariadne task-100.40.3)', async () => {
    const line = 'The following functions in `/packages/core/src/import_resolution/namespace_imports.ts` have no test coverage; nor has `src/gone/x.ts`.';
    expect(await pathProblems(ticket([], [line]))).toEqual(["path-exists error 6:29 Path '/packages/core/src/import_resolution/namespace_imports.ts' does not exist"]);
  });

  it('reads words of prose written as paths with a folder and a name, by the same rule (crjfisher-ariadne task-67, task-156), not a lone folder word (n2jn-cash-app FEATURE-005)', async () => {
    const lines = [
      'Create a project-wide type registry. See docs/cross-file-method-resolution.md',
      '- Export registry: packages/core/src/resolve_references/registries/export_registry.ts',
      '- [ ] Components follow existing project structure (packages/ui/atoms/, molecules/, organisms/)',
      'Use input/output pairs, and [docs/gone.md](../docs/guide.md); index.ts is a name.',
    ];
    expect(await pathProblems(ticket([], lines))).toEqual([
      "path-exists error 6:42 Path 'docs/cross-file-method-resolution.md' does not exist; if the ticket creates it, mark it (new)",
      "path-exists error 7:20 Path 'packages/core/src/resolve_references/registries/export_registry.ts' does not exist",
    ]);
  });

  it('ends a path where CJK text, written without spaces, begins (hummer98-sdd-orchestrator inspection-build-test-verification)', async () => {
    expect(await pathProblems(ticket([], ['- [ ] 1. steering/tech.mdへのVerification Commandsセクション追加']))).toEqual([
      "path-exists warning 6:10 Path 'steering/tech.md' is written from a subfolder; from the repository root it is '.kiro/steering/tech.md'",
    ]);
  });

  it('reads the arguments of a command in a code span (crjfisher-ariadne task-190: "`npx tsx scripts/detect_entrypoints.ts --config project_configs/core.json`")', async () => {
    const found = await pathProblems(ticket([], ['- **Self-analysis**: `npx tsx scripts/detect_entrypoints.ts --config project_configs/core.json`']));
    expect(found).toEqual([
      "path-exists warning 6:31 Path 'scripts/detect_entrypoints.ts' is written from a subfolder; from the repository root it is '.claude/skills/self-repair-pipeline/scripts/detect_entrypoints.ts'",
      "path-exists warning 6:70 Path 'project_configs/core.json' is written from a subfolder; from the repository root it is '.claude/skills/self-repair-pipeline/project_configs/core.json'",
    ]);
  });

  it('reads the commands of a shell block, and not the paths a command removes (obra-superpowers lift-drill plan: "git rm tests/skill-triggering/run-test.sh")', async () => {
    const found = await pathProblems(
      ticket([], ['```bash', 'git rm tests/skill-triggering/run-test.sh tests/skill-triggering/run-all.sh', 'uv run pytest tests/test_backend.py -q', '# tests/commented-out.py', '```']),
    );
    expect(found).toEqual(["path-exists error 8:15 Path 'tests/test_backend.py' does not exist; if the ticket creates it, mark it (new)"]);
  });

  it('reads a `cd` but not the rest of its line, written from that folder (2233admin-codenexus 260427-h71-PLAN)', async () => {
    const line = '5. Final sanity: `cd D:/projects/codenexus/server && ls cmd/ internal/proxy/ internal/supervisor/` should list the 10 files from Task 1.';
    expect(await pathProblems(ticket([], [line]))).toEqual([]);
  });

  it('reads the commands after a `cd` from where it went: a folder of the repository, or a copy of it on the author\'s machine', async () => {
    const block = [
      '```bash',
      // obra-superpowers 2026-02-19-visual-brainstorming-refactor.md:81, the repository checked out as 'superpowers'
      'cd /Users/drewritter/prime-rad/superpowers && node tests/brainstorm-server/server.test.js tests/brainstorm-server/gone.test.js',
      // crjfisher-ariadne task-102: "cd packages/mcp" then "./tests/claude-headless-test.sh"
      'cd packages/mcp',
      './tests/claude-headless-test.sh ./tests/missing.sh',
      '```',
      '',
      '```bash',
      // obra-superpowers visual-companion-final-hardening-fixup.md:1050
      'cd superpowers',
      'bash tests/brainstorm-server/windows-lifecycle.test.sh',
      '```',
    ];
    expect(await pathProblems(ticket([], block), 'roadmap/t.md', 'superpowers')).toEqual([
      "path-outside-repo error 7:4 Path '/Users/drewritter/prime-rad/superpowers' is an absolute path outside the repository; it is a copy of this repository on the author's machine: write paths from the repository root",
      "path-exists error 7:91 Path 'tests/brainstorm-server/gone.test.js' does not exist; if the ticket creates it, mark it (new)",
      "path-exists error 9:33 Path 'packages/mcp/tests/missing.sh' does not exist; if the ticket creates it, mark it (new)",
      "path-exists error 14:6 Path 'tests/brainstorm-server/windows-lifecycle.test.sh' does not exist, and the command on this line runs it",
    ]);
  });

  it('says so when a path after a `cd` is written from the repository root, where it is (held out: 0Cymantek0/ai-ext 01-PLAN.md:119, "cd ai-extension && npx tsc --noEmit && grep -q … ai-extension/src/…")', async () => {
    const block = ['```bash', 'cd app/web && npx tsc --noEmit && grep -q "export" app/web/src/model/loader.ts', '```'];
    expect(await pathProblems(ticket([], block))).toEqual([
      "path-exists error 7:52 Path 'app/web/src/model/loader.ts' is read in 'app/web/', where its command runs after a cd, and is not there; from there it is 'src/model/loader.ts'",
    ]);
  });

  it('does not read what follows a `cd` to a place it cannot tell is this repository, but for machine paths (obra-superpowers sdd-fix-loop-redesign: "cd evals", the evals repository)', async () => {
    const block = [
      '```bash',
      'cd /Users/jesse/Documents/GitHub/superpowers/drill',
      'uv run pytest tests/test_cli.py',
      'cd $EVAL_ROOT && ls src/gone.ts',
      'cd evals',
      'git add src/setup-helpers/sdd-fixtures.ts',
      'git -C /Users/jesse/git/superpowers-workspace/superpowers worktree remove /tmp/superpowers-baseline',
      '```',
    ];
    expect(await pathProblems(ticket([], block), 'roadmap/t.md', 'superpowers')).toEqual([
      "path-outside-repo error 12:8 Path '/Users/jesse/git/superpowers-workspace/superpowers' is an absolute path outside the repository; it is a copy of this repository on the author's machine: write paths from the repository root",
    ]);
  });

  it('takes a machine path ending in a folder named as the repository for the copy itself, though its tail is a tracked folder too (held out: 0xc0re/themey 02-01-PLAN.md:251, "cd /home/cstory/src/themey" in a src layout)', async () => {
    const block = ['```bash', 'cd /home/cstory/src/themey && uv run pytest', 'ls /home/cstory/src/themey/src/themey/ir.py', '```'];
    const report = await lintTexts({ 'roadmap/t.md': ticket([], block), 'src/themey/ir.py': '' }, { rootName: 'themey' });
    expect(report.diagnostics.filter((d) => d.rule === 'path-outside-repo').map(describeDiagnostic)).toEqual([
      "7:4 Path '/home/cstory/src/themey' is an absolute path outside the repository; it is a copy of this repository on the author's machine: write paths from the repository root",
      "8:4 Path '/home/cstory/src/themey/src/themey/ir.py' is an absolute path outside the repository; did you mean 'src/themey/ir.py'?",
    ]);
  });

  it('takes a path under a folder the file `cd`s into as another checkout for that checkout\'s file, wherever the file names it (obra-superpowers sdd-fix-loop-redesign)', async () => {
    const plan = [
      '# SDD fix loop',
      '',
      '### Task 4: Add the two mid-loop ledger fixture helpers to the evals repo',
      '**Files:**',
      '- Modify: `evals/src/setup-helpers/sdd-fixtures.ts` (append two helpers + shared builder)',
      '- Modify: `src/api/gone.ts`',
      '',
      '- [ ] **Step 7: Commit (evals repo)**',
      '```bash',
      'cd evals',
      'git commit -am "Add helpers"',
      '```',
      '',
    ].join('\n');
    expect(await pathProblems(plan, 'docs/superpowers/plans/2026-07-15-sdd-fix-loop-redesign.md', 'superpowers')).toEqual([
      "path-exists error 6:12 Path 'src/api/gone.ts' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });

  it('reads a path through the repository\'s own folder from the folder above it (obra-superpowers lift-drill: "`superpowers/tests/`", "(sibling to `superpowers/`)")', async () => {
    const line = 'Lift the bash tests in `superpowers/tests/` into drill (sibling to `superpowers/`).';
    expect(await pathProblems(ticket([], [line]), 'roadmap/t.md', 'superpowers')).toEqual([
      "path-exists warning 6:25 Path 'superpowers/tests/' starts with the repository's own folder; from the repository root it is 'tests'",
    ]);
  });

  it("reads a GSD plan's <automated> check as a command, and its MISSING note as prose (2233admin-codenexus 03.6-02 PLAN)", async () => {
    const plan = [
      '---',
      'phase: 03.6',
      'plan: 02',
      '---',
      '<task type="auto">',
      '  <verify>',
      `    <automated>cd D:/projects/codenexus/experiments/poc-retrieval && python -c "import json; d=json.load(open('eval/req10_alpha06_candle.json')); print(f'{d[\\"p\\"]:.2%}')" && test -f eval/f1_f10_handeval_candle.json</automated>`,
      '  </verify>',
      '  <verify>',
      '    <automated>MISSING — Wave 0 must create tests/test_eval.py first</automated>',
      '  </verify>',
      '</task>',
      '',
    ].join('\n');
    expect(await pathProblems(plan, '.planning/phases/03.6-eval/03.6-02-PLAN.md', 'codenexus')).toEqual([
      "path-outside-repo error 7:19 Path 'D:/projects/codenexus/experiments/poc-retrieval' is an absolute path outside the repository; did you mean 'experiments/poc-retrieval'?",
    ]);
  });

  it('reads a `<placeholder>` in a command, a file a command tests for, and a database or backup as what they are (2233admin-codenexus 04.5-03-W4/W5, 05-W6)', async () => {
    const block = [
      '```bash',
      'cd D:/projects/codenexus/experiments/poc-retrieval',
      './target/release/codenexus-core index --repo <REPO USED FOR ORIGINAL POC.DB> --db poc.db',
      'test -f eval/results.json',
      'cp poc.db.ollama.bak /tmp/poc_w4.db',
      '```',
    ];
    expect(await pathProblems(ticket(['- `experiments/poc-retrieval/poc.db.ollama.bak` (pre-W3 backup)'], block), 'roadmap/t.md', 'codenexus')).toEqual([
      "path-outside-repo error 7:4 Path 'D:/projects/codenexus/experiments/poc-retrieval' is an absolute path outside the repository; did you mean 'experiments/poc-retrieval'?",
    ]);
  });

  it('reads the comments of code in other languages as prose, and not the code (2233admin-codenexus 04.5-03-W1: "pub mod parser; // PRE-EXISTING (core/src/parser.rs has Symbol)")', async () => {
    const block = ['```rust', 'pub mod parser; // PRE-EXISTING (api/login.ts has Symbol)', '//! (api/login.ts lines 487-536) is the byte-equivalent', 'include_str!("src/api/gone.ts");', '```', '```', 'cargo run -- eval --queries src/api/queries.json', '```'];
    expect(await pathProblems(ticket([], block))).toEqual([
      "path-exists warning 7:34 Path 'api/login.ts' is written from a subfolder; from the repository root it is 'src/api/login.ts'",
      "path-exists warning 8:6 Path 'api/login.ts' is written from a subfolder; from the repository root it is 'src/api/login.ts'",
    ]);
  });
});

describe('a mention from `/`', () => {
  it('is read from the repository root when the repository has its first folder, and is a route or a machine path otherwise (held out: travelliu/stock p4-http-layer)', async () => {
    const found = await pathProblems(
      ticket([], ['- [ ] `make build` produces `bin/stockd` that starts and serves `/api/auth/login`, `/api/stocks`, `/swagger/index.html`', 'See `/docs/guide.md` and `/docs/missing.md`.']),
    );
    expect(found).toEqual(["path-exists error 7:27 Path '/docs/missing.md' does not exist; if the ticket creates it, mark it (new)"]);
  });
});

describe('prose: only a path with a folder and a name is a word of prose read as a path', () => {
  it('leaves a lone folder word, a pattern and a question mark alone (gram-data-gram-hs and splkm97 tasks.md Prerequisites, codenexus 05-W5, 260427-h71)', async () => {
    const lines = [
      '**Prerequisites**: plan.md (required), research.md, data-model.md, contracts/',
      '- **OQ-W5-02:** docs/MCP-AFFORDANCE.md placement -- under docs/ alongside ARCHITECTURE.md? Or under .planning/? Locked: docs/',
      '- [ ] 10 new .go files exist under src/cmd, src/internal/{proxy,supervisor,health,mcpsrv}',
    ];
    expect(await pathProblems(ticket([], lines), 'specs/001-/tasks-notes.md')).toEqual([
      "path-exists error 7:17 Path 'docs/MCP-AFFORDANCE.md' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });
});

describe('intent: a path the ticket creates or deletes is not missing', () => {
  it.each([
    ['Create `src/api/expiry.ts` with the rule.'],
    ['Add `src/api/expiry.ts`.'],
    // held out: Akekarat/ai.bonus tasks.json:97, "1. Create/modify pages/index.tsx"
    ['1. Create/modify `src/api/expiry.ts` with the rule.'],
    // 2233admin-codenexus 05-W1-PLAN
    ['**Step D -- write integration tests** in `src/api/login.ts` (or a new `tests/remember_symbol_note.rs` integration test file).'],
    // belarusian-fourseer TICKET-022
    ['In `tests/test_report.py` (or a new `tests/test_report_render.py`), add:'],
    ['`src/api/expiry.ts` created with tests.'],
    // mrlesk-backlog-md back-102.1
    ['- [ ] New file `.github/copilot-instructions.md` exists with guidance derived from `docs/guide.md`.'],
    ['`src/api/expiry.ts` (does not exist yet) holds the rule.'],
    ['Delete `src/api/legacy.ts` once nothing imports it.'],
    // held out: ThatDevStudio/ztlctl 03-01-PLAN.md:59, a label's list of files
    ['Output: `src/api/expiry.ts` (the model), `src/api/limits.ts` (the limiter), updated `src/api/login.ts`.'],
    // mrlesk-backlog-md back-200, gram-data-gram-hs specs/029 tasks.md: the ticket makes the path a condition
    ['- [ ] #8 If .claude/claude.yaml already exists, merge new commands intelligently'],
    ['- [ ] T131 [P] Update `src/api/README.md` (if exists) to document the modules'],
  ])('%s', async (line) => {
    expect(await pathProblems(ticket([], [line]))).toEqual([]);
  });

  it('takes a list under a bold "Files to Create" label for files the ticket creates, as under such a heading (held out: Dragosjosan/visual-rag task-002, "**Key Files to Create:**")', async () => {
    const lines = ['**Key Files to Create:**', '- `src/api/fresh.ts`', '- `src/api/__init__.py`', '', 'Then wire `src/api/fresh.ts` into `src/api/login.ts`.', '', '**Key Files:**', '- `src/api/gone.ts`'];
    expect(await pathProblems(ticket([], lines))).toEqual(["path-exists error 13:4 Path 'src/api/gone.ts' does not exist; if the ticket creates it, mark it (new)"]);
  });

  it("takes a declared file labelled as a build's output for one the work makes (held out: isaacfinnegan/whispercode migrate-to-native-tauri-http: \"- Output: `packages/android/…/app-universal-debug.apk`\")", async () => {
    const lines = ['- Output: `src/api/build/app-debug.apk`', '- Outputs `src/api/build/app-release.apk`', '- Reference: `src/api/build/notes.txt`'];
    expect(await pathProblems(ticket(lines))).toEqual(["path-exists error 10:15 Path 'src/api/build/notes.txt' does not exist"]);
  });

  it('takes "(new file)" or "(new - 17 tests)" for a new file, and "(new `mod tests`)" for something new in a file that is there (2233admin-codenexus 05-W0, crjfisher-ariadne task-epic-11)', async () => {
    const lines = ['- `src/api/expiry.ts` (new file)', '- `src/api/limits.ts` (new - 17 comprehensive tests)', '**Step D -- write unit tests** in `src/api/gone.ts` (new `mod symbol_notes_tests` and `mod adrs_tests`).'];
    expect(await pathProblems(ticket([], lines))).toEqual(["path-exists error 8:36 Path 'src/api/gone.ts' does not exist; if the ticket creates it, mark it (new)"]);
  });

  it('takes a path the ticket says is not there as known to be missing, wherever its file names it (obra-superpowers pi-extension-and-evals, lift-drill)', async () => {
    const lines = [
      'Create tests that import `src/api/expiry.ts`.',
      'Expected: FAIL because `src/api/expiry.ts` does not exist and `package.json` lacks the `pi` manifest.',
      '- [ ] **Step 4: Implement `src/api/expiry.ts`**',
      'Expected: empty output (or only untracked `.opencode/package-lock.json`, which is fine).',
      'Then update `src/api/gone.ts`.',
    ];
    expect(await pathProblems(ticket([], lines))).toEqual(["path-exists error 10:14 Path 'src/api/gone.ts' does not exist; if the ticket creates it, mark it (new)"]);
  });

  it('takes a file one step of a plan creates as still to be written where a later step names it', async () => {
    const plan = [
      '# Lift the skills core',
      '',
      '### Task 1: Create the core',
      '**Files:**',
      '- Create: `lib/skills-core.js`',
      '',
      '### Task 2: Extract discovery',
      '**Files:**',
      '- Modify: `lib/skills-core.js`',
      '- Modify: `src/api/gone.ts`',
      '',
      'Run: `node -c lib/skills-core.js`',
      '',
    ].join('\n');
    expect(await pathProblems(plan, 'docs/superpowers/plans/2026-01-01-lift.md')).toEqual(["path-exists error 10:12 Path 'src/api/gone.ts' does not exist; if the ticket creates it, mark it (new)"]);
  });
});

describe("a table row's action cell is the verb of its path", () => {
  it('takes Create in the row, before or after the path, as a file the work creates, and Modify as one that is there (held out: fowles/stochastic-strength File Maps)', async () => {
    const rows = [
      '| Action | Path | Purpose |',
      '|--------|------|---------|',
      '| **Create** | `src/api/expiry.ts` | Room entity for append-only coefficient log |',
      '| **Modify** | `src/api/gone.ts` | Add entity + DAO |',
      '',
      '| File | Action |',
      '|------|--------|',
      '| `src/api/limits.ts` | **Create** — new interface |',
      '| `src/api/gone2.ts` | **Modify** — implement `CoefficientSource` |',
    ];
    expect(await pathProblems(ticket([], rows))).toEqual([
      "path-exists error 9:17 Path 'src/api/gone.ts' does not exist; if the ticket creates it, mark it (new)",
      "path-exists error 14:4 Path 'src/api/gone2.ts' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });
});

describe('the file a command runs', () => {
  it('is meant where the command runs: a program written as a path, or the file an interpreter runs (held out: tower-guidev2/wonderland air-gap-surveillance:124, 0jrm/gsd-unsupervised 01-01-PLAN:91; obra-superpowers codex-app-compatibility:560)', async () => {
    const plan = [
      '# Plan',
      '',
      '### Task 1: Catalog',
      '',
      '**Files:**',
      '- Modify: `lib/report.py`',
      '',
      '- [ ] **Step 3: Verify catalog parses**',
      '',
      'Run: `./gradlew --no-daemon :alice:core:surveillance:dependencies`',
      '',
      '```bash',
      './tests/skill-triggering/run-all.sh 2>/dev/null || echo "Skill triggering tests not available in this environment"',
      'sudo bin/serve --port 8080',
      'bash tools/check.sh',
      'npx tsc --noEmit',
      '```',
      '',
    ].join('\n');
    expect(await pathProblems(plan, 'docs/superpowers/plans/2026-01-01-plan.md')).toEqual([
      "path-exists error 10:7 Path './gradlew' does not exist, and the command on this line runs it",
      "path-exists error 13:1 Path './tests/skill-triggering/run-all.sh' does not exist, and the command on this line runs it",
      "path-exists error 14:6 Path 'bin/serve' does not exist, and the command on this line runs it",
      "path-exists error 15:6 Path 'tools/check.sh' does not exist, and the command on this line runs it",
    ]);
  });

  it('is not looked for where it is no program: a path with a space in a code span, a list of names in braces, a file the plan creates first, a build output git ignores, an installed environment (mrlesk-backlog-md back-600:24, 2233admin-codenexus 04.5-03-W1:62 and W4:667, obra-superpowers codex-app-compatibility:506; held out: 17325764331/1024 mcp-bootstrap tasks.md:33, evilkels/ai-clip-assembler real-footage-qa:132)', async () => {
    const plan = [
      '# Plan',
      '',
      '### Task 1: Detection test',
      '',
      '**Files:**',
      '- Create: `tests/codex-app-compat/test-environment-detection.sh`',
      '- File: `docs/Implementation Logs/.gitkeep`',
      '',
      'Given a file `docs/nested/doc-2 - Shadow.md` whose frontmatter says `id: doc-99`.',
      '',
      '- `parser/src/plugin/{mod.rs, manifest.rs, profile.rs, loader.rs}` -- verbatim from sentrux',
      '',
      '```bash',
      'chmod +x tests/codex-app-compat/test-environment-detection.sh',
      './tests/codex-app-compat/test-environment-detection.sh',
      'backend/.venv/bin/python lib/report.py',
      'cd experiments/poc-retrieval && cargo build --release && ./target/release/codenexus-core index',
      '```',
      '',
    ].join('\n');
    expect(await pathProblems(plan, 'docs/superpowers/plans/2026-01-01-plan.md')).toEqual([]);
  });
});

describe('"In `x`, …": the work happens inside a file, which must be there', () => {
  it('takes a file a sentence opens with "In" as one the work changes, not one it may deliver (held out: AcidicSoil/codex-session-viewer tasks.json:602 "In `src/components/AllSessionsModal.tsx`:\\n1. Add a new state variable")', async () => {
    const text = [
      '# Sort sessions',
      '',
      '## Goal',
      'Sort the sessions by date.',
      '',
      '## Acceptance Criteria',
      '- [ ] In `src/api/sessions-modal.ts`, the list is sorted newest first',
      '- [ ] In both `src/api/login.ts` and `src/api/welcome.ts`, the default sort is the newest',
      '- [ ] `src/api/sort-report.md` lists the orders tried',
      '',
    ].join('\n');
    expect(await pathProblems(text)).toEqual([
      "path-exists error 7:11 Path 'src/api/sessions-modal.ts' does not exist; if the ticket creates it, mark it (new)",
      "path-exists error 8:39 Path 'src/api/welcome.ts' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });
});

describe('what the work takes from a path ("port logic from `x`", "per `x`") must be there', () => {
  it('reports a source a plan step takes from, unless another step writes it; the source of a move is left behind (held out: 23systems-clance/23-Systems-Agents 006 tasks.md:83 "port logic from `.github/workflows/auto-merge.yml`", :87; 082131/tahimik-tool 002 tasks.md:212)', async () => {
    const tasks = [
      '# Tasks: Merge',
      '',
      '- [ ] T001 Implement `src/api/merge.ts` — port logic from `.github/workflows/auto-merge.yml`',
      '- [ ] T002 Implement `src/api/notify.ts` — call `createNotification()` from `src/api/notifications.ts`',
      '- [ ] T003 Write the merge test in `tests/test_merge.py`',
      '- [ ] T004 Reconcile T003 with `tests/test_report.py` — extend it from `tests/test_merge.py`',
      '- [ ] T005 Keep `src/api/login.ts` (moved from `src/api/old-login.ts`) as it is',
      '- [ ] T006 Implement `src/api/session.ts` per `docs/session-spec.md`',
      '',
    ].join('\n');
    expect(await pathProblems(tasks, 'specs/001-/tasks.md')).toEqual([
      "path-exists error 3:60 Path '.github/workflows/auto-merge.yml' does not exist",
      "path-exists error 4:78 Path 'src/api/notifications.ts' does not exist; if the ticket creates it, mark it (new)",
      "path-exists error 8:48 Path 'docs/session-spec.md' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });
});

describe('a file a step of a plan writes, named by the tail of a tracked path', () => {
  it('is that file, written from a subfolder: a warning, as any such path is, unless the ticket says it is not there (held out: AaronXu07/Playlist-Cleaner core-polling-engine tasks.md:221, "File: `src/__tests__/poller.test.js`")', async () => {
    const tasks = [
      '# Tasks: Loader',
      '',
      '- [ ] T001 Caching for the loader: `model/loader.ts`',
      '- [ ] T002 Implement the loader in `web/src/model/gone.ts`',
      '- [ ] T003 Expected: FAIL because `e2e/login.spec.ts` does not exist yet',
      '',
    ].join('\n');
    expect(await pathProblems(tasks, 'specs/001-/tasks.md')).toEqual([
      "path-exists warning 3:37 Path 'model/loader.ts' is written from a subfolder; from the repository root it is 'app/web/src/model/loader.ts'",
    ]);
  });
});

describe('a later step changes what an earlier step of its plan writes', () => {
  it('takes a file an earlier open step writes where it is not yet as there for a later step to change; one no earlier step writes must be there (held out: 493-Property-Estimator/Capstone-Test-Repo 001 tasks.md:32 then :60)', async () => {
    const tasks = [
      '# Tasks: Estimate',
      '',
      '- [ ] T005 [Foundation] Define shared backend request/response models in `src/api/address.ts` (depends on T001)',
      '- [ ] T016 [US1] Extend backend request/response models for estimate by street address in `src/api/address.ts` (depends on T005)',
      '- [ ] T017 [US1] Extend the session models in `src/api/session.ts`',
      '- [ ] T018 [US1] Define the session models in `src/api/session.ts`',
      '',
    ].join('\n');
    expect(await pathProblems(tasks, 'specs/001-/tasks.md')).toEqual([
      "path-exists error 5:48 Path 'src/api/session.ts' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });
});

describe('a file a ticket creates that a tracked file of a package already is', () => {
  it('is written from a subfolder when the repository has no top-level folder of it; under one it has, it is a new file (held out: AB-Office/cloudinbox mail-reception tasks.md:35, an app under apps/web_app/)', async () => {
    const tasks = [
      '# Implementation Plan',
      '',
      '- [ ] 2.1 (P) Firebase初期化サービスを実装する',
      '  - `model/loader.ts`を作成する',
      '  - Create `src/model/loader.ts` and `src/api/login.ts`',
      '',
    ].join('\n');
    expect(await pathProblems(tasks, '.kiro/specs/mail/tasks.md')).toEqual([
      "path-exists warning 4:6 Path 'model/loader.ts' is written from a subfolder; from the repository root it is 'app/web/src/model/loader.ts'",
    ]);
  });
});

describe('the words before a path on a long line', () => {
  it('are read from a whole word when the window is cut short of the line: its cut opens no sentence (held out: 493-Property-Estimator/Capstone-Test-Repo 002 tasks.md:32, the fifth path after "… interfaces in")', async () => {
    const B = '`backend/src/services/';
    const tasks = ['# Tasks: Services', '', `- [ ] T006 [P] Implement shared interfaces in ${B}a.py\`, ${B}b.py\`, ${B}c.py\`, ${B}d.py\`, ${B}e.py\`, and ${B}f.py\` (depends on T001)`, ''].join('\n');
    expect(await pathProblems(tasks, 'specs/001-/tasks.md')).toEqual([]);
  });
});

describe('a path with folders left out and no mark', () => {
  it('names the one tracked file of its name whose folders hold the written ones in order, when mentioned; a declared path is missing as written, and one no file holds is talk (held out: isaacfinnegan/whispercode mobile-keyboard-guard.md:404 "`ui/components/dialog.tsx`" for packages/ui/src/components/dialog.tsx)', async () => {
    const text = ticket(
      ['- `app/web/model/gone.ts`'],
      [
        '| # | File | Focus site |',
        '|---|------|-----------|',
        '| 1 | `app/model/loader.ts` | `onOpenAutoFocus` |',
        '| 2 | `web/src/login.ts` | `onMount` |',
      ],
    );
    expect(await pathProblems(text)).toEqual([
      "path-exists warning 8:8 Path 'app/model/loader.ts' leaves folders out; in full it is 'app/web/src/model/loader.ts'",
      "path-exists error 12:4 Path 'app/web/model/gone.ts' does not exist",
    ]);
  });
});

describe('a block of code whose first line is a comment naming a file', () => {
  it('is the content of that file, which the block writes; a comment that says more is prose (held out: Akekarat/ai.bonus tasks.json:167)', async () => {
    const body = ['```ts', '// src/api/expiry.ts', 'export const dayMs = 86_400_000;', '```', '', '```ts', '// Moved here from src/api/gone.ts', 'export {};', '```'];
    expect(await pathProblems(ticket([], body))).toEqual(["path-exists error 12:20 Path 'src/api/gone.ts' does not exist; if the ticket creates it, mark it (new)"]);
  });
});

describe("a path written from the ticket's own folder", () => {
  it("is there, as a link is read from there (spec-kit's Prerequisites: held out: 899ms/loretide 006 tasks.md:5 \"contracts/trace-waterfall.md\", 3DSceneAgent/Vibe3DScene 001 tasks.md:4)", async () => {
    const tasks = ['# Tasks: Expiry', '', '**Prerequisites**: plan.md, spec.md, `contracts/api.md`', '', '- [ ] T001 Read `contracts/api.md` and implement it in src/api/login.ts', '- [ ] T002 Update src/api/gone.ts', ''].join('\n');
    expect(await pathProblems(tasks, 'specs/001-/tasks.md')).toEqual(["path-exists error 6:19 Path 'src/api/gone.ts' does not exist; if the ticket creates it, mark it (new)"]);
  });
  it('is there when it names a folder as a folder, `contracts/` (round 29: 1070470144/xueranzhonglou-wx 003 tasks.md:8)', async () => {
    const tasks = ['# Tasks: Expiry', '', '**Prerequisites**: `plan.md` (required), `spec.md` (required), `contracts/`, `quickstart.md`', '', '- [ ] T001 Update src/api/gone.ts', ''].join('\n');
    expect(await pathProblems(tasks, 'specs/001-/tasks.md')).toEqual(["path-exists error 5:19 Path 'src/api/gone.ts' does not exist; if the ticket creates it, mark it (new)"]);
  });
});

describe("a task line of spec-kit or Kiro is a sentence that holds the task's files, not a field of paths", () => {
  it('takes a code span in it for a path only when it looks like one: a time zone or a package is code (held out: 899ms/loretide 004 tasks.md:25 "响应为 `Asia/Shanghai`", then "默认 Asia/Shanghai" at :31)', async () => {
    const tasks = [
      '# Tasks: Time zone',
      '',
      '- [x] T006 `src/api/login.ts`: answer `Asia/Shanghai` when unset; import `time/tzdata`',
      '- [ ] T007 Update `src/api/gone.ts` to match',
      '',
      '**Goal**: default Asia/Shanghai; invalid 400.',
      '',
    ].join('\n');
    expect(await pathProblems(tasks, 'specs/001-/tasks.md')).toEqual(["path-exists error 4:20 Path 'src/api/gone.ts' does not exist; if the ticket creates it, mark it (new)"]);
  });
});

describe('an open acceptance criterion says what will be true once the work is done', () => {
  it('takes a path it names without a verb as what the work may deliver; a checked one, a changed one or one in the goal must be there (held out: 007U5H4R/udgam task-22, task-4)', async () => {
    const text = [
      '# Evaluation run',
      '',
      '## Goal',
      'Measure the run against `experiments/poc-retrieval/eval/goal-run.json`.',
      '',
      '## Acceptance Criteria',
      '<!-- AC:BEGIN -->',
      '- [ ] #1 `experiments/poc-retrieval/eval/run-v1.json` + `experiments/poc-retrieval/eval/report-v1.md` from real output',
      '- [ ] #5 `experiments/poc-retrieval/eval/baseline-v0.json` committed (EV13)',
      '- [ ] #6 Update `src/api/gone.ts` to read it',
      '- [x] #7 `experiments/poc-retrieval/eval/done-run.json` published',
      '<!-- AC:END -->',
      '',
    ].join('\n');
    expect(await pathProblems(text)).toEqual([
      "path-exists error 4:26 Path 'experiments/poc-retrieval/eval/goal-run.json' does not exist; if the ticket creates it, mark it (new)",
      "path-exists error 10:18 Path 'src/api/gone.ts' does not exist; if the ticket creates it, mark it (new)",
      "path-exists error 11:11 Path 'experiments/poc-retrieval/eval/done-run.json' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });
});

describe("a plan's Files list: Create makes a file, Test may, every other field names one that is there", () => {
  const PLAN = 'docs/superpowers/plans/2026-01-01-plan.md';

  it('checks a Rewrite: or Reference: file and a Test: of a file that is no test, but not a new test file nor a step joined to the list', async () => {
    const plan = [
      '# Plan',
      '',
      '### Task 1: Rewrite the per-task quality reviewer prompt as self-contained',
      '',
      '**Files:**',
      // obra-superpowers 2026-06-09-sdd-task-scoped-review-dispatch.md:22
      '- Rewrite: `skills/subagent-driven-development/code-quality-reviewer-prompt.md`',
      // obra-superpowers 2025-11-22-opencode-support-implementation.md:19
      '- Reference: `.codex/superpowers-codex` (lines 40-74)',
      '- Test: `tests/api/login.test.ts`',
      '',
      // obra-superpowers 2026-05-06-lift-drill-into-evals.md:277: Markdown joins the step to the list
      '- [ ] **Step 1: Read the current cli.py header**',
      '',
      '### Task 2: Verify',
      '',
      '**Files:**',
      '- Test: `.codex/superpowers-codex`',
      '',
    ].join('\n');
    expect(await pathProblems(plan, PLAN)).toEqual([
      "path-exists error 6:13 Path 'skills/subagent-driven-development/code-quality-reviewer-prompt.md' does not exist",
      "path-exists error 7:15 Path '.codex/superpowers-codex' does not exist",
      "path-exists error 15:10 Path '.codex/superpowers-codex' does not exist",
    ]);
  });

  it('reads a remark after the paths of a field as prose (obra-superpowers lift-drill: "- Modify: `.gitignore` — add `evals/results/`, `evals/.venv/`, `evals/.env`")', async () => {
    const plan = ['# Plan', '', '### Task 1: Ignore the evals outputs', '', '**Files:**', '- Modify: `.gitignore` — add `evals/results/`, `evals/.venv/`, `evals/.env`', ''].join('\n');
    expect(await pathProblems(plan, PLAN)).toEqual([]);
  });

  it('takes a glob over a folder a step creates as its files to come, and one a step changes as files that are there (held out: ALSEDLAH/bifrost 001 tasks.md:525, "Scaffold `plugins/alerts/` …; dispatchers in `plugins/alerts/{slack,webhook,email}.go`")', async () => {
    const tasks = [
      '# Tasks: Alerts',
      '',
      '- [ ] T158 Scaffold `src/alerts/` with `go.mod`; dispatchers in `src/alerts/{slack,webhook}.go`.',
      '- [ ] T159 Update the dispatchers in `src/gone/{slack,webhook}.go`.',
      '',
    ].join('\n');
    expect(await pathProblems(tasks, 'specs/001-/tasks.md')).toEqual(["path-exists error 4:39 Glob 'src/gone/{slack,webhook}.go' matches no tracked file"]);
  });

  it('takes the files of a folder the plan creates as created with it (obra-superpowers lift-drill: "- Create: `evals/` (entire directory tree from drill, minus excludes)")', async () => {
    const plan = [
      '# Plan',
      '',
      '### Task 3: rsync drill into evals/',
      '',
      '**Files:**',
      '- Create: `evals/` (entire directory tree from drill, minus excludes)',
      '',
      '### Task 5: Add SUPERPOWERS_ROOT default helper',
      '',
      '**Files:**',
      '- Modify: `evals/drill/cli.py:11-14`',
      '',
    ].join('\n');
    expect(await pathProblems(plan, PLAN)).toEqual([]);
  });

  it('reads a Create: label with a remark, and a path under a shell variable as no path of the repository (obra-superpowers sdd-plan-scoped-workspace)', async () => {
    const plan = ['# Plan', '', '### Task 4: GREEN eval', '', '**Files:**', '- Create (temp only, not committed): `$EVAL_ROOT/make-fixture.sh` (v3, below), `tests/fixtures/v3.sh`', ''].join('\n');
    expect(await pathProblems(plan, PLAN)).toEqual([]);
  });

  it('does not take a folder that is there for one the plan creates (obra-superpowers sdd-plan-scoped-workspace: "mkdir -p docs/plans src")', async () => {
    const plan = ['# Plan', '', '### Task 4: Build the fixture', '', '```bash', 'mkdir -p docs/plans src', '```', '', 'Read `docs/plans/2026-07-01-widget-backend.md` first.', ''].join('\n');
    expect(await pathProblems(plan, PLAN)).toEqual(["path-exists error 9:7 Path 'docs/plans/2026-07-01-widget-backend.md' does not exist; if the ticket creates it, mark it (new)"]);
  });
});

describe('a file the plan creates, by its name', () => {
  it('is still to be written where a later step runs it by name (obra-superpowers zero-dep-brainstorm-server: "node server.js")', async () => {
    const plan = [
      '# Plan',
      '',
      '### Task 1: Write the server',
      '',
      '**Files:**',
      '- **Create:** `skills/brainstorming/scripts/server.js` — the zero-dep replacement',
      '',
      '```bash',
      'BRAINSTORM_DIR=/tmp/brainstorm-smoke BRAINSTORM_PORT=9876 node server.js',
      '```',
      '',
    ].join('\n');
    expect(await pathProblems(plan, 'docs/superpowers/plans/2026-01-01-plan.md')).toEqual([]);
  });
});

describe('a path the file declares is meant for this repository wherever the file names it', () => {
  it('checks a command that names a declared file, however unlike a path it looks (obra-superpowers opencode-support-implementation: "Run: `node -c .codex/superpowers-codex`")', async () => {
    const plan = ['# Plan', '', '### Task 1: Extract', '', '**Files:**', '- Modify: `.codex/superpowers-codex` (lines 40-74)', '', 'Run: `node -c .codex/superpowers-codex`', ''].join('\n');
    expect(await pathProblems(plan, 'docs/superpowers/plans/2026-01-01-plan.md')).toEqual([
      "path-exists error 6:12 Path '.codex/superpowers-codex' does not exist",
      "path-exists error 8:15 Path '.codex/superpowers-codex' does not exist",
    ]);
  });

  it('takes a file the plan deletes as gone wherever it names it, and Delete: in bold as Delete: (obra-superpowers visual-brainstorming-refactor, zero-dep-brainstorm-server)', async () => {
    const plan = [
      '# Plan',
      '',
      '| File | Action |',
      '|------|--------|',
      '| `lib/brainstorm-server/wait-for-feedback.sh` | Delete |',
      '',
      '### Task 5: Delete wait-for-feedback.sh',
      '',
      '**Files:**',
      '- Delete: `lib/brainstorm-server/wait-for-feedback.sh`',
      '- **Delete:** `skills/brainstorming/scripts/index.js`',
      '',
      '```bash',
      'git add -u lib/brainstorm-server/wait-for-feedback.sh',
      '```',
      '',
    ].join('\n');
    expect(await pathProblems(plan, 'docs/superpowers/plans/2026-01-01-plan.md')).toEqual([]);
  });

  it('takes the source of a move as a deleted file: once moved it is gone, wherever the plan names it (held out: shaominngqing/flog plan2-dual-tab-network-domain)', async () => {
    const plan = [
      '# Plan',
      '',
      '### Task 6: Move UI Files to `src/ui/logs/` Subdirectory',
      '',
      '**Files:**',
      '- Move: `src/ui/timeline.rs` → `src/ui/logs/timeline.rs`',
      '- Rename `src/api/old_name.ts` to `src/api/login.ts`',
      '- Modify: `src/api/gone.ts`',
      '',
      '```bash',
      'git mv src/ui/timeline.rs src/ui/logs/timeline.rs',
      'mv lib/stats.rs lib/report.py',
      'cp lib/copied.rs lib/report.py',
      '```',
      '',
    ].join('\n');
    expect(await pathProblems(plan, 'docs/superpowers/plans/2026-01-01-plan.md')).toEqual([
      "path-exists error 8:12 Path 'src/api/gone.ts' does not exist; if the ticket creates it, mark it (new)",
      // cp leaves its source where it is: it must be there.
      "path-exists error 13:4 Path 'lib/copied.rs' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });
});

describe('a file a command writes', () => {
  it('takes the target of an output redirection as written by the command, there before or not; what the command reads must be there (held out: travelliu/stock p1-shared-libs)', async () => {
    const plan = [
      '# Plan',
      '',
      '### Task 3: Python fixtures',
      '',
      '**Files:**',
      '- Modify: `lib/report.py`',
      '',
      '```bash',
      // The held-out line writes into pkg/analysis/testdata/; here into lib/, which the repository has.
      'python lib/report.py 600519 1620 1655 1601 1632 > lib/600519.json',
      'python lib/report.py 000001 >> lib/all.json 2> lib/errors.log',
      'python lib/dump.py 159915 > docs/guide.md',
      'python lib/report.py < lib/input.json',
      '```',
      '',
    ].join('\n');
    expect(await pathProblems(plan, 'docs/superpowers/plans/2026-01-01-plan.md')).toEqual([
      "path-exists error 11:8 Path 'lib/dump.py' does not exist, and the command on this line runs it",
      "path-exists error 12:24 Path 'lib/input.json' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });
});

describe('where pointers stand', () => {
  it('checks the text of a task list outside its tasks: every task’s agent reads it (gram-data-gram-hs specs/015 tasks.md)', async () => {
    const tasks = [
      '# Tasks: Integration polish',
      '',
      '**Independent Test**: Review module exports by examining `src/Pattern/Core.hs` export list.',
      '',
      '- [ ] T001 Add Haddock docs in `src/api/login.ts`',
      '',
    ].join('\n');
    const report = await lintTexts({ 'specs/015-integration-polish/tasks.md': tasks }, { repository: { ...REPOSITORY, 'src/Pattern.hs': '', 'src/Pattern/Graph.hs': '' } });
    expect(report.diagnostics.filter((d) => d.rule === 'path-exists').map((d) => `${d.file} ${describeDiagnostic(d)} ${d.ticket ?? '-'}`)).toEqual([
      "specs/015-integration-polish/tasks.md 3:59 Path 'src/Pattern/Core.hs' does not exist; if the ticket creates it, mark it (new) -",
    ]);
  });

  it("reads a bug report's Evidence as what was observed: its paths are mentions (belarusian-fourseer TICKET-001)", async () => {
    const bug = [
      '# TICKET-001: Typed data models',
      '',
      '## Title',
      '`src/api/login.ts` — pure dataclasses.',
      '',
      '## Evidence',
      'The seed dataset (`/home/sasha/AI/fourseer/seed`) defines the shapes:',
      '- `trajectories/*.json` → `{"outcome": str}`',
      '- `gate-log.md` → a table',
      '',
      '## Suggestion',
      'Add the models.',
      '',
    ].join('\n');
    expect(await pathProblems(bug, 'tickets/TICKET-001.md')).toEqual([]);
  });
});
