/**
 * Windows-1252, the code page legacy-font text is read through. Node 20's
 * TextDecoder('windows-1252') decodes as Latin-1 (0x93 stays U+0093 instead of “),
 * so the 0x80–0x9F row is mapped here; its five undefined bytes stay C1 controls.
 */
const ROW_80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

const BYTE_OF = new Map<string, number>();
for (let i = 0; i < 32; i++) BYTE_OF.set(ROW_80[i]!, 0x80 + i);

export const cp1252Char = (byte: number): string =>
  byte >= 0x80 && byte < 0xa0 ? ROW_80[byte - 0x80]! : String.fromCharCode(byte);

export function decodeCp1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => ROW_80[c.charCodeAt(0) - 0x80]!);
}

/** Bytes of a Windows-1252 string; throws on a character the code page lacks. */
export function encodeCp1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const byte = c < 0x80 || (c >= 0xa0 && c < 0x100) ? c : BYTE_OF.get(text[i]!);
    if (byte === undefined) throw new RangeError(`U+${c.toString(16).toUpperCase()} has no Windows-1252 byte`);
    out[i] = byte;
  }
  return out;
}

/**
 * A symbol-charset font's text comes out of some exporters in the private-use row U+F020–U+F0FF
 * (byte + 0xF000); fold it back to the byte's Windows-1252 character before decoding.
 */
export const foldPrivateUse = (text: string): string =>
  /[\uF020-\uF0FF]/.test(text) ? text.replace(/[\uF020-\uF0FF]/g, (c) => cp1252Char(c.charCodeAt(0) - 0xf000)) : text;
