import { z } from 'zod';
import { Output } from './schema.js';

/** The published JSON Schema of one result line, generated from the zod schema. */
export const jsonSchema = (): unknown => z.toJSONSchema(Output, { io: 'output', target: 'draft-2020-12' });

export const jsonSchemaText = (): string => `${JSON.stringify(jsonSchema(), null, 2)}\n`;
