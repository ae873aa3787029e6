import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './run-built.js';

/** The OASIS SARIF 2.1.0 schema, vendored unchanged (__tests__/fixtures/sarif/README.md says from where). */
export const SARIF_SCHEMA_FILE = path.join(PROJECT_ROOT, '__tests__', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json');

// The schema is draft-04, which Ajv 8 reads through ajv-draft-04; ajv-formats checks its uri, uri-reference and
// date-time formats. Strict mode is Ajv's lint of the schema itself (it objects to the schema's anyOf of
// `required` lists), not a check of the data, so it is off.
// Both packages are CommonJS whose module.exports is also its own `default`: `.default` is the class and the
// plugin both for TypeScript's NodeNext reading of their types and at run time.
const ajv = new ajvDraft04.default({ strict: false, allErrors: true });
ajvFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA_FILE, 'utf8')) as object);

/** What the SARIF schema finds wrong with `log`, one line a problem: empty when it is valid SARIF 2.1.0. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}
