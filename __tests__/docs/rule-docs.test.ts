import { describe, expect, it } from '@jest/globals';
import type { Root, RootContent } from 'mdast';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { remark } from 'remark';
import { parseYamlMapping } from '../../src/core/config/yaml-mapping.js';
import { RULES, RULE_DOCS_BASE_URL } from '../../src/rules/index.js';
import { lintTexts } from '../helpers/lint-fixture.js';
import { PROJECT_ROOT } from '../helpers/run-built.js';

const DOCS = path.join(PROJECT_ROOT, 'docs', 'rules');
const pages = readdirSync(DOCS).filter((file) => file.endsWith('.md'));

/** The repository every example on the pages is linted in. */
const REPOSITORY = {
  'src/api/login.ts': Array.from({ length: 30 }, (_, i) => `export const login${i} = ${i};`).join('\n') + '\n',
  'src/api/session.ts': Array.from({ length: 10 }, (_, i) => `export const session${i} = ${i};`).join('\n') + '\n',
  'tests/login.test.ts': "import { login0 } from '../src/api/login';\n",
  'docs/guide.md': '# Guide\n',
  'roadmap/spec.md': '---\ntype: spec\n---\n# Spec\n',
};

/** The fenced Markdown example after a heading, with the config of an `<!-- config: {...} -->` just before it. */
function example(tree: Root, heading: string): { text: string; config: Record<string, unknown> } {
  const start = tree.children.findIndex((node) => node.type === 'heading' && node.children.some((c) => 'value' in c && c.value === heading));
  expect(start).toBeGreaterThan(-1);
  let config: Record<string, unknown> = {};
  for (const node of tree.children.slice(start + 1) as RootContent[]) {
    if (node.type === 'heading') break;
    if (node.type === 'html') {
      const match = /^<!-- config: (.*) -->$/.exec(node.value);
      if (match?.[1]) config = parseYamlMapping(match[1], 1).values;
    }
    if (node.type === 'code' && node.lang === 'markdown') return { text: `${node.value}\n`, config };
  }
  throw new Error(`no markdown example under '${heading}'`);
}

describe('docs/rules', () => {
  it('has a page for every registered rule and a rule for every page', () => {
    expect(pages.map((page) => page.replace(/\.md$/, '')).sort()).toEqual(RULES.map((rule) => rule.meta.id).sort());
  });

  it.each(RULES.map((rule) => rule.meta.id))('documents %s: what, why, options, an incorrect and a correct ticket that the rule tells apart', async (id) => {
    const text = readFileSync(path.join(DOCS, `${id}.md`), 'utf8');
    expect(text.startsWith(`# \`${id}\`\n`)).toBe(true);
    for (const heading of ['## Why an agent session needs it', '## Options', '## Incorrect', '## Correct']) expect(text).toContain(`\n${heading}\n`);
    const tree = remark().parse(text);
    const incorrect = example(tree, 'Incorrect');
    const correct = example(tree, 'Correct');
    const rulesOf = async ({ text: ticket, config }: { text: string; config: Record<string, unknown> }) =>
      (await lintTexts({ 'roadmap/example.md': ticket }, { repository: REPOSITORY, config })).diagnostics.filter((d) => d.rule === id);
    const caught = await rulesOf(incorrect);
    expect(caught.length).toBeGreaterThan(0);
    expect(caught.every((d) => d.url === `${RULE_DOCS_BASE_URL}${id}.md`)).toBe(true);
    expect(await rulesOf(correct)).toEqual([]);
  });

  it.each(RULES.map((rule) => rule.meta.id))("lists every option %s declares, with its default", (id) => {
    const rule = RULES.find((candidate) => candidate.meta.id === id);
    const text = readFileSync(path.join(DOCS, `${id}.md`), 'utf8');
    const options = text.slice(text.indexOf('\n## Options\n'), text.indexOf('\n## Incorrect\n'));
    for (const [name, spec] of Object.entries(rule?.meta.options ?? {})) {
      expect(options).toContain(`- \`${name}\` (default \`${JSON.stringify(spec.default).replace(/"/g, '')}\``);
    }
  });

  it("publishes the pages where package.json's repository says", () => {
    const { repository } = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { repository: { url: string } };
    const base = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(RULE_DOCS_BASE_URL).toBe(`${base}/blob/main/docs/rules/`);
  });
});
