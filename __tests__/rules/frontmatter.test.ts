import { describe, expect, it } from '@jest/globals';
import { ruleFindings } from '../helpers/lint-fixture.js';

const findings = (fixture: string, required: string[] = []) =>
  ruleFindings('frontmatter', fixture, { config: { frontmatter: { required } } });

describe('frontmatter', () => {
  it('accepts every known key with the right type, any status spelling and unknown keys', async () => {
    expect(await findings('ok-all-keys.md', ['id', 'status'])).toEqual([]);
  });

  it('reports broken YAML on the file line where the parser stopped', async () => {
    expect(await findings('not-ok-broken-yaml.md')).toEqual([
      '4 Frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('reports each known key of the wrong type on its own line', async () => {
    expect(await findings('not-ok-wrong-types.md')).toEqual([
      `2 Frontmatter key 'id' must be a string; got ["AUTH",4]`,
      `3 Frontmatter key 'status' must be one of todo, in-progress, blocked, done; got "doing"`,
      `4 Frontmatter key 'depends_on' must be a list of ticket ids; got "AUTH-1"`,
      `5 Frontmatter key 'parallel' must be true or false; got "yes"`,
    ]);
  });

  it('reports frontmatter that is never closed', async () => {
    expect(await findings('not-ok-unclosed.md')).toEqual(["1 Frontmatter is not closed; expected a line '---' after the last key"]);
  });

  it('reports required keys that are missing, naming them', async () => {
    expect(await findings('not-ok-missing-required.md', ['id', 'status'])).toEqual([
      "1 Frontmatter lacks required keys 'id', 'status'",
    ]);
    expect(await findings('not-ok-missing-required.md', ['title'])).toEqual([]);
  });

  it('asks for frontmatter when a required key is configured and the ticket has none', async () => {
    expect(await findings('not-ok-no-frontmatter.md', ['id'])).toEqual(["1 Missing frontmatter; expected a '---' block with 'id'"]);
    expect(await findings('not-ok-no-frontmatter.md')).toEqual([]);
  });
});
