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

  it('uploads the sarif output to code scanning in its recipe, with the permission upload-sarif needs', () => {
    const block = /```yaml\n(# \.github\/workflows\/ticket-scanning\.yml\n[\s\S]*?)```/.exec(readme)?.[1];
    const recipe = parse(block ?? '') as {
      permissions: Record<string, string>;
      jobs: Record<string, { steps: Array<{ uses?: string; id?: string; if?: string; with?: Record<string, string> }> }>;
    };
    expect(recipe.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    const steps = Object.values(recipe.jobs).flatMap((job) => job.steps);
    const lint = steps.find((step) => step.uses?.startsWith('ticket-lint/ticket-lint@'));
    const upload = steps.find((step) => step.uses === 'github/codeql-action/upload-sarif@v3');
    expect(lint?.id).toBe('ticket-lint');
    expect(lint?.with).toEqual({ scope: 'all', 'fail-on': 'never' });
    expect(upload?.if).toBe("always() && steps.ticket-lint.outputs.sarif != ''");
    expect(upload?.with).toEqual({ sarif_file: '${{ steps.ticket-lint.outputs.sarif }}', category: 'ticket-lint' });
    expect(Object.keys(action.outputs)).toContain('sarif');
    // The action's inputs it sets exist.
    expect(Object.keys(lint?.with ?? {}).filter((input) => !(input in action.inputs))).toEqual([]);
  });

  it('gives the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });
});
