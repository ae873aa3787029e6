import { describe, it } from '@jest/globals';
import { ruleTester } from '../helpers/rule-tester.js';

const tester = ruleTester('frontmatter');
const requiring = (required: string[]) => ({ frontmatter: { required } });
const error = (line: number, message: string) => ({ line, severity: 'error' as const, message });

describe('frontmatter', () => {
  it('accepts every known key with the right type, any status spelling and unknown keys', async () => {
    await tester.accepts('ok-all-keys.md', requiring(['id', 'status']));
  });

  it('reports broken YAML on the file line where the parser stopped', async () => {
    await tester.reports('not-ok-broken-yaml.md', [
      error(4, 'Frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'),
    ]);
  });

  it('reports each known key of the wrong type on its own line', async () => {
    await tester.reports('not-ok-wrong-types.md', [
      error(2, `Frontmatter key 'id' must be a string; got ["AUTH","4"]`),
      error(4, `Frontmatter key 'depends_on' must be a list of ticket ids; got "AUTH-1"`),
      error(5, `Frontmatter key 'parallel' must be true or false; got "yes"`),
    ]);
  });

  it('reports frontmatter that is never closed', async () => {
    await tester.reports('not-ok-unclosed.md', [error(1, "Frontmatter is not closed; expected a line '---' after the last key")]);
  });

  it('reports required keys that are missing, naming them, set by the flat key or the option', async () => {
    const missing = [error(1, "Frontmatter lacks required keys 'id', 'status'")];
    await tester.reports('not-ok-missing-required.md', missing, requiring(['id', 'status']));
    await tester.reports('not-ok-missing-required.md', missing, { rules: { frontmatter: ['error', { required: ['id', 'status'] }] } });
    await tester.accepts('not-ok-missing-required.md', requiring(['title']));
  });

  it('asks for frontmatter when a required key is configured and the ticket has none', async () => {
    await tester.reports('not-ok-no-frontmatter.md', [error(1, "Missing frontmatter; expected a '---' block with 'id'")], requiring(['id']));
    await tester.accepts('not-ok-no-frontmatter.md');
  });
});
