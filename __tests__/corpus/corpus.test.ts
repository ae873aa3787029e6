import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPORA, lintCorpus } from '../helpers/corpus.js';
import { handList, judge, type PathReport } from '../helpers/hand-lists.js';
import { removeTemporaryFolders } from '../helpers/git-repository.js';
import { FIXTURES } from '../helpers/lint-fixture.js';

interface Figures {
  truePositives: number;
  falsePositives: number;
  caught: number;
  broken: number;
}

interface UnlistedVerdict {
  corpus: string;
  file: string;
  line: number;
  path: string;
  verdict: 'true' | 'false';
  why: string;
}

/**
 * Path reports on the real ticket corpora, judged against hand lists of their broken pointers made by
 * readers who never saw ticket-lint's output (fixtures/hand-lists/BRIEF.md). The figures may only get
 * better: a change that loses a true report, adds a false one, or misses a caught pointer fails here,
 * and so does a report no hand list covers until someone judges it in corpus-verdicts.json. A hand
 * list's verdict stands unless a second reader, given the lines and the brief but not the tool's
 * output, disagreed (`secondOpinions`, each with the reader's reason). Each corpus is linted as its
 * repository: the paths of FILES.txt, and what its own .gitignore files say (fixtures/corpus-gitignore).
 */
const { figures: FIGURES, unlisted: UNLISTED, secondOpinions: SECOND_OPINIONS } = JSON.parse(readFileSync(path.join(FIXTURES, 'corpus-verdicts.json'), 'utf8')) as {
  figures: Record<string, Figures>;
  unlisted: UnlistedVerdict[];
  secondOpinions: UnlistedVerdict[];
};
const keyOf = (corpus: string, report: Pick<PathReport, 'file' | 'line' | 'path'>): string => `${corpus} ${report.file}:${report.line} ${report.path}`;

afterAll(removeTemporaryFolders);

describe('path reports on the real ticket corpora, against hand lists made without the tool', () => {
  it('has a hand list and figures for every corpus', () => {
    expect(CORPORA.filter((corpus) => handList(corpus).length === 0 || FIGURES[corpus] === undefined)).toEqual([]);
  });

  it.each(CORPORA)('%s: every report is judged, and no figure got worse', async (corpus) => {
    const judged = judge(corpus, await lintCorpus(corpus));
    const verdicts = new Map(UNLISTED.filter((verdict) => verdict.corpus === corpus).map((verdict) => [keyOf(corpus, verdict), verdict]));
    expect(judged.unlisted.map((report) => keyOf(corpus, report)).filter((key) => !verdicts.has(key))).toEqual([]);
    const unlisted = judged.unlisted.map((report) => verdicts.get(keyOf(corpus, report))?.verdict);
    const secondOpinions = new Set(SECOND_OPINIONS.filter((opinion) => opinion.corpus === corpus && opinion.verdict === 'true').map((opinion) => keyOf(corpus, opinion)));
    const trueOnSecondOpinion = judged.falsePositives.filter(({ report }) => secondOpinions.has(keyOf(corpus, report))).length;
    // A listed broken pointer a second reader calls no pointer of the repository is not counted as one.
    const noPointer = new Set(SECOND_OPINIONS.filter((opinion) => opinion.corpus === corpus && opinion.verdict === 'false').map((opinion) => keyOf(corpus, opinion)));
    const counted = (entry: { file: string; line: number; written: string }): boolean => !noPointer.has(keyOf(corpus, { ...entry, path: entry.written }));
    const figures: Figures = {
      truePositives: judged.truePositives.length + trueOnSecondOpinion + unlisted.filter((verdict) => verdict === 'true').length,
      falsePositives: judged.falsePositives.length - trueOnSecondOpinion + unlisted.filter((verdict) => verdict === 'false').length,
      caught: judged.caught.filter(counted).length,
      broken: judged.broken.filter(counted).length,
    };
    if (process.env['PRINT_FIGURES']) {
      const truePositives = judged.truePositives.map((report) => `${report.file}:${report.line} ${report.path}`);
      const missed = judged.broken.filter((entry) => counted(entry) && !judged.caught.includes(entry)).map((entry) => `${entry.file}:${entry.line} ${entry.written} [${entry.category}${entry.declared === true ? ', declared' : ''}]`);
      console.log(
        JSON.stringify({
          corpus,
          ...figures,
          truePositiveList: truePositives,
          falsePositiveList: judged.falsePositives.map(({ report, entry }) => `${report.file}:${report.line} ${report.path} [${entry.verdict}/${entry.category}]`),
          unlisted: judged.unlisted.map((report) => `${report.file}:${report.line} ${report.path} ${verdicts.get(keyOf(corpus, report))?.verdict ?? 'unjudged'}`),
          missed,
        }),
      );
    }
    const floor = FIGURES[corpus] as Figures;
    expect(figures.broken).toBe(floor.broken);
    expect(figures.truePositives).toBeGreaterThanOrEqual(floor.truePositives);
    expect(figures.caught).toBeGreaterThanOrEqual(floor.caught);
    expect(figures.falsePositives).toBeLessThanOrEqual(floor.falsePositives);
  });
});
