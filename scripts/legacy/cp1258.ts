/**
 * Unicode → Windows-1258 bytes the way Word's code-page conversion writes Vietnamese: the letter
 * without its tone (Ă Â Ê Ô Ơ Ư Đ are one byte) followed by the tone as a combining byte, even
 * where the code page has the toned letter (reference §1.5, Appendix A: Á = 41 EC).
 */
const BYTE_OF = new Map<string, number>();
const decoder = new TextDecoder('windows-1258');
for (let b = 0; b < 256; b++) {
  const c = decoder.decode(Uint8Array.of(b));
  if (!BYTE_OF.has(c)) BYTE_OF.set(c, b);
}
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;

export function toWindows1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const c of text.normalize('NFC')) {
    const nfd = c.normalize('NFD');
    const tone = TONE.exec(nfd)?.[0];
    const base = tone ? nfd.replace(tone, '').normalize('NFC') : c;
    const bytes = [BYTE_OF.get(base), tone === undefined ? undefined : BYTE_OF.get(tone)];
    if (bytes[0] === undefined || (tone !== undefined && bytes[1] === undefined)) {
      throw new RangeError(`"${c}" has no Windows-1258 code`);
    }
    for (const b of bytes) if (b !== undefined) out.push(b);
  }
  return Uint8Array.from(out);
}
