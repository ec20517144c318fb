import type { Output } from '../output/schema.js';
import { Output as OutputSchema } from '../output/schema.js';

/** Every result is checked against the published schema before it is written. */
export function validate(result: Output): Output {
  const parsed = OutputSchema.safeParse(result);
  if (parsed.success) return parsed.data;
  return {
    schemaVersion: result.schemaVersion,
    ok: false,
    source: { path: result.source.path, format: result.source.format ?? null, bytes: result.source.bytes ?? null },
    error: { code: 'internal', message: `result failed schema validation: ${parsed.error.message.slice(0, 500)}` },
  };
}
