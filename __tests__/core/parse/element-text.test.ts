import { describe, expect, it } from '@jest/globals';
import type { Html } from 'mdast';
import { remark } from 'remark';
import { elementText } from '../../../src/core/parse/element-text.js';

const htmlBlockOf = (text: string): Html => {
  const block = remark().parse(text).children.find((node) => node.type === 'html');
  if (block?.type !== 'html') throw new Error('no HTML block');
  return block;
};

describe('elementText: a GSD element read as Markdown', () => {
  it('reads an indented element as prose, each position where its text stands in the file', () => {
    const text = '# Plan\n\n<task>\n  <action>\n    Update `src/app.ts` now.\n  </action>\n</task>\n';
    const [paragraph] = elementText(htmlBlockOf(text), text);
    expect(paragraph?.type).toBe('paragraph');
    expect(paragraph?.position?.start).toEqual({ line: 5, column: 5, offset: text.indexOf('Update') });
    expect(paragraph?.position?.end.offset).toBe(text.indexOf(' now.') + ' now.'.length);
  });

  it('reads nothing from an element too tangled to parse in time, as the file itself would be refused (F40)', () => {
    const text = `<task>\n${'- a\n# h\n'.repeat(3_000)}</task>\n`;
    expect(elementText(htmlBlockOf(text), text)).toEqual([]);
  });
});
