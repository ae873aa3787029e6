import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { PROJECT_ROOT } from '../helpers/run-built.js';
import { sourceFiles } from '../helpers/source-files.js';

/** Every regular expression literal in src/, with where it stands. */
function regexLiterals(): Array<{ where: string; source: string; flags: string }> {
  const found: Array<{ where: string; source: string; flags: string }> = [];
  for (const file of sourceFiles(path.join(PROJECT_ROOT, 'src'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const slash = text.lastIndexOf('/');
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push({ where: `${path.relative(PROJECT_ROOT, file)}:${line + 1}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/**
 * recheck fuzzes with a random seed unless given one, so the same pattern could pass on one run and fail
 * on the next (it did, in CI). Fixed seeds make the verdict the same on every run; two of them catch
 * what one seed's fuzzing misses.
 */
const FUZZ_SEEDS = [0, 1];
const literals = regexLiterals();
/** tokens.ts splits text with the tokenizer's own pattern, as js-tiktoken does. */
const built = await Promise.all(
  ['o200k_base', 'cl100k_base'].map(async (encoding) => ({
    where: `src/core/sizing/tokens.ts pieces of ${encoding}`,
    source: ((await import(`js-tiktoken/ranks/${encoding}`)) as { default: { pat_str: string } }).default.pat_str,
    flags: 'gu',
  })),
);

describe('regular expressions of src/', () => {
  it('finds them all: the literals, and the tokenizer patterns built at run time', () => {
    expect(literals.length).toBeGreaterThan(40);
    const building = sourceFiles(path.join(PROJECT_ROOT, 'src')).filter((file) => /new RegExp/.test(readFileSync(file, 'utf8')));
    expect(building.map((file) => path.relative(PROJECT_ROOT, file))).toEqual([path.join('src', 'core', 'sizing', 'tokens.ts')]);
  });

  it.each([...literals, ...built].map((regex) => [regex.where, regex.source, regex.flags]))(
    'runs in linear time (recheck finds no super-linear backtracking): %s /%s/%s',
    (_where, source, flags) => {
      for (const randomSeed of FUZZ_SEEDS) {
        const result = checkSync(source, flags.replace(/[gy]/g, ''), { timeout: 20_000, randomSeed });
        expect({ randomSeed, status: result.status, complexity: result.status === 'safe' ? 'linear or better' : result }).toEqual({
          randomSeed,
          status: 'safe',
          complexity: 'linear or better',
        });
      }
    },
  );
});
