import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONFIG } from '../../../src/core/config/config.js';
import { parseTicketFile } from '../../../src/core/parse/parse-ticket-file.js';
import type { Pointer } from '../../../src/core/parse/ticket.js';
import { readFixture } from '../../helpers/lint-fixture.js';

const parse = (text: string, topLevel: string[] = ['src', 'docs', 'tests']) =>
  parseTicketFile('roadmap/file.md', text, { sections: DEFAULT_CONFIG.sections, hints: { topLevelEntries: new Set(topLevel) } });

const brief = (pointer: Pointer) =>
  `${pointer.line}:${pointer.column} ${pointer.source} ${pointer.path}` +
  (pointer.lines ? ` lines ${pointer.lines.start}-${pointer.lines.end}` : '') +
  (pointer.isGlob ? ' glob' : '') +
  (pointer.isNew ? ' new' : '') +
  (pointer.base === 'ticket' ? ' from-ticket' : '');

describe('parseTicketFile', () => {
  describe('a single-ticket file', () => {
    const text = '---\nid: T-7\ntitle: Log in\n---\n# Heading title\n\n## Goal\nG.\n\n## Context\n- `src/a.ts`\n\n## Acceptance Criteria\n- [ ] one\n';

    it('is one ticket spanning the file, with frontmatter lines as in the file', () => {
      const file = parse(text);
      expect(file.format).toBe('single');
      expect(file.tickets).toHaveLength(1);
      const [ticket] = file.tickets;
      expect(ticket).toMatchObject({ id: 'T-7', idLine: 2, title: 'Log in', line: 1, endLine: 14, anchorLine: 5, text });
      expect(ticket?.frontmatter).toMatchObject({ line: 1, endLine: 4, values: { id: 'T-7', title: 'Log in' } });
      expect([...(ticket?.frontmatter?.keyLines ?? [])]).toEqual([['id', 2], ['title', 3]]);
      expect(ticket?.sections.map((s) => `${s.kind} ${s.heading} ${s.line}-${s.endLine}`)).toEqual([
        'goal Goal 7-8',
        'context Context 10-11',
        'acceptance Acceptance Criteria 13-14',
      ]);
    });

    it('takes the title from the first heading and the id from a lone ticket heading', () => {
      const [ticket] = parse('# Ticket 7: Wire the queries\n\n## Goal\nG.\n').tickets;
      expect(ticket).toMatchObject({ id: '7', idLine: 1, title: 'Wire the queries', anchorLine: 1 });
    });

    it('reads CRLF and a byte-order mark exactly as LF', () => {
      const lf = parse(text);
      const crlf = parse(`\uFEFF${text.replace(/\n/g, '\r\n')}`);
      expect(crlf.tickets).toEqual(lf.tickets);
      expect(crlf.problems).toEqual(lf.problems);
    });
  });

  describe('a roadmap file', () => {
    const file = parse(readFixture('parser', 'roadmap.md'));

    it('holds one ticket per ticket heading, ids and titles from the heading, the preamble in none', () => {
      expect(file.format).toBe('roadmap');
      expect(file.tickets.map((t) => `${t.id} | ${t.title} | ${t.line}-${t.endLine}`)).toEqual([
        '1 | Log in | 9-19',
        'T-12 | Route tests | 21-33',
      ]);
      expect(file.tickets[0]?.frontmatter).toBeUndefined();
      expect(file.frontmatter?.values).toEqual({ id: 'AUTH', type: 'spec' });
    });

    it('takes sections from the level below the ticket heading', () => {
      expect(file.tickets[1]?.sections.map((s) => `${s.kind} ${s.line}`)).toEqual(['goal 23', 'context 29', 'acceptance 32']);
    });

    it('finds pointers with their line ranges, (new) marks and "Files to create" entries', () => {
      expect(file.tickets[0]?.pointers.map(brief)).toEqual([
        '15:4 code src/api/login.ts lines 12-30',
        '16:3 list src/api/session.ts new',
      ]);
      expect(file.tickets[1]?.pointers.map(brief)).toEqual([
        '27:4 code tests/routes.test.ts new',
        '30:18 link ../src/router.ts lines 5-9 from-ticket',
        '30:57 link /docs/routes.png',
      ]);
    });

    it('gives the ticket its own text only', () => {
      expect(file.tickets[0]?.text.split('\n')[0]).toBe('## Ticket 1: Log in');
      expect(file.tickets[0]?.text.trimEnd().split('\n').at(-1)).toBe('- [ ] `npm test` passes');
    });
  });

  it('reads a spec file without ticket headings as no tickets', () => {
    const file = parse('---\ntype: spec\n---\n# The plan\n\nWords.\n');
    expect(file.format).toBe('spec');
    expect(file.tickets).toEqual([]);
  });

  it('finds every kind of pointer at its line and column, and skips fenced code', () => {
    const [ticket] = parse(readFixture('parser', 'pointers.md')).tickets;
    expect(ticket?.pointers.map(brief)).toEqual([
      '4:8 code src/a.ts',
      '4:20 code src/b.ts lines 7-7',
      '4:34 code src/c.ts lines 3-4',
      '4:52 code tests/test_x.py',
      '4:86 code src/routes/*.ts glob',
      '8:3 list src/d.ts',
      '9:7 list src/e.ts',
      '10:5 list src/f.ts',
      '11:8 code src/g.ts',
      '12:3 list docs/',
      '13:4 code src/new.ts new',
      '19:8 link ./local/ref.md from-ticket',
      '22:14 link spec.md from-ticket',
    ]);
  });

  it('marks pointers introduced by "e.g." or "for example" as illustrations, to the end of the clause', () => {
    const [ticket] = parse(
      '# T\n\nAssets (e.g. `src/a.png`, `src/b.svg`) and `src/c.ts`. For example: `src/d.ts`; then `src/e.ts`.\n',
    ).tickets;
    expect(ticket?.pointers.map((p) => `${p.path} ${p.isExample}`)).toEqual([
      'src/a.png true',
      'src/b.svg true',
      'src/c.ts false',
      'src/d.ts true',
      'src/e.ts false',
    ]);
  });

  it.each([
    ['an empty file', ''],
    ['a lone frontmatter fence', '---'],
    ['frontmatter that is a list', '---\n- a\n- b\n---\n# T\n'],
    ['NUL and control characters', '# T\u0000\u0007\n\n## Goal\n\u0000`\u0000/a.ts`\n'],
    ['a heading of 100,000 characters', `# Ticket ${'x'.repeat(100_000)}\n`],
    ['deeply nested lists', `${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')}\n`],
    ['unbalanced brackets and backticks', '[[[`a/b.ts](((`` ` \n## Goal\n]]]'],
  ])('never throws on %s', (_name, text) => {
    const file = parse(text);
    for (const ticket of file.tickets) {
      for (const pointer of ticket.pointers) expect(pointer.line).toBeGreaterThanOrEqual(1);
    }
    expect(Array.isArray(file.problems)).toBe(true);
  });

  it('reports frontmatter that is not a mapping', () => {
    expect(parse('---\n- a\n- b\n---\n# T\n').problems).toEqual([
      { about: 'frontmatter', line: 2, message: 'Frontmatter is not valid YAML: expected a mapping of keys to values' },
    ]);
  });

  describe('a context list item', () => {
    const declared = (text: string) =>
      parse(`# T\n\n## Context\n${text}\n`).tickets[0]?.pointers.map((pointer) => `${pointer.path} ${pointer.declared ? 'declared' : 'mentioned'}`);

    it('declares the paths it opens with and reads the remark after its separator as prose', () => {
      expect(declared('- `src/a.ts`, `src/b.ts` — both name `.codex/hooks.json`')).toEqual(['src/a.ts declared', 'src/b.ts declared', '.codex/hooks.json mentioned']);
      expect(declared('- `src/a.ts`: like `src/c.ts`')).toEqual(['src/a.ts declared', 'src/c.ts mentioned']);
      expect(declared('- src/a.ts (see `docs/x.md`)')).toEqual(['src/a.ts declared', 'docs/x.md mentioned']);
      expect(declared('- [the parser](src/a.ts) - next to `src/d.ts`')).toEqual(['src/a.ts declared', 'src/d.ts mentioned']);
    });

    it('declares every path of an item that opens with a label or has no separator', () => {
      expect(declared('- Parser: `src/a.ts`, `src/b.ts`')).toEqual(['src/a.ts declared', 'src/b.ts declared']);
      expect(declared('- `src/a.ts` and `src/b.ts`')).toEqual(['src/a.ts declared', 'src/b.ts declared']);
    });

    // crjfisher-ariadne task-196, "Files Affected Summary"
    it('reads a plain path as Markdown renders it: underscores inside it are its own, a backslash escapes', () => {
      expect(declared('- index_single_file/scopes/boundary_base.ts — ScopeBoundaries extension, truncate helper')).toEqual(['index_single_file/scopes/boundary_base.ts declared']);
      expect(declared('- metadata_extractors/\\*.test.ts — extensions (~22 tests)')).toEqual(['metadata_extractors/*.test.ts declared']);
      expect(declared('- **src/a.ts** — bold')).toEqual(['src/a.ts declared']);
    });
  });
});
