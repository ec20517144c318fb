import type { Message } from '../../output/schema.js';
import type { Ingested } from '../document.js';
import { IngestError } from './error.js';
import { decodeSingleByteLines, utf8LegacyHint, utf16Layout } from './legacy/bytes.js';
import { decodeLegacyText } from './legacy/index.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

type Decoded = Pick<Ingested, 'text' | 'warnings' | 'encodings'>;

/** The text of a text file; legacy Vietnamese text inside it (bytes or pasted characters) comes out as Unicode. */
export function decodeText(bytes: Uint8Array): Decoded {
  const decoded = decodeBytes(bytes);
  // legacy text pasted into a Unicode file; a UTF-8 file without its telltale bytes is left alone at once
  const unicode = decoded.encodings === undefined || decoded.encodings[0]?.startsWith('utf-16');
  if (!unicode || (decoded.encodings === undefined && !utf8LegacyHint(bytes))) return decoded;
  const legacy = decodeLegacyText(decoded.text);
  if (!legacy.encodings.length) return decoded;
  const encodings = [...(decoded.encodings ?? ['utf-8' as const]), ...legacy.encodings];
  return { text: legacy.text, encodings, warnings: [...decoded.warnings, ...legacy.warnings] };
}

function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le', []);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be', []);
  const layout = utf16Layout(bytes);
  if (layout) {
    const message = `no byte-order mark: read as ${layout.toUpperCase()} from the pattern of its zero bytes`;
    return utf16(bytes, layout, [{ code: 'text-encoding-detected', message }]);
  }
  try {
    return { text: decoder.decode(bytes).replace(/^\uFEFF/, ''), warnings: [] };
  } catch {
    const legacy = decodeSingleByteLines(bytes);
    if (legacy) return legacy;
    throw new IngestError(
      'corrupt',
      'text file is not valid UTF-8, nor UTF-16 or Vietnamese TCVN3, VNI or Windows-1258 text',
    );
  }
}

const utf16 = (bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', warnings: Message[]): Decoded => ({
  text: new TextDecoder(encoding).decode(bytes),
  encodings: [encoding],
  warnings,
});

// Text exported from Word carries Markdown emphasis and bookmark artefacts that are not text;
// a footnote marker "(*)" is kept.
const ARTEFACTS = /\[bookmark: [^\]\n]*\]|\*{1,3}(?!\))/g;
const MARKDOWN_BLOCKS = /^(?:#{1,6} +|> ?)/gm;

export function readText(bytes: Uint8Array, markdown = false): Ingested {
  const decoded = decodeText(bytes);
  let text = decoded.text.replace(ARTEFACTS, '');
  if (markdown) text = text.replace(MARKDOWN_BLOCKS, '');
  return { ...decoded, text };
}
