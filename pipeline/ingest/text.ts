import type { Ingested } from '../document.js';
import { IngestError } from './error.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new IngestError('corrupt', 'text file is not valid UTF-8 (legacy encodings are not supported yet)');
  }
}

// Text exported from Word carries Markdown emphasis and bookmark artefacts that are not text;
// a footnote marker "(*)" is kept.
const ARTEFACTS = /\[bookmark: [^\]\n]*\]|\*{1,3}(?!\))/g;
const MARKDOWN_BLOCKS = /^(?:#{1,6} +|> ?)/gm;

export function readText(bytes: Uint8Array, markdown = false): Ingested {
  let text = decodeText(bytes).replace(ARTEFACTS, '');
  if (markdown) text = text.replace(MARKDOWN_BLOCKS, '');
  return { text, warnings: [] };
}
