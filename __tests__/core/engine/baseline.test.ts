import { describe, expect, it } from '@jest/globals';
import { applyBaseline, pruneBaseline, recordBaseline, serializeBaseline, type Baseline } from '../../../src/core/engine/baseline.js';
import { BaselineError, parseBaseline } from '../../../src/core/engine/parse-baseline.js';
import type { Diagnostic, Report } from '../../../src/core/engine/report.js';

const PATH = 'aaaaaaaaaaaaaaaa';
const VAGUE = 'bbbbbbbbbbbbbbbb';
const SIZE = 'cccccccccccccccc';

function problem(file: string, line: number, rule: string, fingerprint: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { file, line, endLine: line, rule, severity, message: `${rule} on line ${line}`, fingerprint };
}

function reportOf(diagnostics: Diagnostic[]): Report {
  const count = (severity: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === severity).length;
  return { version: 1, tickets: [], diagnostics, counts: { tickets: 3, files: 2, errors: count('error'), warnings: count('warning') } };
}

const baseline = (...entries: Baseline['entries']): Baseline => ({ version: 1, entries });

describe('applyBaseline', () => {
  const twoVague = [problem('roadmap/a.md', 4, 'vague-language', VAGUE, 'warning'), problem('roadmap/a.md', 9, 'vague-language', VAGUE, 'warning')];

  it('suppresses each problem its entry counts, and reports what is left with the counts of what is left', () => {
    const report = reportOf([problem('roadmap/a.md', 2, 'path-exists', PATH), ...twoVague, problem('roadmap/b.md', 1, 'ticket-size', SIZE)]);
    const applied = applyBaseline(report, baseline({ file: 'roadmap/a.md', rule: 'path-exists', fingerprint: PATH, count: 1 }, { file: 'roadmap/a.md', rule: 'vague-language', fingerprint: VAGUE, count: 2 }), '.ticket-lint-baseline.json');
    expect(applied.diagnostics).toEqual([problem('roadmap/b.md', 1, 'ticket-size', SIZE)]);
    expect(applied.counts).toEqual({ tickets: 3, files: 2, errors: 1, warnings: 0 });
    expect(applied.baseline).toEqual({ file: '.ticket-lint-baseline.json', suppressed: 3, stale: [] });
  });

  it('reports the problems beyond an entry\'s count, the last ones in report order', () => {
    const applied = applyBaseline(reportOf(twoVague), baseline({ file: 'roadmap/a.md', rule: 'vague-language', fingerprint: VAGUE, count: 1 }), 'b.json');
    expect(applied.diagnostics).toEqual([problem('roadmap/a.md', 9, 'vague-language', VAGUE, 'warning')]);
    expect(applied.counts).toEqual({ tickets: 3, files: 2, errors: 0, warnings: 1 });
    expect(applied.baseline).toEqual({ file: 'b.json', suppressed: 1, stale: [] });
  });

  it('matches file, rule and fingerprint all three', () => {
    const report = reportOf([problem('roadmap/a.md', 2, 'path-exists', PATH)]);
    const near = baseline(
      { file: 'roadmap/b.md', rule: 'path-exists', fingerprint: PATH, count: 1 },
      { file: 'roadmap/a.md', rule: 'new-file', fingerprint: PATH, count: 1 },
      { file: 'roadmap/a.md', rule: 'path-exists', fingerprint: SIZE, count: 1 },
    );
    const applied = applyBaseline(report, near, 'b.json');
    expect(applied.diagnostics).toEqual(report.diagnostics);
    expect(applied.baseline).toEqual({ file: 'b.json', suppressed: 0, stale: near.entries });
  });

  it('calls stale the part of a count no problem used, and the entries of files no longer linted in a whole run', () => {
    const report = reportOf([problem('roadmap/a.md', 4, 'vague-language', VAGUE, 'warning')]);
    const applied = applyBaseline(report, baseline({ file: 'roadmap/a.md', rule: 'vague-language', fingerprint: VAGUE, count: 3 }, { file: 'roadmap/gone.md', rule: 'ticket-size', fingerprint: SIZE, count: 1 }), 'b.json');
    expect(applied.diagnostics).toEqual([]);
    expect(applied.baseline).toEqual({
      file: 'b.json',
      suppressed: 1,
      stale: [{ file: 'roadmap/a.md', rule: 'vague-language', fingerprint: VAGUE, count: 2 }, { file: 'roadmap/gone.md', rule: 'ticket-size', fingerprint: SIZE, count: 1 }],
    });
  });

  it('leaves the entries of files a run did not lint out of it: not stale', () => {
    const report = reportOf([problem('roadmap/a.md', 4, 'vague-language', VAGUE, 'warning')]);
    const applied = applyBaseline(report, baseline({ file: 'roadmap/other.md', rule: 'ticket-size', fingerprint: SIZE, count: 1 }), 'b.json', ['roadmap/a.md']);
    expect(applied.diagnostics).toEqual(report.diagnostics);
    expect(applied.baseline).toEqual({ file: 'b.json', suppressed: 0, stale: [] });
  });
});

describe('recordBaseline and pruneBaseline', () => {
  const report = reportOf([problem('roadmap/b.md', 1, 'ticket-size', SIZE), problem('roadmap/a.md', 4, 'vague-language', VAGUE, 'warning'), problem('roadmap/a.md', 9, 'vague-language', VAGUE, 'warning')]);

  it('records one entry per file, rule and fingerprint with its count, sorted', () => {
    expect(recordBaseline(report, undefined)).toEqual(
      baseline({ file: 'roadmap/a.md', rule: 'vague-language', fingerprint: VAGUE, count: 2 }, { file: 'roadmap/b.md', rule: 'ticket-size', fingerprint: SIZE, count: 1 }),
    );
  });

  it('keeps the entries of files it did not lint, and replaces those of files it did', () => {
    const previous = baseline({ file: 'roadmap/a.md', rule: 'path-exists', fingerprint: PATH, count: 4 }, { file: 'roadmap/z.md', rule: 'path-exists', fingerprint: PATH, count: 2 });
    const linted = reportOf([problem('roadmap/a.md', 4, 'vague-language', VAGUE, 'warning')]);
    expect(recordBaseline(linted, previous, ['roadmap/a.md'])).toEqual(
      baseline({ file: 'roadmap/a.md', rule: 'vague-language', fingerprint: VAGUE, count: 1 }, { file: 'roadmap/z.md', rule: 'path-exists', fingerprint: PATH, count: 2 }),
    );
  });

  it('prunes the entries whose problems are gone, lowers the counts of those with fewer, and adds none', () => {
    const fewer = reportOf([problem('roadmap/a.md', 4, 'vague-language', VAGUE, 'warning'), problem('roadmap/c.md', 1, 'path-exists', PATH)]);
    const previous = baseline({ file: 'roadmap/a.md', rule: 'vague-language', fingerprint: VAGUE, count: 2 }, { file: 'roadmap/b.md', rule: 'ticket-size', fingerprint: SIZE, count: 1 });
    expect(pruneBaseline(fewer, previous)).toEqual({
      baseline: baseline({ file: 'roadmap/a.md', rule: 'vague-language', fingerprint: VAGUE, count: 1 }),
      removed: [{ file: 'roadmap/a.md', rule: 'vague-language', fingerprint: VAGUE, count: 1 }, { file: 'roadmap/b.md', rule: 'ticket-size', fingerprint: SIZE, count: 1 }],
    });
  });

  it('prunes only in the files a run linted', () => {
    const previous = baseline({ file: 'roadmap/b.md', rule: 'ticket-size', fingerprint: SIZE, count: 1 });
    expect(pruneBaseline(reportOf([]), previous, ['roadmap/a.md'])).toEqual({ baseline: previous, removed: [] });
  });
});

describe('serializeBaseline and parseBaseline', () => {
  const sizeEntry = { file: 'roadmap/b.md', rule: 'ticket-size', fingerprint: SIZE, count: 1 };
  const vagueEntry = { file: 'roadmap/a.md', rule: 'vague-language', fingerprint: VAGUE, count: 2 };
  const written = baseline(sizeEntry, vagueEntry);

  it('writes one sorted entry a line, and reads back what it wrote', () => {
    const text = serializeBaseline(written);
    expect(text).toBe(
      [
        '{',
        '  "version": 1,',
        '  "entries": [',
        `    {"file":"roadmap/a.md","rule":"vague-language","fingerprint":"${VAGUE}","count":2},`,
        `    {"file":"roadmap/b.md","rule":"ticket-size","fingerprint":"${SIZE}","count":1}`,
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
    expect(parseBaseline(text, 'b.json')).toEqual(baseline(vagueEntry, sizeEntry));
    expect(serializeBaseline(baseline())).toBe('{\n  "version": 1,\n  "entries": []\n}\n');
  });

  it('adds the counts of an entry written twice (two branches merged)', () => {
    const entry = `{"file":"roadmap/a.md","rule":"vague-language","fingerprint":"${VAGUE}","count":2}`;
    expect(parseBaseline(`{"version":1,"entries":[${entry},${entry}]}`, 'b.json')).toEqual(baseline({ file: 'roadmap/a.md', rule: 'vague-language', fingerprint: VAGUE, count: 4 }));
  });

  const entry = (fields: string) => `{"version": 1, "entries": [{"file": "roadmap/a.md", "rule": "vague-language", "fingerprint": "${VAGUE}", "count": 1}, ${fields}]}`;
  it.each([
    ['{"version": 1,\n  "entries": [1,]}', 'b.json:2:17: not valid JSON: unexpected "]"'],
    ['{"version": 1,}', 'b.json:1:15: not valid JSON: unexpected "}"'],
    ['', 'b.json:1:1: not valid JSON: unexpected end of file'],
    ['[]', "b.json: expected an object with 'version' and 'entries'; got []"],
    ['{"version": 2, "entries": []}', "b.json: 'version' must be 1; got 2"],
    ['{"version": 1}', "b.json: 'entries' must be a list; got nothing"],
    [entry('"x"'), 'b.json: entries[1]: expected an object with \'file\', \'rule\', \'fingerprint\' and \'count\'; got "x"'],
    [entry(`{"file": "", "rule": "r", "fingerprint": "${VAGUE}", "count": 1}`), "b.json: entries[1]: 'file' must be a non-empty string; got \"\""],
    [entry(`{"file": "a", "rule": 3, "fingerprint": "${VAGUE}", "count": 1}`), "b.json: entries[1]: 'rule' must be a non-empty string; got 3"],
    [entry('{"file": "a", "rule": "r", "fingerprint": "xyz", "count": 1}'), "b.json: entries[1]: 'fingerprint' must be 16 hexadecimal digits; got \"xyz\""],
    [entry(`{"file": "a", "rule": "r", "fingerprint": "${VAGUE}", "count": 0}`), "b.json: entries[1]: 'count' must be a whole number of 1 or more; got 0"],
    [entry(`{"file": "a", "rule": "r", "fingerprint": "${VAGUE}", "count": 1.5}`), "b.json: entries[1]: 'count' must be a whole number of 1 or more; got 1.5"],
    [entry(`{"file": "a", "rule": "r", "fingerprint": "${VAGUE}", "count": "2"}`), "b.json: entries[1]: 'count' must be a whole number of 1 or more; got \"2\""],
    [entry(`{"file": "a", "rule": "r", "fingerprint": "${VAGUE}", "count": 1, "line": 3}`), 'b.json: entries[1]: unknown key "line"'],
  ])('refuses %j: %s', (text, message) => {
    expect(() => parseBaseline(text, 'b.json')).toThrow(BaselineError);
    expect(() => parseBaseline(text, 'b.json')).toThrow(new Error(message));
  });
});
