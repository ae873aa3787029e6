import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { jsonSyntaxError } from '../../../src/core/text/json-syntax.js';

describe('jsonSyntaxError', () => {
  it.each([
    ['{"a": }', 6, 'unexpected "}"'],
    ['{"a": 1', 7, 'unexpected end of file'],
    ['{"a": 1,}', 8, 'unexpected "}"'],
    ['{"a" 1}', 5, 'unexpected "1"'],
    ['[1 2]', 3, 'unexpected "2"'],
    ['[1,]', 3, 'unexpected "]"'],
    ['{"a": [1}', 8, 'unexpected "}"'],
    ['{"a": "x\ny"}', 6, 'a string not closed on its line, or with a bad escape'],
    ['{"a": "\\q"}', 6, 'a string not closed on its line, or with a bad escape'],
    ['nope', 0, 'unexpected "n"'],
    ['01', 1, 'unexpected "1"'],
    ['{} {}', 3, 'unexpected "{"'],
    ['', 0, 'unexpected end of file'],
    [`${'['.repeat(100_000)}1${']'.repeat(99_999)}`, 200_000, 'unexpected end of file'],
  ])('finds where %j goes wrong: offset %d, %s', (text, offset, problem) => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(jsonSyntaxError(text)).toEqual({ offset, problem });
  });

  it('finds nothing wrong in what JSON.stringify writes', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => jsonSyntaxError(JSON.stringify(value, null, 1)) === undefined));
  });
});
