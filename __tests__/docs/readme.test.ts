import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { USAGE } from '../../src/cli/arguments.js';
import { PROJECT_ROOT } from '../helpers/run-built.js';

const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const action = parse(readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

/** The rows of the README table whose header starts with `first`, as arrays of cell texts. */
function table(first: string): string[][] {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${first} |`));
  expect(start).toBeGreaterThan(-1);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((cell) => cell.trim()));
  }
  return rows;
}

const unquote = (cell: string) => cell.replace(/^`|`$/g, '');

describe('README', () => {
  it("lists the action's inputs with their defaults exactly as action.yml declares them", () => {
    const rows = table('input').map(([name = '', defaultValue = '']) => [unquote(name), unquote(defaultValue)]);
    expect(rows).toEqual(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']));
  });

  it("lists the action's outputs exactly as action.yml declares them", () => {
    expect(table('output').map(([name = '']) => unquote(name))).toEqual(Object.keys(action.outputs));
  });

  it('runs on node24 from the committed bundle', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it("lists the CLI's options as --help words them, every line", () => {
    const options = USAGE.slice(USAGE.indexOf('Options:'), USAGE.indexOf('  -h, --help')).split('\n').slice(1).filter(Boolean);
    expect(options.length).toBeGreaterThan(10);
    expect(options.filter((line) => !readme.split('\n').includes(line))).toEqual([]);
  });

  it('gives the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });
});
