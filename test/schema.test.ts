import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText } from '../output/json-schema.js';
import { Output, SCHEMA_VERSION } from '../output/schema.js';

describe('published schema', () => {
  it('the committed JSON Schema is the one generated from the zod schema (run `npm run schema`)', () => {
    expect(readFileSync('output/result.schema.json', 'utf8')).toBe(jsonSchemaText());
  });

  const error = {
    schemaVersion: SCHEMA_VERSION,
    ok: false,
    source: { path: 'a.pdf', format: 'pdf', bytes: 3 },
    error: { code: 'corrupt', message: 'bad xref' },
  };
  it.each([
    ['an error record', error, true],
    ['an unknown error code', { ...error, error: { code: 'oops', message: 'x' } }, false],
    ['another schema version', { ...error, schemaVersion: '0.0.1' }, false],
    ['a record without source path', { ...error, source: { format: null, bytes: null } }, false],
  ])('%s', (_name, value, valid) => {
    expect(Output.safeParse(value).success).toBe(valid);
  });
});
