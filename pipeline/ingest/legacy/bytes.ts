/**
 * Text files that are not UTF-8: UTF-16 saved without a byte-order mark, and the 8-bit code pages
 * Vietnamese offices used (TCVN3, VNI, Windows-1258), possibly only on some lines of a file that
 * was converted line by line.
 */
import type { Message, Source } from '../../../output/schema.js';
import { fromLegacy } from './convert.js';
import { decodeCp1252 } from './cp1252.js';
import { detectFromStats, legacyStats, type SingleByteEncoding } from './detect.js';

type Encoding = NonNullable<Source['encodings']>[number];

export interface DecodedBytes {
  text: string;
  encodings: Encoding[];
  warnings: Message[];
}

const SAMPLE = 4096;

/**
 * hasLegacyHint on UTF-8 bytes, at memchr speed: TCVN3's ¡…¿ are C2 A1…C2 BF, a byte pair clean
 * Vietnamese text lacks (C2 A0, no-break space, is common); VNI's ư "ö" is C3 B6.
 */
export function utf8LegacyHint(bytes: Uint8Array): boolean {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = b.indexOf(0xc2); i >= 0; i = b.indexOf(0xc2, i + 1)) {
    const next = b[i + 1]!;
    if (next >= 0xa1 && next <= 0xbf) return true;
  }
  for (let i = b.indexOf(0xb6); i >= 0; i = b.indexOf(0xb6, i + 1)) if (b[i - 1] === 0xc3) return true;
  return false;
}

/**
 * UTF-16 without a byte-order mark, from the zero bytes: ASCII and Latin-1 characters, most of a
 * Vietnamese text, have a zero high byte, which comes second (LE) or first (BE); checked by
 * decoding the sample, which must hold no control characters but white space.
 */
export function utf16Layout(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  const layout =
    oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.02
      ? 'utf-16le'
      : evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.02
        ? 'utf-16be'
        : null;
  if (!layout) return null;
  try {
    const sample = new TextDecoder(layout, { fatal: true }).decode(bytes.subarray(0, n));
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what betrays binary data
    return /[\x00-\x08\x0e-\x1f]/.test(sample) ? null : layout;
  } catch {
    return null; // lone surrogates: not text
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const NAMES: Record<SingleByteEncoding, string> = { tcvn3: 'TCVN3', vni: 'VNI', 'windows-1258': 'Windows-1258' };

/**
 * Bytes that are not valid UTF-8 as a whole: each line is UTF-8 if it decodes as such, otherwise a
 * line of the one code page the statistics of all such lines point to. Null when they point to none.
 */
export function decodeSingleByteLines(bytes: Uint8Array): DecodedBytes | null {
  const lines: { bytes: Uint8Array; text: string; legacy: boolean }[] = [];
  let unicode = false;
  for (let from = 0; from <= bytes.length; ) {
    let to = bytes.indexOf(0x0a, from);
    if (to < 0) to = bytes.length;
    const line = bytes.subarray(from, to);
    let text: string | undefined;
    if (line.some((b) => b >= 0x80)) {
      try {
        text = utf8.decode(line);
        unicode = true;
      } catch {}
    } else text = Buffer.from(line).toString('latin1');
    lines.push(
      text === undefined
        ? { bytes: line, text: decodeCp1252(line), legacy: true }
        : { bytes: line, text, legacy: false },
    );
    from = to + 1;
  }
  const legacy = lines.filter((l) => l.legacy);
  const encoding = detectFromStats(legacyStats(legacy.map((l) => l.text).join('\n')));
  if (!encoding) return null;
  const cp1258 = new TextDecoder('windows-1258');
  const convert = (l: (typeof lines)[number]) =>
    encoding === 'windows-1258' ? cp1258.decode(l.bytes).normalize('NFC') : fromLegacy(l.text, encoding);
  const text = lines.map((l) => (l.legacy ? convert(l) : l.text)).join('\n');
  const what = legacy.length === 1 ? 'line' : 'lines';
  return {
    text: text.replace(/^\uFEFF/, ''),
    encodings: unicode ? ['utf-8', encoding] : [encoding],
    warnings: [
      {
        code: 'legacy-encoding-converted',
        message: `converted ${legacy.length} ${what} from ${NAMES[encoding]} to Unicode`,
      },
    ],
  };
}
