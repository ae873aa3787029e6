import { globTooComplex } from '../text/glob-limits.js';
import { SECTION_KINDS, type SectionKind } from './config.js';
import { describedAs, isPlainMapping, nonEmptyStringList, stringList, type Expectation } from './expectations.js';

type Fail = (key: string, expected: string, value: unknown) => never;

/**
 * A list setting with defaults (`ignore`, `sections.goal`, `status.done`): a list adds to the
 * defaults; `{ replace: [...] }` puts the list in their place.
 */
export function addedTo(defaults: readonly string[], key: string, value: unknown, expect: Expectation, fail: Fail): string[] {
  if (isPlainMapping(value)) {
    const extra = Object.keys(value).filter((name) => name !== 'replace');
    if (extra.length > 0 || !('replace' in value)) fail(key, `a list, or { replace: [...] } to drop the defaults`, value);
    const wrong = expect(value['replace']);
    if (wrong !== undefined) fail(`${key}.replace`, wrong, value['replace']);
    return [...(value['replace'] as string[])];
  }
  const wrong = expect(value);
  if (wrong !== undefined) fail(key, `${wrong}, or { replace: [...] } to drop the defaults`, value);
  return [...new Set([...defaults, ...(value as string[])])];
}

export function resolveSections(base: Readonly<Record<SectionKind, string[]>>, value: unknown, fail: Fail): Record<SectionKind, string[]> {
  if (!isPlainMapping(value)) fail('sections', 'a mapping', value);
  const sections = { ...base };
  for (const [kind, headings] of Object.entries(value as Record<string, unknown>)) {
    if (!(SECTION_KINDS as readonly string[]).includes(kind)) fail(`sections.${kind}`, `one of the sections ${SECTION_KINDS.join(', ')}`, kind);
    sections[kind as SectionKind] = addedTo(base[kind as SectionKind], `sections.${kind}`, headings, describedAs(nonEmptyStringList, 'heading texts'), fail);
  }
  return sections;
}

/** `status: { open: [...], done: [...] }`: more words for each state, or `{ replace: [...] }`. */
export function resolveStatus(base: Readonly<{ open: string[]; done: string[] }>, value: unknown, fail: Fail): { open: string[]; done: string[] } {
  if (!isPlainMapping(value)) fail('status', "a mapping of 'open' and 'done' to status words", value);
  const status = { open: [...base.open], done: [...base.done] };
  for (const [state, words] of Object.entries(value as Record<string, unknown>)) {
    if (state !== 'open' && state !== 'done') fail(`status.${state}`, "'open' or 'done'", state);
    status[state as 'open' | 'done'] = addedTo(base[state as 'open' | 'done'], `status.${state}`, words, describedAs(stringList, 'status words'), fail);
  }
  return status;
}

/** `formats: { "docs/plans/**": superpowers }`: the format that reads the files of a glob, over the one that would claim them. */
export function resolveFormats(value: unknown, known: readonly string[], fail: Fail): Array<{ glob: string; format: string }> {
  if (!isPlainMapping(value)) fail('formats', 'a mapping of globs to format names', value);
  return Object.entries(value as Record<string, unknown>).map(([glob, format]) => {
    const tooComplex = globTooComplex(glob);
    if (tooComplex !== undefined) fail(`formats.${glob}`, `keyed by a glob that can be matched (${tooComplex})`, format);
    if (typeof format !== 'string' || !known.includes(format)) fail(`formats.${glob}`, `a format name, one of: ${known.join(', ')}`, format);
    return { glob, format: format as string };
  });
}
