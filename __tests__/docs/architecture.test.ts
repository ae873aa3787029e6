import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { PROJECT_ROOT } from '../helpers/run-built.js';
import { sourceFiles } from '../helpers/source-files.js';

const eslint = new ESLint({ cwd: PROJECT_ROOT });

/** The import-boundary messages ESLint gives a file at `filePath` that imports `specifier`. */
async function boundaryErrors(filePath: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import '${specifier}';\n`, { filePath: path.join(PROJECT_ROOT, filePath) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('the architecture of docs/architecture.md, kept by ESLint', () => {
  it.each([
    ['src/core/text/x.ts', '../parse/ticket.js', 'core/text comes before'],
    ['src/core/parse/x.ts', '../engine/lint.js', 'core/parse comes before'],
    ['src/core/sizing/x.ts', '../graph/ticket-graph.js', 'core/sizing comes before'],
    ['src/core/engine/x.ts', '../../host/git-host.js', 'The core imports nothing from outside src/core/'],
    ['src/core/engine/x.ts', '../../main.js', 'The core imports nothing from the entries'],
    ['src/core/config/x.ts', 'node:fs', 'The core is pure'],
    ['src/core/graph/x.ts', '@actions/core', 'The core knows nothing of GitHub'],
    ['src/rules/x.ts', '../host/git-host.js', 'src/rules/ may import the core only'],
    ['src/output/x.ts', '../github/annotate.js', 'src/output/ may import the core only'],
    ['src/output/x.ts', '@actions/core', 'The core knows nothing of GitHub'],
    ['src/host/x.ts', '../rules/index.js', 'src/host/ may import the core only'],
    ['src/app/x.ts', '../github/inputs.js', 'src/app/ may import the core and host, rules only'],
  ])('%s may not import %s', async (file, specifier, message) => {
    const errors = await boundaryErrors(file, specifier);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it.each([
    ['src/core/engine/x.ts', '../parse/ticket.js'],
    ['src/core/parse/x.ts', './formats/index.js'],
    ['src/rules/x.ts', '../core/engine/rule.js'],
    ['src/github/x.ts', '../output/summary.js'],
    ['src/app/x.ts', '../rules/index.js'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await boundaryErrors(file, specifier)).toEqual([]);
  });

  it('has no source file over 300 lines and no class over 150', () => {
    const tooLong: string[] = [];
    for (const file of sourceFiles(path.join(PROJECT_ROOT, 'src'))) {
      const text = readFileSync(file, 'utf8');
      const relative = path.relative(PROJECT_ROOT, file);
      const lines = text.split('\n').length;
      if (lines > 300) tooLong.push(`${relative}: ${lines} lines`);
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isClassLike(node)) {
          const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
          const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
          if (last - first + 1 > 150) tooLong.push(`${relative}: class ${node.name?.text ?? '(anonymous)'} of ${last - first + 1} lines`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(tooLong).toEqual([]);
  });
});
