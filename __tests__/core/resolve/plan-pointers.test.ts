import { describe, expect, it } from '@jest/globals';
import { describeDiagnostic, lintTexts } from '../../helpers/lint-fixture.js';

/**
 * Pointers of plans read as their format defines them, and files one ticket leaves to another; each
 * on real lines of 2233admin-codenexus (GSD plans) or gram-data-gram-hs (spec-kit), quoted as written.
 */
const REPOSITORY = {
  'experiments/poc-retrieval/Cargo.toml': '\n',
  'experiments/poc-retrieval/core/src/parser.rs': '\n',
  'experiments/poc-retrieval/core/src/graph_build.rs': '\n',
  'experiments/poc-retrieval/core/src/storage.rs': '\n',
  'experiments/poc-retrieval/core/src/types.rs': '\n',
  'CONTEXT.md': '# Context\n',
  'libs/pattern/tests/Spec/Pattern/CoreSpec.hs': '\n',
  'notes/hybrid-search.md': '# Hybrid search\n',
  'pages/posts/[id]/edit.vue': '\n',
};
const PHASE = '.planning/phases/codenexus-04.5-sentrux-adaptation-layer';

function plan(frontmatter: string[], body: string[]): string {
  return ['---', ...frontmatter, '---', '', ...body, ''].join('\n');
}

async function pathProblems(files: Record<string, string>, lintOnly?: string[]): Promise<string[]> {
  const report = await lintTexts(files, { repository: REPOSITORY, rootName: 'codenexus', ...(lintOnly ? { lintOnly } : {}) });
  return report.diagnostics
    .filter((d) => d.rule === 'path-exists' || d.rule === 'path-outside-repo')
    .map((d) => `${d.file.slice(d.file.lastIndexOf('/') + 1)} ${d.severity} ${describeDiagnostic(d)}`);
}

describe("a GSD plan's elements are its structure: the text in them is read as Markdown", () => {
  it('reads the prose of an element left as an HTML block, whatever its indentation (04.5-03-W3 <objective>, W1 <done>)', async () => {
    const text = plan(
      ['phase: 04.5', 'plan: 03-W3'],
      [
        '<objective>',
        'The behavior-critical wave. Rewire `core/src/graph_build.rs` to consume the',
        'four resolvers.',
        '</objective>',
        '',
        '<task type="auto">',
        '  <name>Task 1: graph_build.rs rewrite; delete core/src/parser.rs shim</name>',
        '  <done>',
        '    `codenexus-types` leaf sub-crate landed; core/src/types.rs is a',
        '    re-export shim.',
        '  </done>',
        '</task>',
      ],
    );
    expect(await pathProblems({ [`${PHASE}/04.5-03-W3-PLAN.md`]: text })).toEqual([
      "04.5-03-W3-PLAN.md warning 7:37 Path 'core/src/graph_build.rs' is written from a subfolder; from the repository root it is 'experiments/poc-retrieval/core/src/graph_build.rs'",
      "04.5-03-W3-PLAN.md warning 12:48 Path 'core/src/parser.rs' is written from a subfolder; from the repository root it is 'experiments/poc-retrieval/core/src/parser.rs'",
      "04.5-03-W3-PLAN.md warning 14:46 Path 'core/src/types.rs' is written from a subfolder; from the repository root it is 'experiments/poc-retrieval/core/src/types.rs'",
    ]);
  });

  it('reads the commands of a shell block indented under a list item of an element as it reads them in Markdown (round 37: 0100-0100/Pagina-Madre-1 05-02-PLAN.md:244-245)', async () => {
    const text = plan(
      ['phase: 04.5', 'plan: 03-W7'],
      [
        '<task type="checkpoint:human-verify" gate="blocking">',
        '  <what-built>The parser crate.</what-built>',
        '  <how-to-verify>',
        '1. Start the parser (if not running):',
        '   ```bash',
        '   cd /Users/Diego.Lopezruiz/Documents/Repositories/codenexus/experiments/poc-retrieval',
        '   python manage.py runserver',
        '   ```',
        '  </how-to-verify>',
        '</task>',
      ],
    );
    expect(await pathProblems({ [`${PHASE}/04.5-03-W7-PLAN.md`]: text })).toEqual([
      "04.5-03-W7-PLAN.md error 11:7 Path '/Users/Diego.Lopezruiz/Documents/Repositories/codenexus/experiments/poc-retrieval' is an absolute path outside the repository; did you mean 'experiments/poc-retrieval'?",
      "04.5-03-W7-PLAN.md error 12:11 Path 'experiments/poc-retrieval/manage.py' does not exist, and the command on this line runs it",
    ]);
  });

  it('reads the words of a comment, the agent reads it too, but not a <script> (04.5-03-W3: "<!-- core/src/graph_build.rs target shape post-W3 (sketched) -->")', async () => {
    const text = plan(['phase: 04.5', 'plan: 03-W3'], ['<action>', '<!-- core/src/graph_build.rs target shape post-W3 (sketched) -->', '</action>', '', '<interfaces>', '<script>', 'import "core/src/gone.rs";', '</script>', '</interfaces>']);
    expect(await pathProblems({ [`${PHASE}/04.5-03-W3-PLAN.md`]: text })).toEqual([
      "04.5-03-W3-PLAN.md warning 7:6 Path 'core/src/graph_build.rs' is written from a subfolder; from the repository root it is 'experiments/poc-retrieval/core/src/graph_build.rs'",
    ]);
  });

  it('reads <files> as the list of files the task writes, a remark in it no end of the list (05-W1: "server.rs (test only) OR …/remember_smoke.rs")', async () => {
    const text = plan(
      ['phase: 05', 'plan: W1'],
      ['<task type="auto">', '  <files>experiments/poc-retrieval/core/src/storage.rs (test only) OR experiments/poc-retrieval/core/tests/remember_smoke.rs</files>', '</task>'],
    );
    expect(await pathProblems({ '.planning/phases/codenexus-05-bridge-memory-mvp/05-W1-PLAN.md': text })).toEqual([]);
  });

  it("checks every @path of <context>: the plan loads it before its first task, so a file the plan writes is no excuse (04.5-03-W2: '@experiments/poc-retrieval/parser/src/lib.rs')", async () => {
    const text = plan(
      ['phase: 04.5', 'plan: 03-W2', 'files_modified:', '  - experiments/poc-retrieval/parser/src/lib.rs'],
      [
        '<execution_context>',
        '@$HOME/.claude/get-shit-done/workflows/execute-plan.md',
        '</execution_context>',
        '',
        '<context>',
        '@CONTEXT.md',
        '@experiments/poc-retrieval/parser/src/lib.rs',
        '@experiments/poc-retrieval/core/src/storage.rs',
        '</context>',
      ],
    );
    expect(await pathProblems({ [`${PHASE}/04.5-03-W2-PLAN.md`]: text })).toEqual([
      "04.5-03-W2-PLAN.md error 5:5 Path 'experiments/poc-retrieval/parser/src/lib.rs' does not exist",
      "04.5-03-W2-PLAN.md error 14:2 Path 'experiments/poc-retrieval/parser/src/lib.rs' does not exist",
    ]);
  });

  it("takes a file of <context> for the file there wherever the plan names it: its files_modified and <files> name that file, not one to come (round 32: 0xLeathery/helix-staking 08.1-04-PLAN.md:13, :69, :177)", async () => {
    const text = plan(
      ['phase: 08.1', 'plan: 04', 'files_modified:', '  - services/indexer/src/decoder.ts', '  - experiments/poc-retrieval/core/src/resolver.rs'],
      [
        '<context>',
        '@services/indexer/src/decoder.ts',
        '</context>',
        '',
        '<task type="auto">',
        '  <files>services/indexer/src/decoder.ts, experiments/poc-retrieval/core/src/resolver.rs</files>',
        '</task>',
      ],
    );
    expect(await pathProblems({ '.planning/phases/08.1-game-theory-hardening/08.1-04-PLAN.md': text })).toEqual([
      "08.1-04-PLAN.md error 5:5 Path 'services/indexer/src/decoder.ts' does not exist",
      "08.1-04-PLAN.md error 10:2 Path 'services/indexer/src/decoder.ts' does not exist",
      "08.1-04-PLAN.md error 14:10 Path 'services/indexer/src/decoder.ts' does not exist",
    ]);
  });
});

describe('a bare name after a path with a folder in one list', () => {
  it('is a file of that folder, the plan\'s own to write or there, unless the list is of paths from the root (round 17: 6sLOGAN78/devrag-mvp 03-24-PLAN.md:137-138; obra-superpowers lift-drill-into-evals.md:965)', async () => {
    const text = plan(
      ['phase: 04.5', 'plan: 03-W5', 'files_modified:', '  - experiments/poc-retrieval/core/src/progress.rs'],
      [
        '<task type="auto">',
        '  <read_first>',
        '    - experiments/poc-retrieval/core/src/parser.rs, storage.rs, progress.rs and gone.rs (Task 2)',
        '    - experiments/poc-retrieval/Cargo.toml, CONTEXT.md, lefthook.yml',
        '    - `experiments/poc-retrieval/core/src/types.rs` and `graph.rs`',
        '  </read_first>',
        '</task>',
      ],
    );
    expect(await pathProblems({ [`${PHASE}/04.5-03-W5-PLAN.md`]: text })).toEqual([
      "04.5-03-W5-PLAN.md error 10:81 Path 'experiments/poc-retrieval/core/src/gone.rs' does not exist; if the ticket creates it, mark it (new)",
      "04.5-03-W5-PLAN.md error 11:57 Path 'lefthook.yml' does not exist; if the ticket creates it, mark it (new)",
      "04.5-03-W5-PLAN.md error 12:58 Path 'experiments/poc-retrieval/core/src/graph.rs' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });
});

describe('what a plan names in quotes', () => {
  it('reads the command line `bash -c` runs as one, and takes quoted words right after a file name as a part of that file (round 18: 0xc0re/themey 02-04a-PLAN.md:369, 02-04-PLAN.md:759)', async () => {
    const text = plan(
      ['phase: 04.5', 'plan: 03-W6'],
      [
        '<task type="auto">',
        '  <read_first>',
        '    - CONTEXT.md "experiments/poc-retrieval/core/src/e2e.rs" lines 477-495',
        '    - "experiments/poc-retrieval/core/src/gone.rs" (the module to port)',
        '  </read_first>',
        '  <acceptance_criteria>',
        '    - `bash -c "cd /home/ana/code/codenexus && cargo test --manifest-path experiments/poc-retrieval/Cargo.toml"` exits 0',
        '  </acceptance_criteria>',
        '</task>',
      ],
    );
    expect(await pathProblems({ [`${PHASE}/04.5-03-W6-PLAN.md`]: text })).toEqual([
      "04.5-03-W6-PLAN.md error 9:8 Path 'experiments/poc-retrieval/core/src/gone.rs' does not exist; if the ticket creates it, mark it (new)",
      "04.5-03-W6-PLAN.md error 12:20 Path '/home/ana/code/codenexus' is an absolute path outside the repository; it is a copy of this repository on the author's machine: write paths from the repository root",
    ]);
  });
});

describe('a path from `/` after an HTTP method', () => {
  it('is a route the server answers, not a file, though the plan declares it and the repository has its first folder (round 17: 6sLOGAN78/devrag-mvp 03-22-PLAN.md:38 and :79)', async () => {
    const text = plan(
      ['phase: 03', 'plan: 22', 'must_haves:', '  key_links:', '    - from: "CONTEXT.md"', '      to: "/experiments/v1/models/default"', '      via: "PATCH with tenant_id"'],
      [
        '<task type="auto" tdd="true">',
        '  <behavior>',
        "    - Unit: 'Save defaults' is `aria-disabled` until a choice changes; submit sends PATCH `/experiments/v1/models/default` with `tenant_id`",
        '    - Unit: then update `/experiments/v1/models/default` in the fixture',
        '  </behavior>',
        '</task>',
      ],
    );
    expect(await pathProblems({ '.planning/phases/03-models/03-22-PLAN.md': text })).toEqual([
      "03-22-PLAN.md error 14:26 Path '/experiments/v1/models/default' does not exist",
    ]);
  });
});

describe("a GSD plan's <execution_context> names the GSD install's files, the repository's only when it loads them from there", () => {
  /** Plan 01-01 of phase 01 with these lines after its objective. */
  const foundationPlan = (lines: string[]): string => plan(['phase: 01-foundation', 'plan: 01'], ['<objective>Establish the CLI entrypoint in `experiments/poc-retrieval/core/src/parser.rs`.</objective>', '', ...lines]);

  it("reads no pointer in it, a relative one beside a tracked file of its name included (held out: 0jrm/gsd-unsupervised 01-01-PLAN.md:20-23)", async () => {
    const text = foundationPlan([
      '<execution_context>',
      '/mnt/c/Users/jrm22n/.cursor/get-shit-done/workflows/execute-plan.md',
      './summary.md',
      '</execution_context>',
      '',
      '<context>',
      '@CONTEXT.md',
      '@bin/gsd-unsupervised',
      '</context>',
    ]);
    const files = { [`${PHASE}/01-01-PLAN.md`]: text, '.gsd-framework/templates/summary.md': '# Summary\n', 'bin/gsd-autopilot': '#!/bin/sh\n' };
    expect(await pathProblems(files, [`${PHASE}/01-01-PLAN.md`])).toEqual(["01-01-PLAN.md error 15:2 Path 'bin/gsd-unsupervised' does not exist; if the ticket creates it, mark it (new)"]);
  });
  it('checks a file it loads from the repository, a GSD install inside it (held out: 1Anuraag0/cybercrit 01-01-PLAN.md:55, 1110sillabo/todo_gsd 01-01-PLAN.md:30)', async () => {
    const text = foundationPlan([
      '<execution_context>',
      '@.agent/get-shit-done/workflows/execute-plan.md',
      '@.agent/get-shit-done/templates/summary.md',
      '@$HOME/.claude/get-shit-done/workflows/execute-plan.md',
      '@/Users/ana/.claude/get-shit-done/templates/summary.md',
      '</execution_context>',
    ]);
    const files = { [`${PHASE}/01-01-PLAN.md`]: text, '.agent/gsd-file-manifest.json': '{}\n', '.agent/get-shit-done/templates/summary.md': '# Summary\n' };
    expect(await pathProblems(files, [`${PHASE}/01-01-PLAN.md`])).toEqual(["01-01-PLAN.md error 9:2 Path '.agent/get-shit-done/workflows/execute-plan.md' does not exist"]);
  });
  it('reads a @path with a remark after it, in parentheses or after a dash (held out: 9thLevelSoftware/Project-Phoenix-MP 02-01-PLAN.md:64, 9thLevelSoftware/agency-agents 34-02-PLAN.md:67)', async () => {
    const text = foundationPlan([
      '<context>',
      '@.planning/specs/02-realtime-feedback.md (Section 2: LED Biofeedback System)',
      '@docs/plans/2026-03-02-inspiration-audit-and-adoption.md — Puzld.ai (DPO preference extraction) pattern',
      '@CONTEXT.md - the decisions',
      '@dataclass(frozen=True) class Theme:',
      '</context>',
    ]);
    expect(await pathProblems({ [`${PHASE}/01-01-PLAN.md`]: text }, [`${PHASE}/01-01-PLAN.md`])).toEqual([
      "01-01-PLAN.md error 9:2 Path '.planning/specs/02-realtime-feedback.md' does not exist",
      "01-01-PLAN.md error 10:2 Path 'docs/plans/2026-03-02-inspiration-audit-and-adoption.md' does not exist",
    ]);
  });
  it("takes a quoted folder on the author's machine that its command enters for the copy of the repository folder it then names tracked files in (round 17: 6sLOGAN78/devrag-mvp 03-30-PLAN.md:96, `cd \"/home/logan78/desktop x/devRag_@/web\"`)", async () => {
    const text = foundationPlan([
      '<verify>',
      '  <automated>cd "/home/ana/desktop x/cn_@/experiments/poc-retrieval" && cargo fmt --check core/src/parser.rs core/src/graph_build.rs</automated>',
      '  <automated>cd "/home/ana/desktop x/other" && cargo fmt --check core/src/new.rs</automated>',
      '</verify>',
    ]);
    expect(await pathProblems({ [`${PHASE}/01-01-PLAN.md`]: text }, [`${PHASE}/01-01-PLAN.md`])).toEqual([
      "01-01-PLAN.md error 9:18 Path '/home/ana/desktop x/cn_@/experiments/poc-retrieval' is an absolute path outside the repository; did you mean 'experiments/poc-retrieval'?",
    ]);
  });
  it("checks a tracked file it loads through a laptop copy of the repository; what the copy holds untracked is the author's install (round 31: 0x1nfra/tongtong-bill-splitting 02-05-PLAN.md:48; held out: 0Cymantek0/ai-ext 01-PLAN.md:43)", async () => {
    const text = foundationPlan([
      '<execution_context>',
      '@/Users/ana/code/codenexus/CONTEXT.md',
      '@C:/Users/ana/dev/codenexus/.claude/get-shit-done/workflows/execute-plan.md',
      '</execution_context>',
    ]);
    expect(await pathProblems({ [`${PHASE}/01-01-PLAN.md`]: text }, [`${PHASE}/01-01-PLAN.md`])).toEqual([
      "01-01-PLAN.md error 9:2 Path '/Users/ana/code/codenexus/CONTEXT.md' is an absolute path outside the repository; did you mean 'CONTEXT.md'?",
    ]);
  });
  it('reads the pointer of an element that starts on the line where <execution_context> ends', async () => {
    const text = foundationPlan(['<execution_context>', './summary.md', '</execution_context><context>@bin/gsd-unsupervised', '@CONTEXT.md', '</context>']);
    const files = { [`${PHASE}/01-01-PLAN.md`]: text, '.gsd-framework/templates/summary.md': '# Summary\n', 'bin/gsd-autopilot': '#!/bin/sh\n' };
    expect(await pathProblems(files, [`${PHASE}/01-01-PLAN.md`])).toEqual(["01-01-PLAN.md error 10:31 Path 'bin/gsd-unsupervised' does not exist; if the ticket creates it, mark it (new)"]);
  });
});

describe('a GSD plan is done once the summary it says it writes is there', () => {
  it("takes the summary its <output> names in its folder (03.6-02: \"Phase 03.6 closure delivers: `…/03.6-SUMMARY.md`\")", async () => {
    const folder = '.planning/phases/03.6-candle-in-process-embedder-migration';
    const text = plan(['phase: 03.6', 'plan: 02'], ['<objective>Re-run `experiments/poc-retrieval/eval/queries.json`.</objective>', '', '<output>', 'Phase 03.6 closure delivers:', `- \`${folder}/03.6-SUMMARY.md\` (Task 7)`, '</output>']);
    const plans = { [`${folder}/03.6-02-cross-corpus-eval-and-closure-PLAN.md`]: text };
    expect(await pathProblems(plans)).toEqual(["03.6-02-cross-corpus-eval-and-closure-PLAN.md error 6:20 Path 'experiments/poc-retrieval/eval/queries.json' does not exist"]);
    const report = await lintTexts({ ...plans, [`${folder}/03.6-SUMMARY.md`]: '# Done\n' }, { repository: REPOSITORY, lintOnly: Object.keys(plans) });
    expect(report.tickets.map((ticket) => ticket.state)).toEqual(['done']);
  });
});

describe('an action marker in brackets before a path ([NEW], [MODIFY], as implementation plans head their parts)', () => {
  it("says what the work does to the file; a link to the author's copy of one the repository has leads nowhere, whatever the work did (held out: TagoreNandan/Evie 09-02-PLAN.md:30, 03-01-PLAN.md:15 and :30)", async () => {
    const copy = 'file:///Users/ana/Desktop/codenexus/experiments/poc-retrieval/core/src';
    const text = plan(
      ['phase: 04.5', 'plan: 03-W6'],
      [
        `#### [NEW] [\`experiments/poc-retrieval/core/src/options.rs\`](${copy}/options.rs)`,
        `#### [NEW] [\`experiments/poc-retrieval/core/src/types.rs\`](${copy}/types.rs)`,
        `#### [MODIFY] [\`experiments/poc-retrieval/core/src/cli.rs\`](${copy}/cli.rs)`,
        '- [NEW] `experiments/poc-retrieval/core/src/flags.rs`',
      ],
    );
    expect(await pathProblems({ [`${PHASE}/04.5-03-W6-PLAN.md`]: text })).toEqual([
      "04.5-03-W6-PLAN.md error 7:60 Path '/Users/ana/Desktop/codenexus/experiments/poc-retrieval/core/src/types.rs' is an absolute path outside the repository; did you mean 'experiments/poc-retrieval/core/src/types.rs'?",
      "04.5-03-W6-PLAN.md error 8:17 Path 'experiments/poc-retrieval/core/src/cli.rs' does not exist; if the ticket creates it, mark it (new)",
      "04.5-03-W6-PLAN.md error 8:61 Path '/Users/ana/Desktop/codenexus/experiments/poc-retrieval/core/src/cli.rs' is an absolute path outside the repository; it is in a copy of this repository on the author's machine, where from the root it is 'experiments/poc-retrieval/core/src/cli.rs', which is not in the repository",
    ]);
  });
});

describe('a file the ticket deletes may be gone', () => {
  it('but one still there under a longer path is written from a subfolder (04.5-03-W3: "6. **Delete `core/src/parser.rs`**")', async () => {
    const text = plan(['phase: 04.5', 'plan: 03-W3'], ['6. **Delete `core/src/parser.rs`** (the OLD codenexus parser).', '7. Delete `core/src/legacy.rs` too.']);
    expect(await pathProblems({ [`${PHASE}/04.5-03-W3-PLAN.md`]: text })).toEqual([
      "04.5-03-W3-PLAN.md warning 6:14 Path 'core/src/parser.rs' is written from a subfolder; from the repository root it is 'experiments/poc-retrieval/core/src/parser.rs'",
    ]);
  });
});

describe('a file a ticket writes is no excuse for the tickets that wait for it', () => {
  const w1 = plan(['phase: 04.5', 'plan: 03-W1', 'depends_on: []', 'files_modified:', '  - experiments/poc-retrieval/parser/src/lib.rs'], ['<objective>Lift the parser crate.</objective>']);
  const w2 = plan(
    ['phase: 04.5', 'plan: 03-W2', 'depends_on: [04.5-03-W1]', 'files_modified:', '  - experiments/poc-retrieval/parser/src/lib.rs', '  - experiments/poc-retrieval/parser/src/alias_index.rs'],
    ['<objective>', '**Step A — extend `parser/src/lib.rs`** with the ResolutionMethod enum; add `parser/src/alias_index.rs`.', '</objective>'],
  );

  it('reports, as a warning naming it, a file the ticket it waits for writes and has not written yet (04.5-03-W2 after W1)', async () => {
    expect(await pathProblems({ [`${PHASE}/04.5-03-W1-PLAN.md`]: w1, [`${PHASE}/04.5-03-W2-PLAN.md`]: w2 })).toEqual([
      "04.5-03-W2-PLAN.md warning 6:5 Path 'experiments/poc-retrieval/parser/src/lib.rs' does not exist yet: '04.5-03-W1', which this ticket waits for, writes it and is not done",
      "04.5-03-W2-PLAN.md warning 11:20 Path 'parser/src/lib.rs' does not exist yet: '04.5-03-W1', which this ticket waits for, writes it and is not done",
    ]);
  });

  it('reports it as an error once that ticket is done without it', async () => {
    const found = await pathProblems({ [`${PHASE}/04.5-03-W1-PLAN.md`]: w1, [`${PHASE}/04.5-03-W1-SUMMARY.md`]: '# Done\n', [`${PHASE}/04.5-03-W2-PLAN.md`]: w2 }, [`${PHASE}/04.5-03-W1-PLAN.md`, `${PHASE}/04.5-03-W2-PLAN.md`]);
    expect(found).toEqual([
      "04.5-03-W2-PLAN.md error 6:5 Path 'experiments/poc-retrieval/parser/src/lib.rs' does not exist, though '04.5-03-W1', which this ticket waits for, was to write it and is done",
      "04.5-03-W2-PLAN.md error 11:20 Path 'parser/src/lib.rs' does not exist, though '04.5-03-W1', which this ticket waits for, was to write it and is done",
    ]);
  });

  it('leaves a file the waiting ticket creates itself to it, whatever the ticket it waits for says of it (held out: AF-lmf/mac-status 13-03-PLAN.md:10, a key link of 13-02 to the file 13-03 creates)', async () => {
    const creates = w2.replace('**Step A — extend `parser/src/lib.rs`**', '**Step A — create `experiments/poc-retrieval/parser/src/lib.rs`**');
    expect(await pathProblems({ [`${PHASE}/04.5-03-W1-PLAN.md`]: w1, [`${PHASE}/04.5-03-W2-PLAN.md`]: creates })).toEqual([]);
  });

  it('leaves a file to the ticket that writes it when no ticket it waits for does: it may be new, unless the ticket says it changes it ("extend")', async () => {
    expect(await pathProblems({ [`${PHASE}/04.5-03-W2-PLAN.md`]: w2.replace('depends_on: [04.5-03-W1]', 'depends_on: []') })).toEqual([
      "04.5-03-W2-PLAN.md error 11:20 Path 'parser/src/lib.rs' does not exist",
    ]);
  });
});

describe('what a task waits for another to write', () => {
  it('is a file or a folder written as one: a slash between two words of its text names nothing to write (round 32: Vibecode_2 tasks.json:164 and :224, "Apply the `mm/pixel` factor")', async () => {
    const task = (id: number, dependencies: number[], details: string) => ({ id, title: `Task ${id}`, description: 'Part of the measuring work.', details, testStrategy: 'Run it.', status: 'pending', dependencies, subtasks: [] });
    const tasks = JSON.stringify({ master: { tasks: [
      task(4, [], 'Calculate a real-world `mm/pixel` ratio based on their known size. Create `experiments/poc-retrieval/core/src/calibration.rs` to hold it.'),
      task(5, [4], 'Apply the `mm/pixel` factor to the pixel dimensions of detected objects, with `experiments/poc-retrieval/core/src/calibration.rs`.'),
    ] } }, null, 2);
    expect(await pathProblems({ '.taskmaster/tasks/tasks.json': tasks })).toEqual([
      "tasks.json warning 18:100 Path 'experiments/poc-retrieval/core/src/calibration.rs' does not exist yet: '4', which this ticket waits for, writes it and is not done",
    ]);
  });
});

describe("what Task Master's details name, with no word of writing it", () => {
  it('is no file the task writes: a task waiting for it is not told to wait for a file it only names (round 36: AcidicSoil/llms-txt-registry tasks.json:73 and :234, `refresh-report.json`)', async () => {
    const task = (id: number, dependencies: number[], details: string) => ({ id, title: `Task ${id}`, description: 'Report the run.', details, testStrategy: 'Run it.', status: 'pending', dependencies, subtasks: [] });
    const tasks = JSON.stringify({ tasks: [
      task(2, [], 'Add a `save_report(filepath)` method. Write to a temporary file first and use `os.replace` to rename it to `experiments/poc-retrieval/core/report.json`.'),
      task(5, [2], 'Finally, call the method to serialize the report to `experiments/poc-retrieval/core/report.json` in the output directory.'),
      task(6, [2], 'Create `experiments/poc-retrieval/core/src/summary.rs` to print it.'),
      task(7, [6], 'Print the totals with `experiments/poc-retrieval/core/src/summary.rs`.'),
    ] }, null, 2);
    expect(await pathProblems({ '.taskmaster/tasks/tasks.json': tasks })).toEqual([
      "tasks.json warning 41:42 Path 'experiments/poc-retrieval/core/src/summary.rs' does not exist yet: '6', which this ticket waits for, writes it and is not done",
    ]);
  });
});

describe('a glob of files the work to come writes', () => {
  it('need not match yet, as a file the work writes need not be there (round 36: 15394730733/PPTist-backend 001 tasks.md:106; 0xfauzi-testcraft tasks.json:1052, "Update or create all necessary files: app.py, screens/*.py, forms/*.py")', async () => {
    const steps = ['# Tasks: PPTX', '', '- [ ] T047 [US1] 实现 PPTX XML 解析服务（experiments/poc-retrieval/core/src/pptx.rs：fast-xml-parser 配置，解析 slides/*.xml）', ''].join('\n');
    const tasks = JSON.stringify({ tasks: [
      { id: 10, title: 'Integrate the UI', description: 'Wire the screens.', details: '10. Update or create all necessary files: experiments/poc-retrieval/core/src/app.rs, experiments/poc-retrieval/core/src/forms/*.rs.', testStrategy: 'Run it.', status: 'pending', dependencies: [], subtasks: [] },
    ] }, null, 2);
    expect(await pathProblems({ 'specs/001-pptx/tasks.md': steps, '.taskmaster/tasks/tasks.json': tasks })).toEqual([]);
  });

  it('is still checked where the ticket reads it before its work (a context file)', async () => {
    const text = plan(['phase: 04.5', 'plan: 03-W6'], ['<context>', '@experiments/poc-retrieval/core/src/gone/*.rs', '</context>']);
    expect(await pathProblems({ [`${PHASE}/04.5-03-W6-PLAN.md`]: text })).toEqual([
      "04.5-03-W6-PLAN.md error 7:2 Glob 'experiments/poc-retrieval/core/src/gone/*.rs' matches no tracked file",
    ]);
  });
});

describe('a file the work writes what it makes into', () => {
  it('may be new: "Implement the orchestrator in `x`", "Implement `x`", and a later step of the same task that works in it (round 33: AcidicSoil/codex-session-view tasks.json:53; round 34: AcidicSoil/gpt-thinking-extractor tasks.json:222 and :247)', async () => {
    const tasks = JSON.stringify({ tasks: [
      { id: 5, title: 'Build the Core Chat Orchestrator', description: 'Implement the main server-side chat orchestrator in `experiments/poc-retrieval/core/src/orchestrator.rs`.', details: 'Stream the responses.', testStrategy: 'Run it.', status: 'pending', dependencies: [], subtasks: [] },
      {
        id: 6, title: 'Toggles', description: 'Expand the thoughts.', details: 'Implement `experiments/poc-retrieval/core/src/toggles.rs`.', testStrategy: 'Run it.', status: 'pending', dependencies: [],
        subtasks: [
          { id: 1, title: 'Expand a toggle', description: 'Click it.', details: 'In `experiments/poc-retrieval/core/src/toggles.rs`, implement `expand_toggle(locator)`.', status: 'pending', dependencies: [] },
          { id: 2, title: 'Log it', description: 'Log the clicks.', details: 'In `experiments/poc-retrieval/core/src/logging.rs`, add a line per click.', status: 'pending', dependencies: [] },
        ],
      },
    ] }, null, 2);
    expect(await pathProblems({ '.taskmaster/tasks/tasks.json': tasks })).toEqual([
      "tasks.json error 34:27 Path 'experiments/poc-retrieval/core/src/logging.rs' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });
});

describe('a path joined by "and" or "or" to the one before it', () => {
  it('is what the verb before the first says it is: both changed, both created (held out: 5dlabs/cto-test-rex-gemini tasks.json:55, "Update `src/lib.rs` or `src/main.rs` to include these modules")', async () => {
    const task = (id: number, details: string) => ({ id, title: `Task ${id}`, description: 'Wire the modules.', details, testStrategy: 'Build it.', status: 'pending', dependencies: [], subtasks: [] });
    const tasks = JSON.stringify({ tasks: [
      task(1, 'Update `experiments/poc-retrieval/core/src/lib.rs` or `experiments/poc-retrieval/core/src/main.rs` to include these modules.'),
      task(2, 'Create `experiments/poc-retrieval/core/src/options.rs` and `experiments/poc-retrieval/core/src/flags.rs`, then read `experiments/poc-retrieval/core/src/parser.rs`.'),
    ] }, null, 2);
    expect(await pathProblems({ '.taskmaster/tasks/tasks.json': tasks })).toEqual([
      "tasks.json error 7:27 Path 'experiments/poc-retrieval/core/src/lib.rs' does not exist; if the ticket creates it, mark it (new)",
      "tasks.json error 7:74 Path 'experiments/poc-retrieval/core/src/main.rs' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });
});

describe('a path the work writes, named from a subfolder of it', () => {
  it('is the tracked file it is the tail of, written from a subfolder; the tail of one still to be written stays work to come (held out: ThatDevStudio/ztlctl 03-01-PLAN.md:55, "replaces the hand-written 1498-line `mcp/tools.py`")', async () => {
    const text = plan(
      ['phase: 04.5', 'plan: 03-W5', 'files_modified:', '  - experiments/poc-retrieval/core/src/parser.rs', '  - experiments/poc-retrieval/core/src/resolver.rs'],
      ['<objective>', 'Build the generator that replaces the hand-written `src/parser.rs` and feeds `src/resolver.rs`.', '</objective>'],
    );
    expect(await pathProblems({ [`${PHASE}/04.5-03-W5-PLAN.md`]: text })).toEqual([
      "04.5-03-W5-PLAN.md warning 10:53 Path 'src/parser.rs' is written from a subfolder; from the repository root it is 'experiments/poc-retrieval/core/src/parser.rs'",
    ]);
  });
});

describe('the folders a task list says its paths are written from (spec-kit\'s Path Conventions)', () => {
  const repository = {
    'w2/sth-db-query/backend/app/crud/database.py': '\n',
    'w2/sth-db-query/frontend/src/main.tsx': '\n',
    'w5/pg-mcp/backend/app/crud/database.py': '\n',
    'w5/pg-mcp/backend/tests/unit/test_validation.py': '\n',
  };
  const tasks = [
    '# Tasks: Database Query Tool',
    '',
    '## Path Conventions',
    '',
    '- **Web app**: `./w2/sth-db-query/backend/`, `./w2/sth-db-query/frontend/`',
    '- Backend paths: `backend/app/`',
    '',
    '## Phase 3: User Story 1',
    '',
    '- [ ] T024 [P] [US1] Create unit tests for database URL validation in backend/tests/unit/test_validation.py',
    '- [ ] T045 [P] [US1] Implement database connection CRUD operations in backend/app/crud/database.py',
    '',
    '## Parallel Example: User Story 1',
    '',
    '```bash',
    'Task: "Create unit tests for database URL validation in backend/tests/unit/test_validation.py"',
    '```',
    '',
  ].join('\n');

  it('are where every task of the list reads its paths from: a file there is written from there, one not there is to come there, not the tail of another project\'s file (round 37: 15394730733/geektime-ai-bootcamp 001 tasks.md:17-20, :70, :95, :310)', async () => {
    const report = await lintTexts({ 'specs/001-db-query-tool/tasks.md': tasks }, { repository });
    expect(report.diagnostics.filter((d) => d.rule === 'path-exists').map((d) => `${d.severity} ${describeDiagnostic(d)}`)).toEqual([
      "warning 6:19 Path 'backend/app/' is written from a subfolder; from the repository root it is 'w2/sth-db-query/backend/app'",
      "warning 11:71 Path 'backend/app/crud/database.py' is written from a subfolder; from the repository root it is 'w2/sth-db-query/backend/app/crud/database.py'",
    ]);
  });
});

describe('a file a done task of the list created', () => {
  it('should be there for the open tasks after it: its absence is reported, not taken as work to come (held out: 0verL1nk/LLM_App_Final specs/001 tasks.md, T007 then T087)', async () => {
    const tasks = [
      '# Tasks: Backend',
      '',
      '- [x] T007 Create backend/src/main.py with the app',
      '- [ ] T008 Create backend/src/routes.py with the routers',
      '- [ ] T087 Register the routers of backend/src/routes.py in backend/src/main.py',
      '- [ ] T088 If backend/src/main.py already exists, keep its middleware',
      '',
    ].join('\n');
    expect(await pathProblems({ 'specs/001-backend/tasks.md': tasks })).toEqual([
      "tasks.md error 5:61 Path 'backend/src/main.py' does not exist",
    ]);
  });
});

describe("a task launched with its prompt in a shell block (spec-kit's Parallel Example)", () => {
  it('reads the prompts of a text block the same way, and a task line\'s laptop path as declared, with where it is from the root (held out: 1INDEPENDENT1/puzzleMovieWordsToAnkicards specs/001 and 004 tasks.md)', async () => {
    const tasks = [
      '# Tasks: Loader',
      '',
      '- [ ] T010 [US1] Implement the loader in /mnt/c/Users/ana/codenexus/experiments/poc-retrieval/core/src/loader.rs',
      '',
      '## Parallel Example: User Story 1',
      '',
      '```text',
      'Task: "T011 [P] [US1] Test the parser in C:/Users/ana/codenexus/experiments/poc-retrieval/core/src/parser.rs"',
      '```',
      '',
    ].join('\n');
    expect(await pathProblems({ 'specs/001-loader/tasks.md': tasks })).toEqual([
      "tasks.md error 3:42 Path '/mnt/c/Users/ana/codenexus/experiments/poc-retrieval/core/src/loader.rs' is an absolute path outside the repository; it is in a copy of this repository on the author's machine, where from the root it is 'experiments/poc-retrieval/core/src/loader.rs', which is not in the repository",
      "tasks.md error 8:42 Path 'C:/Users/ana/codenexus/experiments/poc-retrieval/core/src/parser.rs' is an absolute path outside the repository; did you mean 'experiments/poc-retrieval/core/src/parser.rs'?",
    ]);
  });

  it('takes a file a task creates in a copy of the repository as one it creates in the repository, and a task that opens with Create as creating its files (held out: 1INDEPENDENT1/puzzleMovieWordsToAnkicards specs/001 tasks.md:27 and :38, isaacfinnegan/whispercode plan :17)', async () => {
    const tasks = [
      '# Tasks: Loader',
      '',
      '- [ ] T004 Create CLI option model in /mnt/c/Users/ana/codenexus/experiments/poc-retrieval/core/src/options.rs',
      '- [ ] T005 Add the option parsing in /mnt/c/Users/ana/codenexus/experiments/poc-retrieval/core/src/parser.rs',
      '- [ ] T006 Wire the options into /mnt/c/Users/ana/codenexus/experiments/poc-retrieval/core/src/cli.rs',
      '',
    ].join('\n');
    expect(await pathProblems({ 'specs/001-loader/tasks.md': tasks })).toEqual([
      "tasks.md error 4:38 Path '/mnt/c/Users/ana/codenexus/experiments/poc-retrieval/core/src/parser.rs' is an absolute path outside the repository; did you mean 'experiments/poc-retrieval/core/src/parser.rs'?",
      "tasks.md error 5:34 Path '/mnt/c/Users/ana/codenexus/experiments/poc-retrieval/core/src/cli.rs' is an absolute path outside the repository; it is in a copy of this repository on the author's machine, where from the root it is 'experiments/poc-retrieval/core/src/cli.rs', which is not in the repository",
    ]);
  });

  it('takes a task titled with a verb of changing as changing the files it names with their folders, which must be there (round 14: AHMED9937/ASD-SmartCare 001 tasks.md:84 under "T020 Migrate 10 target screens"; gram-data-gram-hs 029 tasks.md:253 `Gram.JSON`)', async () => {
    const tasks = [
      '# Tasks: Screens',
      '',
      '- [ ] T020 [US1] Migrate 3 target screens to tokens (catalog fixed):',
      '\t 1) experiments/poc-retrieval/core/src/parser.rs',
      '\t 2) experiments/poc-retrieval/core/src/search_screen.rs',
      '- [ ] T021 Update `libs/pattern/README.md` (if exists) to document `Pattern.JSON`',
      '- [ ] T022 Implement the loader in experiments/poc-retrieval/core/src/loader.rs',
      '',
    ].join('\n');
    expect(await pathProblems({ 'specs/001-screens/tasks.md': tasks })).toEqual([
      "tasks.md error 5:6 Path 'experiments/poc-retrieval/core/src/search_screen.rs' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });

  it('takes a task titled with a verb of running as running the scripts it names, which must be there, and as leaving its other files to the work (round 38: 15394730733/ttsForAI 001 tasks.md:391-392)', async () => {
    const tasks = [
      '# Tasks: Polish',
      '',
      '- [ ] T125 运行完整测试套件并确保通过 experiments/poc-retrieval/core/src/parser.rs',
      '- [ ] T127 [P] 执行性能基准测试 experiments/poc-retrieval/scripts/benchmark.sh',
      '- [ ] T129 Run the load test and write experiments/poc-retrieval/reports/load.md',
      '',
    ].join('\n');
    expect(await pathProblems({ 'specs/001-polish/tasks.md': tasks })).toEqual([
      "tasks.md error 4:25 Path 'experiments/poc-retrieval/scripts/benchmark.sh' does not exist",
    ]);
  });

  it('reads the verbs of changing and making in the language the task is written in (round 17: 2894832607/RAG_SYSTEM poetry-visualization tasks.md:27; round 13: 7Republik/reservo-spot 02 tasks.md:40; round 19: 799952500/PonyFlux-Pay 006 tasks.md:66, AB-Office/cloudinbox 20260110 tasks.md:127, :138)', async () => {
    const tasks = [
      '# Tasks: Tokens',
      '',
      '- [ ] T009 [P] [US4] 在 Frontend 中更新 `experiments/poc-retrieval/core/src/auth_service.rs` 处理拦截器逻辑自动附加 Token',
      '- [ ] T010 Actualizar `experiments/poc-retrieval/core/src/dashboard_header.rs` con el saludo',
      '- [ ] T011 Migrar las pantallas a tokens: experiments/poc-retrieval/core/src/screen.rs',
      '- [ ] T012 更新: experiments/poc-retrieval/core/src/session.rs',
      '- [ ] T013 Implement the loader in experiments/poc-retrieval/core/src/loader.rs',
      '- [ ] T014 在 Frontend 中实现 `experiments/poc-retrieval/core/src/history_view.rs`',
      '- [ ] T015 [P] [US1] 在 `experiments/poc-retrieval/core/src/security_test.rs` 覆盖 POST 三种场景',
      '- [ ] T016 `experiments/poc-retrieval/core/src/repo.rs`に`watchTaskResult`メソッドを追加',
      '- [ ] T017 成果物: experiments/poc-retrieval/core/src/mail.rs（更新）',
      '',
    ].join('\n');
    expect(await pathProblems({ 'specs/001-tokens/tasks.md': tasks })).toEqual([
      "tasks.md error 3:38 Path 'experiments/poc-retrieval/core/src/auth_service.rs' does not exist; if the ticket creates it, mark it (new)",
      "tasks.md error 4:24 Path 'experiments/poc-retrieval/core/src/dashboard_header.rs' does not exist; if the ticket creates it, mark it (new)",
      "tasks.md error 5:43 Path 'experiments/poc-retrieval/core/src/screen.rs' does not exist; if the ticket creates it, mark it (new)",
      "tasks.md error 6:16 Path 'experiments/poc-retrieval/core/src/session.rs' does not exist; if the ticket creates it, mark it (new)",
      "tasks.md error 9:25 Path 'experiments/poc-retrieval/core/src/security_test.rs' does not exist; if the ticket creates it, mark it (new)",
      "tasks.md error 10:13 Path 'experiments/poc-retrieval/core/src/repo.rs' does not exist; if the ticket creates it, mark it (new)",
      "tasks.md error 11:17 Path 'experiments/poc-retrieval/core/src/mail.rs' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });

  it('reads the verbs of making and changing in the language the plan is written in, before the path or, in Japanese and Korean, after it', async () => {
    const text = plan(
      ['phase: 04.5', 'plan: 03-W4'],
      [
        '<action>',
        '新建 `experiments/poc-retrieval/core/src/fresh.rs`，首行写入模块注释。',
        '新建 `experiments/poc-retrieval/core/src/a.rs`、`experiments/poc-retrieval/core/src/b.rs`（held out: 16680-creator/ai-customer-service 005 tasks.md:32）',
        'Crear el archivo `experiments/poc-retrieval/core/src/offline.rs` con el indicador.',
        'Nuovo helper `experiments/poc-retrieval/core/src/extraetf.rs` per il parsing (round 42: AlfonsoGangemi/MoneyGrowth pac-165 :48).',
        'Aggiorna `experiments/poc-retrieval/core/src/stale.rs` con il campo.',
        '`experiments/poc-retrieval/core/src/store.rs` を作成する。',
        'Wire `experiments/poc-retrieval/core/src/gone.rs` into the graph.',
        '</action>',
      ],
    );
    expect(await pathProblems({ [`${PHASE}/04.5-03-W4-PLAN.md`]: text })).toEqual([
      "04.5-03-W4-PLAN.md error 11:11 Path 'experiments/poc-retrieval/core/src/stale.rs' does not exist; if the ticket creates it, mark it (new)",
      "04.5-03-W4-PLAN.md error 13:7 Path 'experiments/poc-retrieval/core/src/gone.rs' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });

  it('reads the quoted prompt as prose, not as a command\'s quoted pattern (gram-data-gram-hs specs/012 tasks.md)', async () => {
    const tasks = [
      '# Tasks: Predicate matching',
      '',
      '- [x] T001 [P] [US1] Write unit test for `anyValue` in libs/pattern/tests/Spec/Pattern/CoreSpec.hs',
      '- [ ] T002 [US1] Note the predicates in CONTEXT.md',
      '',
      '## Parallel Example: User Story 1',
      '',
      '```bash',
      '# Launch all tests for User Story 1 together:',
      'Task: "Write unit test for anyValue with atomic pattern in tests/Spec/Pattern/CoreSpec.hs"',
      'Task T003: "Create docs/users/guides/getting-started.md"',
      'grep -n "tests/Spec/Pattern/CoreSpec.hs" experiments/poc-retrieval/notes.md',
      '```',
      '',
    ].join('\n');
    expect(await pathProblems({ 'specs/012-predicate-matching/tasks.md': tasks })).toEqual([
      "tasks.md warning 10:60 Path 'tests/Spec/Pattern/CoreSpec.hs' is written from a subfolder; from the repository root it is 'libs/pattern/tests/Spec/Pattern/CoreSpec.hs'",
      "tasks.md error 12:42 Path 'experiments/poc-retrieval/notes.md' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });
});

describe('what a plan says of the files it describes', () => {
  it('reads a task\'s **Files:** line in a plan written in Markdown as its <files>, the files the task writes (round 43: cyberbloke9/pmp-gywd 54-01-PLAN.md:84-85)', async () => {
    const text = [
      '# Phase 54: Live Dashboard WebSocket',
      '',
      '## Goal',
      '',
      'Wire the dashboard to the gateway.',
      '',
      '### Task 7: Write tests',
      '**Files:** `experiments/poc-retrieval/tests/ws-client.test.ts`, `experiments/poc-retrieval/tests/useWebSocket.test.ts`',
      '',
      '- Test WS client connection, reconnection, event buffering',
      '- Read `experiments/poc-retrieval/core/src/ws.rs` first',
      '',
    ].join('\n');
    expect(await pathProblems({ '.planning/phases/54-live-dashboard-websocket/54-01-PLAN.md': text })).toEqual([
      "54-01-PLAN.md error 11:9 Path 'experiments/poc-retrieval/core/src/ws.rs' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });

  it('reads the links in the text an item gives the document it opens with from that document\'s folder (round 40: 0jrm/truth 05-02-PLAN.md:61-62)', async () => {
    const text = plan(
      ['phase: 05-integration', 'plan: "02"', 'files_modified:', '  - notes/agent-workflow.md', '  - notes/log-convention.md'],
      [
        '<task type="auto">',
        '  <name>Task 1: Expand sample notes with cross-links</name>',
        '  <files>notes/agent-workflow.md, notes/log-convention.md, notes/hybrid-search.md</files>',
        '  <action>',
        'Create 2 new OKF notes with valid frontmatter (type, title, timestamp):',
        '- `notes/agent-workflow.md` — search-before-answer / write-after-learn loop; link to [log convention](log-convention.md) and [hybrid search](hybrid-search.md)',
        '- `notes/log-convention.md` — OKF log.md append behavior; link back to [agent workflow](agent-workflow.md) and [OKF format](okf-format.md)',
        '- Link the [context](../../../CONTEXT.md) of the phase, as this plan reads it',
        '  </action>',
        '</task>',
      ],
    );
    expect(await pathProblems({ '.planning/phases/05-integration/05-02-PLAN.md': text })).toEqual([
      "05-02-PLAN.md error 15:125 Path 'notes/okf-format.md' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });

  it('reads a folder in brackets, as web frameworks name their routes, as part of a path in prose (round 40: 13g7895123/blog)', async () => {
    const tasks = ['# Tasks: Posts', '', '- [ ] T020 Update the editor in pages/posts/[id]/edit.vue and pages/posts/[id]/view.vue', ''].join('\n');
    expect(await pathProblems({ 'specs/002-posts/tasks.md': tasks })).toEqual([
      "tasks.md error 3:63 Path 'pages/posts/[id]/view.vue' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });

  it('reads the verbs of Chinese in either script, and a place after the verb\'s object as no clause of its own (round 40: 13g7895123/blog tasks.md)', async () => {
    const tasks = [
      '# Tasks: 文章',
      '',
      '- [ ] T030 建立文章編輯頁面 在 `experiments/poc-retrieval/web/pages/posts/new.vue`',
      '- [ ] T031 [P] 執行 experiments/poc-retrieval/scripts/seed.sh',
      '- [ ] T032 刪除 `experiments/poc-retrieval/core/src/legacy.rs`',
      '- [ ] T033 在 `experiments/poc-retrieval/core/src/editor.rs` 修復 保存',
      '',
    ].join('\n');
    expect(await pathProblems({ 'specs/003-posts/tasks.md': tasks })).toEqual([
      "tasks.md error 4:19 Path 'experiments/poc-retrieval/scripts/seed.sh' does not exist",
      "tasks.md error 6:15 Path 'experiments/poc-retrieval/core/src/editor.rs' does not exist; if the ticket creates it, mark it (new)",
    ]);
  });
});
