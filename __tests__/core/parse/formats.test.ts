import { describe, expect, it } from '@jest/globals';
import { parseTicketFile } from '../../../src/core/parse/parse-ticket-file.js';
import { readTicketFile } from '../../../src/core/parse/read-ticket-file.js';
import type { Pointer, Ticket } from '../../../src/core/parse/ticket.js';
import { RepositoryView, inMemoryHost } from '../../../src/core/repository/repository-view.js';
import { corpusRepository } from '../../helpers/corpus.js';
import { configOf } from '../../helpers/lint-fixture.js';

/** A ticket file of a corpus, read as lint reads it in that corpus's repository. */
function corpusFile(corpus: string, path: string) {
  const { repository } = corpusRepository(corpus);
  return readTicketFile(path, repository, configOf());
}

function inMemory(files: Record<string, string>, path: string, config = {}) {
  return readTicketFile(path, new RepositoryView(inMemoryHost(files)), configOf(config));
}

const where = (ticket: Ticket | undefined) => `${ticket?.id} ${ticket?.line}-${ticket?.endLine}`;
const declared = (ticket: Ticket | undefined) =>
  (ticket?.pointers ?? []).filter((pointer: Pointer) => pointer.declared).map((pointer) => `${pointer.line}:${pointer.column} ${pointer.path}${pointer.isNew ? ' new' : ''}`);

describe('spec-kit (a real tasks.md)', () => {
  const file = corpusFile('splkm97-texasholdemcalculator', 'specs/001-/tasks.md');
  const task = (id: string) => file.tickets.find((ticket) => ticket.id === id);

  it('is a plan of one ticket per task, each at its own line, ids the plan’s own', () => {
    expect(file.format).toBe('spec-kit');
    expect(file.tickets).toHaveLength(60);
    expect(where(task('T001'))).toBe('T001 43-43');
    expect(task('T001')?.idKey).toBe('specs/001-/tasks.md#T001');
    expect(task('T003')).toMatchObject({ title: 'Configure TypeScript strict mode in tsconfig.json', unit: 'step', requiredSections: [] });
  });

  it('reads [P] as parallel within its phase, the paths of the description as declared, and an unchecked task as open', () => {
    expect(task('T003')).toMatchObject({ parallel: true, parallelScope: 'specs/001-/tasks.md#Phase 3.1: Setup', lifecycle: { state: 'open' } });
    expect(task('T001')?.parallel).toBe(false);
    expect(declared(task('T003'))).toEqual(['45:52 tsconfig.json']);
    expect(task('T003')?.pointers[0]?.planned).toBe(true);
  });

  it('reads a task slotted in after another by its letter (gram-data-gram-hs 014: T064a, T064b)', () => {
    const gram = corpusFile('gram-data-gram-hs', 'specs/014-gram-serialization/tasks.md');
    expect(gram.tickets.filter((ticket) => /^T064/.test(ticket.id ?? '')).map((ticket) => `${ticket.id} ${ticket.line}`)).toEqual(['T064 161', 'T064a 162', 'T064b 163', 'T064c 164']);
  });

  it('reads an id in brackets, as the markers after it are written (round 43: 13g7895123/free_youtube 004 tasks.md:11, :101)', () => {
    const plan = [
      '# Tasks: YouTube 瀏覽器擴充程式',
      '',
      '## Phase 1: Setup (專案初始化)',
      '',
      '- [X] [T001] [--] [--] 建立專案目錄結構 `browser-extension/` 並初始化 npm 專案 (`package.json`)',
      '- [ ] [T051] [P2] [US3] 實作播放清單不存在處理於 `src/popup/popup.js`：當 defaultPlaylistId 指向的播放清單已刪除時，提示使用者重新設定',
      '- [ ] [T052 Not an id: its bracket is not closed after it',
      '',
    ].join('\n');
    const tickets = inMemory({ 'specs/004/tasks.md': plan }, 'specs/004/tasks.md').tickets;
    expect(tickets.map((ticket) => `${ticket.id} ${ticket.line} ${ticket.lifecycle.state} ${ticket.parallel}`)).toEqual(['T001 5 done false', 'T051 6 open false']);
    expect(declared(tickets[1])).toEqual(['6:39 src/popup/popup.js']);
  });

  it('reads "depends on T012" in prose as a dependency', () => {
    const plan = '# Tasks\n\n## Phase 1\n- [ ] T001 Create src/a.ts\n- [x] T002 Wire src/b.ts (depends on T001)\n';
    const [first, second] = inMemory({ 'specs/x/tasks.md': plan }, 'specs/x/tasks.md').tickets;
    expect(second?.dependsOn).toEqual([{ id: 'T001', key: 'specs/x/tasks.md#T001', line: 5 }]);
    expect([first?.lifecycle.state, second?.lifecycle.state]).toEqual(['open', 'done']);
  });
});

describe('Kiro (a real tasks.md)', () => {
  const file = corpusFile('hummer98-sdd-orchestrator', '.kiro/specs/agent-ask-execution/tasks.md');

  it('is a ticket per numbered task, major tasks too, a checked task done', () => {
    expect(file.format).toBe('kiro');
    expect(file.tickets.slice(0, 3).map(where)).toEqual(['1 5-5', '1.1 6-10', '1.2 12-17']);
    expect(file.tickets[1]).toMatchObject({ title: 'project-ask.mdスラッシュコマンドを作成', parallel: true, lifecycle: { state: 'done', doneBecause: 'its task is checked' } });
    expect(file.tickets[1]?.parallelScope).toBe('.kiro/specs/agent-ask-execution/tasks.md#1');
  });

  it('reads _Depends on:_ as dependencies within the plan', () => {
    const plan = corpusFile('hummer98-sdd-orchestrator', '.kiro/specs/document-review-phase/tasks.md');
    const waiting = plan.tickets.find((ticket) => ticket.dependsOn.some((dependency) => dependency.id === '3.2'));
    expect(waiting?.dependsOn.map((dependency) => `${dependency.id}@${dependency.line}`)).toEqual(['3.1@62', '3.2@62']);
  });
});

describe('Backlog.md (a real task)', () => {
  const file = corpusFile('mrlesk-backlog-md', 'backlog/tasks/back-200 - Add-Claude-Code-integration-with-workflow-commands-during-init.md');

  it('takes id, title, status and dependencies from the frontmatter; ids match by number, whatever the prefix', () => {
    const [task] = file.tickets;
    expect(file.format).toBe('backlog-md');
    expect(task).toMatchObject({ id: 'BACK-200', idKey: 'backlog#200', title: 'Add Claude Code integration with workflow commands during init', lifecycle: { state: 'open' } });
    expect(task?.dependsOn.map((dependency) => `${dependency.id}→${dependency.key}@${dependency.line}`)).toEqual(['task-24.1→backlog#24.1@12', 'task-208→backlog#208@13']);
    expect(task?.requiredSections).toEqual(['goal', 'acceptance']);
  });

  it('declares the files of references and modified_files, and holds completed tasks done', () => {
    const task = corpusFile('mrlesk-backlog-md', 'backlog/tasks/back-368 - TUI-Add-section-aware-navigation-for-task-popup-and-detail-pane.md').tickets[0];
    expect(declared(task).slice(0, 2)).toEqual(['14:5 src/ui/board.ts', '15:5 src/ui/task-viewer-with-search.ts']);
    expect(task?.sections.find((section) => section.kind === 'context')?.heading).toBe('references');
    const done = corpusFile('mrlesk-backlog-md', 'backlog/completed/back-100.1 - Setup-React-project-structure-with-shadcn-ui.md').tickets[0];
    expect(done?.lifecycle.state).toBe('done');
  });
  it('places a reference written as a block scalar on the line its path is written (round 45: DerAlSem/sms-gate sg-26:12)', () => {
    const text = '---\nid: SG-26\ntitle: Handoff\nstatus: To Do\nreferences:\n  - >-\n    /Users/ana/dev/sms-gate/openspec/HANDOFF.md\n  - docs/plan.md\nordinal: 26000\n---\n\n## Description\nGo on.\n';
    const [task] = inMemory({ 'backlog/tasks/sg-26 - Handoff.md': text }, 'backlog/tasks/sg-26 - Handoff.md').tickets;
    expect(declared(task)).toEqual(['7:5 /Users/ana/dev/sms-gate/openspec/HANDOFF.md', '8:5 docs/plan.md']);
  });
});

describe('Backlog.md sections and id spaces', () => {
  it('reads headings between SECTION markers as the section\'s text, not as sections of their own', () => {
    const task = corpusFile('crjfisher-ariadne', 'backlog/tasks/task-201 - Fix-Rust-enum-impl-methods-not-attached-to-EnumDefinition.md').tickets[0];
    expect(task?.sections.map((section) => `${section.kind} ${section.heading} ${section.line}-${section.endLine} ${section.isEmpty ? 'empty' : 'full'}`)).toContainEqual(
      expect.stringMatching(/^goal Description 19-\d+ full$/),
    );
  });

  it('keeps drafts apart: a dependency on task-8 does not name DRAFT-8', () => {
    const text = '---\nid: DRAFT-8\ntitle: GUI\nstatus: To Do\ndependencies:\n  - task-8\n  - draft-2\n---\n\n## Description\nGUI.\n';
    const [draft] = inMemory({ 'backlog/drafts/draft-8 - GUI.md': text }, 'backlog/drafts/draft-8 - GUI.md').tickets;
    expect(draft?.idKey).toBe('backlog-draft#8');
    expect(draft?.dependsOn.map((dependency) => [dependency.key, ...(dependency.otherKeys ?? [])].join(' or '))).toEqual(['backlog#8 or backlog-archive#8', 'backlog-draft#2']);
  });
});

describe('GSD (a real plan)', () => {
  const [plan] = corpusFile('2233admin-codenexus', '.planning/phases/codenexus-04-parity/04-01-PLAN.md').tickets;

  it('is one ticket, its id the plan_id, its dependencies depends_on, its wave its parallel group', () => {
    expect(plan).toMatchObject({ format: 'gsd', id: '04-01', parallel: true, parallelScope: '.planning/phases/codenexus-04-parity#wave 1' });
    expect(plan?.dependsOn.map((dependency) => dependency.id)).toEqual(['04-00']);
  });

  it('declares files_modified and <files>, and finds its objective and checks', () => {
    expect(declared(plan)).not.toContain('233:87 R2.c');
    expect(declared(plan)).toEqual(expect.arrayContaining(['12:5 experiments/poc-retrieval/src/embedder.rs', '13:5 docs/ARCHITECTURE.md', '228:10 experiments/poc-retrieval/src/embedder.rs']));
    expect(plan?.sections.map((section) => `${section.kind} ${section.heading}`)).toEqual(expect.arrayContaining(['goal <objective>', 'acceptance <acceptance_criteria>/<verify>/<done>/<verification>/<success_criteria>']));
  });

  it('takes one criterion per task (its <acceptance_criteria>, <verify> and <done> check that task) and one per plan-level check', () => {
    const lift = corpusFile('2233admin-codenexus', '.planning/phases/codenexus-04.5-sentrux-adaptation-layer/04.5-03-W1-PLAN.md').tickets[0];
    // Four <task> elements (lines 233, 449, 615, 763), then <verification> (1050) and <success_criteria> (1060).
    expect(lift?.criteria.map((criterion) => criterion.line)).toEqual([419, 582, 733, 944, 1051, 1061]);
  });

  it("declares the files of its must_haves, as GSD's template defines them: artifacts (path entries or strings) and key_links (from, to)", () => {
    const plan = [
      '---',
      'phase: 02-api',
      'plan: 01',
      'files_modified: [server.js]',
      'must_haves:',
      '  truths:',
      '    - "scheduler/index.js is loaded at startup"',
      '  artifacts:',
      '    - path: "scheduler/index.js"',
      '      provides: "activeBroadcastJobs map"',
      '    - lib/auth/senha.ts',
      '  key_links:',
      '    - from: "routes/broadcasts.js"',
      '      to: "services/broadcastDelivery.js"',
      '      via: "broadcastDelivery.send(msg) in fire-now handler"',
      '    - from: "Main thread (searchConfig)"',
      '      to: "/api/chat"',
      '---',
      '<objective>Broadcast.</objective>',
      '',
    ].join('\n');
    const [read] = inMemory({ '.planning/phases/02-api/02-01-PLAN.md': plan }, '.planning/phases/02-api/02-01-PLAN.md').tickets;
    expect(declared(read)).toEqual(['4:18 server.js', '9:14 scheduler/index.js', '11:7 lib/auth/senha.ts', '13:14 routes/broadcasts.js', '14:12 services/broadcastDelivery.js']);
    expect(read?.pointers.every((pointer) => pointer.planned)).toBe(true);
  });

  it('holds a plan done by its summary whatever status its frontmatter was left at (round 45: ajandxx-cloud/work2_menu 04-01-PLAN.md, `status: pending`)', () => {
    const plan = (status: string): string => `---\nphase: 04\nplan: 01\nstatus: ${status}\n---\n<objective>Integrate.</objective>\n`;
    const folder = '.planning/milestones/v1.0-phases/04-manuscript-integration';
    const [ran] = inMemory({ [`${folder}/04-01-PLAN.md`]: plan('pending'), [`${folder}/04-01-SUMMARY.md`]: 'done' }, `${folder}/04-01-PLAN.md`).tickets;
    expect(ran?.lifecycle.state).toBe('done');
    const [waiting] = inMemory({ [`${folder}/04-01-PLAN.md`]: plan('pending') }, `${folder}/04-01-PLAN.md`).tickets;
    expect(waiting?.lifecycle.state).toBe('open');
    const [saidDone] = inMemory({ [`${folder}/04-01-PLAN.md`]: plan('done') }, `${folder}/04-01-PLAN.md`).tickets;
    expect(saidDone?.lifecycle.state).toBe('done');
  });

  it('names a plan <phase>-<plan> as written: phase 03.6 and plan 01 are done by 03.6-01-SUMMARY.md', () => {
    const plan = '---\nphase: 03.6\nplan: 01\n---\n<objective>Load.</objective>\n';
    const folder = '.planning/phases/03.6-loader';
    const [read] = inMemory({ [`${folder}/load-PLAN.md`]: plan, [`${folder}/03.6-01-SUMMARY.md`]: 'done' }, `${folder}/load-PLAN.md`).tickets;
    expect(read?.lifecycle.state).toBe('done');
  });

  it('holds a dependency met when the phase has a summary of that work, though it had no plan (04-04-FOLLOWUP-SUMMARY.md)', () => {
    const plan = corpusFile('2233admin-codenexus', '.planning/phases/codenexus-04-parity/04-05-PLAN.md').tickets[0];
    expect(plan?.dependsOn.map((dependency) => `${dependency.id}${dependency.met ? ' met' : ''}`)).toEqual(['04-01 met', '04-03 met', '04-04 met']);
  });

  it('is done once its summary is written (named after the plan file or its id), beside it or, archived, where its phase was when it ran', () => {
    const byId = corpusFile('2233admin-codenexus', '.planning/phases/03.6-candle-in-process-embedder-migration-qwen3-embedding-0-6b-gg/03.6-01-loader-and-equivalence-snapshot-PLAN.md').tickets[0];
    expect(byId).toMatchObject({ id: '03.6-01-loader-and-equivalence-snapshot', lifecycle: { state: 'done' } });
    const archived = corpusFile('d44b-pulltrace', '.planning/milestones/v0.1-phases/03-release-automation/03-01-PLAN.md').tickets[0];
    expect(archived?.lifecycle.state).toBe('done');
  });

  it('is open when archived with its milestone but never run: no summary beside it, nor where its <output> wrote it before the archive (held out: 4lph4-dvlp/GPTRPG v1.0-phases/05-1/05-06, 9thLevelSoftware/Project-Phoenix-MP; ThatDevStudio/ztlctl v2.0-phases/01-core-hardening/01-03)', () => {
    const plan = (output: string) => ['---', 'phase: 05-1', 'plan: 06', 'files_modified: [docs/log.md]', '---', '', '<objective>Run session 2.</objective>', '', '<output>', output, '</output>', ''].join('\n');
    const files = {
      '.planning/milestones/v1.0-phases/05-1/05-06-PLAN.md': plan('After completion, create `.planning/phases/05-1/05-06-SUMMARY.md`'),
      '.planning/milestones/v1.0-phases/01-core/01-03-PLAN.md': plan('After completion, create `.planning/phases/01-core/01-03-SUMMARY.md`'),
      '.planning/phases/01-core/01-03-SUMMARY.md': '# Summary\n',
    };
    expect(inMemory(files, '.planning/milestones/v1.0-phases/05-1/05-06-PLAN.md').tickets[0]?.lifecycle.state).toBe('open');
    expect(inMemory(files, '.planning/milestones/v1.0-phases/01-core/01-03-PLAN.md').tickets[0]?.lifecycle.state).toBe('done');
  });
});

describe('superpowers (a real plan)', () => {
  const file = corpusFile('obra-superpowers', 'docs/plans/2025-11-22-opencode-support-implementation.md');

  it('is a ticket per task heading, its **Files:** list declared, Create: a new file', () => {
    expect(file.format).toBe('superpowers');
    expect(where(file.tickets[0])).toBe('1 15-95');
    expect(file.tickets[0]?.idKey).toBe('docs/plans/2025-11-22-opencode-support-implementation.md#1');
    expect(declared(file.tickets[0])).toEqual(['18:12 lib/skills-core.js new', '19:15 .codex/superpowers-codex']);
  });

  it('ends a task at the next task heading, however deep (### Task 10 … #### Task 10a is not under Task 10)', () => {
    const lift = corpusFile('obra-superpowers', 'docs/superpowers/plans/2026-05-06-lift-drill-into-evals.md');
    expect(lift.tickets.map((ticket) => `${ticket.line}-${ticket.endLine}`).slice(9, 12)).toEqual(['657-688', '690-745', '747-795']);
  });

  it('leaves the design documents of its folders unread', () => {
    const design = corpusFile('obra-superpowers', 'docs/plans/2025-11-22-opencode-support-design.md');
    expect(design.format).toBeUndefined();
    expect(design).toMatchObject({ tickets: [], reason: 'it lies where a ticket tool keeps its files, but is not one of its ticket files' });
  });

  it('reads a file of its folders that states a goal and its acceptance as a ticket, though it has no task headings (held out: evilkels/ai-clip-assembler ui-polish-modern-shell.md)', () => {
    const plan = [
      '# Plan: Modern Professional UI Shell',
      '',
      '## Goal',
      'Make the desktop app feel like a modern tool.',
      '',
      '## Component Upgrades For Existing Surfaces',
      '',
      '| File | Today | After |',
      '|---|---|---|',
      '| `routes/Review.tsx` | Plain divs + ad-hoc styles | shadcn `Card` clip cards |',
      '',
      '## Acceptance',
      '- [ ] Every screen uses the shell.',
      '',
    ].join('\n');
    const file = inMemory({ 'docs/superpowers/plans/ui-polish-modern-shell.md': plan, 'frontend/src/renderer/src/routes/Review.tsx': '' }, 'docs/superpowers/plans/ui-polish-modern-shell.md');
    expect(file).toMatchObject({ format: 'single', tickets: [{ title: 'Plan: Modern Professional UI Shell' }] });
    expect(file.tickets[0]?.pointers.map((pointer) => `${pointer.line}:${pointer.column} ${pointer.path}`)).toEqual(['10:4 routes/Review.tsx']);
    const notes = inMemory({ 'docs/superpowers/plans/triage.md': '# React Doctor Triage\n\n## Batch 1\n- `components/Timeline.tsx:47`\n' }, 'docs/superpowers/plans/triage.md');
    expect(notes).toMatchObject({ tickets: [], reason: 'it lies where a ticket tool keeps its files, but is not one of its ticket files' });
  });
});

describe('Task Master', () => {
  it('reads tasks.json: a ticket per task at the lines of its object, with its status and dependencies', () => {
    const file = corpusFile('0xfauzi-testcraft', '.taskmaster/tasks/tasks.json');
    expect(file.format).toBe('task-master');
    const third = file.tickets.find((ticket) => ticket.id === '3');
    expect(third).toMatchObject({ title: 'Implement Configuration System', lifecycle: { state: 'done' }, idKey: '.taskmaster/tasks/tasks.json@master#3' });
    expect(third?.dependsOn.map((dependency) => dependency.key)).toEqual(['.taskmaster/tasks/tasks.json@master#1']);
    expect(third?.sections.map((section) => section.kind)).toEqual(['goal', 'context', 'acceptance']);
  });

  it('reads a task without its subtasks: they are tasks of their own', () => {
    const file = corpusFile('0xfauzi-testcraft', '.taskmaster/tasks/tasks.json');
    const first = file.tickets.find((ticket) => ticket.id === '1');
    expect(first?.text).toContain('"title"');
    expect(first?.text).not.toContain('"subtasks"');
    const text = corpusFile('0xfauzi-testcraft', '.taskmaster/tasks/task_001.txt').source.text;
    const alone = inMemory({ '.taskmaster/tasks/task_001.txt': text }, '.taskmaster/tasks/task_001.txt').tickets[0];
    expect(`${alone?.line}-${alone?.endLine}`).toBe('1-23');
    expect(alone?.text).not.toContain('# Subtasks:');
  });

  it('checks the paths its open subtasks name in their details with the task: a subtask has no ticket of its own', () => {
    const file = corpusFile('0xfauzi-testcraft', '.taskmaster/tasks/tasks.json');
    const paths = (id: string) => (file.tickets.find((ticket) => ticket.id === id)?.pointers ?? []).map((pointer) => `${pointer.line} ${pointer.path}`);
    // subtask 28.2 (pending): "For each screen in screens/*.py, refactor to use StateManager …"
    expect(paths('28')).toEqual(expect.arrayContaining(['1078 screens/*.py']));
    const list = JSON.stringify(
      { master: { tasks: [{ id: 1, title: 'T', description: 'D', status: 'pending', details: 'In src/a.py', subtasks: [{ id: 1, details: 'In src/done.py', status: 'done' }, { id: 2, details: 'In src/open.py', status: 'pending' }] }] } },
      null,
      2,
    );
    const task = inMemory({ '.taskmaster/tasks/tasks.json': list }, '.taskmaster/tasks/tasks.json').tickets[0];
    expect(task?.pointers.map((pointer) => pointer.path)).toEqual(['src/a.py', 'src/open.py']);
  });

  it('skips the task files Task Master writes from tasks.json, and reads one on its own', () => {
    expect(corpusFile('0xfauzi-testcraft', '.taskmaster/tasks/task_003.txt')).toMatchObject({
      tickets: [],
      reason: 'generated from .taskmaster/tasks/tasks.json, which is linted instead',
    });
    const text = corpusFile('0xfauzi-testcraft', '.taskmaster/tasks/task_003.txt').source.text;
    const alone = inMemory({ '.taskmaster/tasks/task_003.txt': text }, '.taskmaster/tasks/task_003.txt');
    expect(alone.tickets[0]).toMatchObject({ id: '3', title: 'Implement Configuration System', lifecycle: { state: 'done', status: { word: 'done', line: 3 } } });
    expect(declared(alone.tickets[0])).toEqual(expect.arrayContaining(['8:11 config/model.py new']));
  });

  it('numbers the tasks of each tag apart, as Task Master does: the same id in two tags is two tasks, a dependency one of its own tag', () => {
    const task = (id: number, dependencies: number[] = []) => ({ id, title: `Task ${id}`, description: 'D', status: 'pending', dependencies, details: 'In src/a.py' });
    const list = JSON.stringify({ master: { tasks: [task(1)] }, 'agent-wars': { tasks: [task(1), task(2, [1])] } }, null, 2);
    const file = inMemory({ '.taskmaster/tasks/tasks.json': list }, '.taskmaster/tasks/tasks.json');
    expect(file.tickets.map((ticket) => ticket.idKey)).toEqual([
      '.taskmaster/tasks/tasks.json@master#1',
      '.taskmaster/tasks/tasks.json@agent-wars#1',
      '.taskmaster/tasks/tasks.json@agent-wars#2',
    ]);
    expect(file.tickets[2]?.dependsOn.map((dependency) => dependency.key)).toEqual(['.taskmaster/tasks/tasks.json@agent-wars#1']);
  });

  it('takes a task whose status says it will not be done (deprecated, abandoned, as obsolete) as done', () => {
    const task = (id: number, status: string) => ({ id, title: `Task ${id}`, description: 'D', status, details: 'In src/a.py' });
    const list = JSON.stringify({ master: { tasks: [task(9, 'deprecated'), task(10, 'Abandoned'), task(11, 'pending')] } }, null, 2);
    const file = inMemory({ '.taskmaster/tasks/tasks.json': list }, '.taskmaster/tasks/tasks.json');
    expect(file.tickets.map((ticket) => `${ticket.id} ${ticket.lifecycle.state}`)).toEqual(['9 done', '10 done', '11 open']);
  });

  it('reads a task file of another tag (`task_004_<tag>.txt`) as the tag’s, and skips it beside tasks.json', () => {
    const text = '# Task ID: 4\n# Title: Landing page\n# Status: pending\n# Dependencies: 1, 2\n# Priority: medium\n# Description: Build it\n# Details:\nIn src/app/page.tsx\n\n# Test Strategy:\nIt renders\n';
    const alone = inMemory({ '.taskmaster/tasks/task_004_agent-wars.txt': text }, '.taskmaster/tasks/task_004_agent-wars.txt');
    expect(alone).toMatchObject({ format: 'task-master-txt', tickets: [{ id: '4', idKey: '.taskmaster/tasks/tasks.json@agent-wars#4' }] });
    expect(alone.tickets[0]?.dependsOn.map((dependency) => dependency.key)).toEqual(['.taskmaster/tasks/tasks.json@agent-wars#1', '.taskmaster/tasks/tasks.json@agent-wars#2']);
    const beside = inMemory({ '.taskmaster/tasks/task_004_agent-wars.txt': text, '.taskmaster/tasks/tasks.json': '{"agent-wars": {"tasks": []}}' }, '.taskmaster/tasks/task_004_agent-wars.txt');
    expect(beside).toMatchObject({ tickets: [], reason: 'generated from .taskmaster/tasks/tasks.json, which is linted instead' });
  });

  it.each([
    ['text that is not JSON', '{"master": {"tasks": [', 'The task list is not valid JSON'],
    ['a list with no tasks', '{"master": {"metadata": {}}}', 'The task list has no tasks; expected {"<tag>": {"tasks": [...]}} or {"tasks": [...]}'],
    ['a task that is not an object', '{"tasks": [\n  {"id": 1, "title": "A"},\n  7\n]}', '$.tasks[1] is not a task; expected an object with id, title and description'],
  ])('says what is wrong with %s, at its line, and reads the rest', (_what, text, message) => {
    const file = inMemory({ '.taskmaster/tasks/tasks.json': text }, '.taskmaster/tasks/tasks.json');
    expect(file.problems[0]?.message).toContain(message);
    expect(file.problems[0]?.about).toBe('file');
  });
});

describe('spec-workflow (a fixture: no corpus has one)', () => {
  const plan = [
    '# Tasks Document',
    '',
    '- [ ] 1. Create the core interfaces in src/types/feature.ts',
    '  - File: src/types/feature.ts',
    '  - Define TypeScript interfaces for the feature',
    '  - _Leverage: src/types/base.ts, src/utils/validation.ts_',
    '  - _Requirements: 1.1_',
    '  - _Prompt: Role: TypeScript developer | Task: create the interfaces | Success: all interfaces compile_',
    '',
    '- [x] 2. Add the model',
    '  - File: src/models/FeatureModel.ts',
    '',
  ].join('\n');
  const file = inMemory({ '.spec-workflow/specs/feature/tasks.md': plan }, '.spec-workflow/specs/feature/tasks.md');

  it('declares the File and Leverage fields, plain text or not, and takes the prompt’s Success as the criterion', () => {
    expect(file.format).toBe('spec-workflow');
    expect(where(file.tickets[0])).toBe('1 3-8');
    expect(declared(file.tickets[0])).toEqual(['4:11 src/types/feature.ts', '6:16 src/types/base.ts', '6:35 src/utils/validation.ts']);
    expect(file.tickets[0]?.criteria).toEqual([{ text: 'all interfaces compile', line: 8 }]);
    expect(file.tickets[1]?.lifecycle.state).toBe('done');
  });
});

describe('bug reports and single tickets', () => {
  it('reads a bug report: its Title the goal, its Evidence the context, no acceptance section asked for', () => {
    const [report] = corpusFile('belarusian-fourseer', 'tickets/TICKET-001.md').tickets;
    expect(report?.format).toBe('bug-report');
    expect(report?.sections.map((section) => `${section.kind} ${section.heading}`)).toEqual(['goal Title', 'context Evidence', 'acceptance Tests']);
    expect(report?.requiredSections).toEqual(['goal', 'context']);
  });

  it('reads a bug report with a Title and Evidence but no Suggestion yet as a bug report', () => {
    const [report] = corpusFile('belarusian-fourseer', 'tickets/TICKET-007.md').tickets;
    expect(report?.format).toBe('bug-report');
    expect(report?.sections.map((section) => `${section.kind} ${section.heading}`)).toEqual(['goal Title', 'context Evidence']);
  });

  it('reads a Status line before the first section, a note after the word changing nothing', () => {
    const ticket = '# FEATURE-9: Export\n\n**Status:** ✅ Complete (9/9 tasks)\n\n## Goal\nExport.\n';
    const [read] = inMemory({ 'tickets/FEATURE-9.md': ticket }, 'tickets/FEATURE-9.md').tickets;
    expect(read?.lifecycle).toEqual({ state: 'done', status: { word: '✅ Complete (9/9 tasks)', line: 3, known: true } });
  });

  it('reads what a "Blocked by" section lists as dependencies', () => {
    const ticket = '# Ticket 4: Refunds\n\n## What to build\nRefunds.\n\n## Blocked by\n- #3\n- [TICKET-2](TICKET-2.md)\n';
    const [read] = inMemory({ 'tickets/4.md': ticket }, 'tickets/4.md').tickets;
    expect(read?.dependsOn.map((dependency) => `${dependency.id}@${dependency.line}`)).toEqual(['3@7', 'TICKET-2@8']);
  });

  it('takes a ticket heading with any separator', () => {
    const roadmap = '# Plan\n\n## Ticket 1 — Schema\nA.\n\n## Ticket 2. Queries\nB.\n\n### Task 3: Tests\nC.\n\n## Tasks\n';
    const file = inMemory({ 'roadmap/plan.md': roadmap }, 'roadmap/plan.md');
    expect(file.tickets.map((ticket) => `${ticket.id}: ${ticket.title}`)).toEqual(['1: Schema', '2: Queries', '3: Tests']);
  });

  it.each([
    ['README', 'tickets/README.md', "'README' names a readme, a template or a spec, not a ticket"],
    ['a template', 'tickets/ticket-template.md', "'ticket-template' names a readme, a template or a spec, not a ticket"],
    ['an index by name', 'roadmap/INDEX.md', "'INDEX' names an index of tickets"],
    ['an index by content', 'tickets/list.md', 'it lists other ticket files (3 of its 3 entries link to one)'],
  ])('skips %s, saying why', (_what, path, reason) => {
    const text = path.endsWith('list.md') ? '# Tickets\n\n- [A](a.md)\n- [B](b.md)\n- [C](c.md)\n' : '# Tickets\n\n## Goal\nG.\n';
    const file = inMemory({ [path]: text }, path);
    expect(file.format).toBeUndefined();
    expect(file).toMatchObject({ tickets: [], reason });
  });

  it("reads a task whose title ends in 'template' or 'spec' as a task: its id before the title says the name is a ticket's (held out: 780Farva/resu-me 'task-1 - Add-a-career-history-document-template.md')", () => {
    const path = 'backlog/tasks/task-1 - Add-a-career-history-document-template.md';
    const task = "---\nid: task-1\ntitle: Add a career history document template\nstatus: To Do\n---\n\n## Description\nAdd the template.\n";
    const file = inMemory({ [path]: task }, path);
    expect(file.format).toBe('backlog-md');
    expect(file.tickets.map((ticket) => ticket.id)).toEqual(['task-1']);
  });

  it('reads a file with the format the config names for it', () => {
    const plan = '# Plan\n\n### Task 1: Do it\n**Files:**\n- Modify: `src/a.ts`\n';
    expect(inMemory({ 'work/plan.md': plan }, 'work/plan.md', { formats: { 'work/**': 'superpowers' } }).format).toBe('superpowers');
    expect(parseTicketFile('work/plan.md', plan, { sections: configOf().sections, hints: { topLevelEntries: new Set() } }).format).toBe('roadmap');
  });
});
