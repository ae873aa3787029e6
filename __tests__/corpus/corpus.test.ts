import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPORA, lintCorpus } from '../helpers/corpus.js';
import { FIXTURES } from '../helpers/lint-fixture.js';

interface Verdict {
  corpus: string;
  file: string;
  line: number;
  column: number;
  rule: string;
  pointer: string;
  verdict: string;
}

/**
 * Every path problem reported on the real ticket corpora, each checked by hand against the ticket's
 * text: none is a false alarm. A new report fails this test until someone reads it and either fixes
 * the check or adds it here with its verdict; a report that disappears fails it too.
 */
const { checked: CHECKED, verdicts: VERDICTS } = JSON.parse(readFileSync(path.join(FIXTURES, 'corpus-verdicts.json'), 'utf8')) as { checked: string[]; verdicts: Verdict[] };
const TRUE_MISSES = new Set(['outside', 'renamed', 'relative-to-subfolder', 'stale', 'new-unmarked', 'typo']);
const key = (v: { corpus: string; file: string; line: number; column?: number; rule: string }) =>
  `${v.corpus} ${v.file}:${v.line}:${v.column ?? 0} ${v.rule}`;

describe('the real ticket corpora', () => {
  it('has a hand-checked verdict for every report, and every verdict is a true miss', async () => {
    expect(VERDICTS.filter((verdict) => !TRUE_MISSES.has(verdict.verdict))).toEqual([]);
  });

  it('checks corpora that are there', () => {
    expect(CHECKED.filter((corpus) => !CORPORA.includes(corpus))).toEqual([]);
  });

  it.each(CHECKED)('reports on %s exactly the hand-checked path problems: zero false alarms', async (corpus) => {
    const report = await lintCorpus(corpus);
    const reported = report.diagnostics
      .filter((d) => d.rule === 'path-exists' || d.rule === 'path-outside-repo')
      .map((d) => key({ corpus, ...d }))
      .sort();
    const expected = VERDICTS.filter((verdict) => verdict.corpus === corpus).map(key).sort();
    expect(reported).toEqual(expected);
  });
});
