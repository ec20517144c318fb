/**
 * Hostile Word packages built in memory: they are small to build and store (a gigabyte of XML
 * deflates to about a megabyte), so the test builds them where it needs them.
 */
import { constants, deflateRawSync } from 'node:zlib';
import { officeLetter } from './texts.js';
import { documentXml, paragraphs, wordEntries } from './word-parts.js';
import { entry, type RawEntry, writeZip } from './zip-writer.js';

const MiB = 1024 * 1024;

/**
 * A deflate stream of `prefix`, `copies` times `unit`, then `suffix`. Each piece is deflated from a
 * fresh state and ends on a full flush (byte-aligned, not final), so one compressed unit can be
 * repeated: deflate cannot do better than about 1:1000, and this reaches it without deflating gigabytes.
 */
function repeatedDeflate(prefix: string, unit: Uint8Array, copies: number, suffix: string): Uint8Array {
  const flushed = (b: Uint8Array | string) => deflateRawSync(b, { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const block = flushed(unit);
  return Buffer.concat([flushed(prefix), ...Array.from({ length: copies }, () => block), deflateRawSync(suffix)]);
}

/**
 * A document.xml of `mib` MiB: one paragraph of the letter 'a' between the letter's paragraphs.
 * `declared` is the size the headers give: the truth, or a lie.
 */
function bombEntry(mib: number, declared?: number): RawEntry {
  const [head, tail] = documentXml(`${paragraphs(officeLetter)}<w:p><w:r><w:t>\u0000</w:t></w:r></w:p>`).split(
    '\u0000',
  );
  const prefix = head as string;
  const suffix = tail as string;
  const data = repeatedDeflate(prefix, new Uint8Array(MiB).fill(0x61), mib, suffix);
  const size = Buffer.byteLength(prefix) + mib * MiB + Buffer.byteLength(suffix);
  // The CRC of gigabytes is not computed: readers check it, if at all, after inflating, too late to matter here.
  return { name: 'word/document.xml', data, method: 8, size: declared ?? size, crc: 0 };
}

/** A document.xml that inflates to `mib` MiB and says so. */
export const honestBomb = (mib: number): Uint8Array => writeZip(wordEntries(bombEntry(mib)));

/** The same, but the local header and the central directory both declare `declared` bytes. */
export const lyingBomb = (mib: number, declared: number): Uint8Array => writeZip(wordEntries(bombEntry(mib, declared)));

/** A good letter, plus `extra` one-byte entries (media a package does not need). */
export function manyEntries(extra: number): Uint8Array {
  const filler = Array.from({ length: extra }, (_, i) => entry(`word/media/${i.toString(36)}`, 'x'));
  return writeZip([...wordEntries(entry('word/document.xml', documentXml(paragraphs(officeLetter)))), ...filler]);
}

/** The letter inside `depth` nested w:customXml elements (Word nests them; a recursive reader overflows). */
export function depthBomb(depth: number): Uint8Array {
  const body = `${'<w:customXml w:element="x">'.repeat(depth)}${paragraphs(officeLetter)}${'</w:customXml>'.repeat(depth)}`;
  return writeZip(wordEntries(entry('word/document.xml', documentXml(body))));
}

/** "Billion laughs": nine levels of ten entity references, 10^9 copies of "lol" if a reader expanded them. */
export function billionLaughs(): Uint8Array {
  const levels = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  const prolog = `<!DOCTYPE w:document [\n${levels.join('\n')}\n]>\n`;
  const body = `${paragraphs(officeLetter)}<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>`;
  return writeZip(wordEntries(entry('word/document.xml', documentXml(body, prolog))));
}
