import { describedAs, stringList } from '../core/config/expectations.js';
import { describeValue } from '../core/text/describe-value.js';
import type { Rule } from '../core/engine/rule.js';
import type { Frontmatter } from '../core/parse/ticket.js';

const isText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';
const isId = (value: unknown): boolean => isText(value) || Number.isInteger(value);

/** Each known key and what its value must be; undefined when it fits, else what was expected. */
const KNOWN_KEYS: Record<string, (value: unknown) => string | undefined> = {
  id: (value) => (isId(value) ? undefined : 'a string'),
  title: (value) => (isText(value) ? undefined : 'a string'),
  status: (value) => (isText(value) ? undefined : 'a status word'),
  parent: (value) => (isText(value) ? undefined : 'a path to the parent spec'),
  depends_on: (value) => (Array.isArray(value) && value.every(isId) ? undefined : 'a list of ticket ids'),
  parallel: (value) => (typeof value === 'boolean' ? undefined : 'true or false'),
  estimate: (value) => (isText(value) || typeof value === 'number' ? undefined : 'free text'),
};

type Options = { required: string[] };

export const frontmatter: Rule<Options> = {
  meta: {
    id: 'frontmatter',
    severity: 'error',
    description: 'Frontmatter is valid YAML, known keys have the right type, and required keys are present.',
    options: {
      required: {
        default: [],
        expect: describedAs(stringList, 'frontmatter keys'),
        description: "keys every ticket's frontmatter must have (flat key 'frontmatter.required')",
      },
    },
  },
  checkFile(file) {
    const findings = file.problems
      .filter((problem) => problem.about === 'frontmatter')
      .map((problem) => ({ line: problem.line, message: problem.message }));
    if (file.frontmatter) findings.push(...wrongTypes(file.frontmatter));
    return findings;
  },
  check(ticket, { options, file }) {
    // Roadmap tickets take their id and title from their heading and have no frontmatter of their own.
    if (!ticket.ownsFrontmatter || options.required.length === 0) return [];
    if (file.problems.some((problem) => problem.about === 'frontmatter')) return [];
    const present = ticket.frontmatter?.values ?? {};
    const missing = options.required.filter((key) => !Object.hasOwn(present, key) || present[key] === undefined || present[key] === null);
    if (missing.length === 0) return [];
    const keys = missing.map((key) => `'${key}'`).join(', ');
    return [
      ticket.frontmatter
        ? { line: ticket.frontmatter.line, message: `Frontmatter lacks required ${missing.length === 1 ? 'key' : 'keys'} ${keys}` }
        : { line: 1, message: `Missing frontmatter; expected a '---' block with ${keys}` },
    ];
  },
};

function wrongTypes(block: Frontmatter): Array<{ line: number; message: string }> {
  const findings: Array<{ line: number; message: string }> = [];
  for (const [key, expect] of Object.entries(KNOWN_KEYS)) {
    if (!Object.hasOwn(block.values, key)) continue;
    const value = block.values[key];
    const expected = expect(value);
    if (expected !== undefined) {
      findings.push({
        line: block.keyLines.get(key) ?? block.line,
        message: `Frontmatter key '${key}' must be ${expected}; got ${describeValue(value, 40)}`,
      });
    }
  }
  return findings;
}
