/**
 * Property modifiers (SPRMs, [MS-DOC] 2.6): a 2-byte code whose top three bits give the operand size.
 * Only a few are read here; the rest are skipped by size.
 */
export const SPRM = {
  pIlvl: 0x260a,
  pIlfo: 0x460b,
  pFInTable: 0x2416,
  pFTtp: 0x2417,
  pFInnerTtp: 0x244c,
  pItap: 0x6649,
  cFVanish: 0x083c,
  cRgFtc0: 0x4a4f,
  cRgFtc1: 0x4a50,
  cRgFtc2: 0x4a51,
  cSymbol: 0x6a09,
} as const;

const FIXED_SIZE = [1, 1, 2, 4, 2, 2, -1, 3];
const sprmTDefTable = 0xd608;
const sprmPChgTabs = 0xc615;

/** Calls `visit(code, at)` for each SPRM in `bytes[from, to)`, `at` being its operand's offset. */
export function eachSprm(bytes: Uint8Array, from: number, to: number, visit: (code: number, at: number) => void): void {
  let at = from;
  while (at + 2 <= to) {
    const code = bytes[at]! | (bytes[at + 1]! << 8);
    at += 2;
    let size = FIXED_SIZE[code >> 13]!;
    if (size < 0) {
      if (code === sprmTDefTable) size = (bytes[at]! | (bytes[at + 1]! << 8)) + 1;
      else if (code === sprmPChgTabs && bytes[at] === 255) {
        // a long tab-stop change counts its deleted (4 bytes each) and added (3 bytes each) stops
        const deleted = u8(bytes, at + 1);
        size = 3 + 4 * deleted + 3 * u8(bytes, at + 2 + 4 * deleted);
      } else size = (bytes[at] ?? 0) + 1;
    }
    if (at + size > to) return;
    visit(code, at);
    at += size;
  }
}

export const u8 = (b: Uint8Array, at: number) => b[at] ?? 0;
export const u16 = (b: Uint8Array, at: number) => u8(b, at) | (u8(b, at + 1) << 8);
export const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
export const i32 = (b: Uint8Array, at: number) => u16(b, at) | (u16(b, at + 2) << 16);
