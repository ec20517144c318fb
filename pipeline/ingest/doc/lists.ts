import type { AbstractNumbering, Level, NumberingDefinitions, NumberingInstance } from '../docx/numbering.js';
import { FC } from './fib.js';
import { i32, u8, u16, u32 } from './sprm.js';
import type { WordBinary } from './word-binary.js';

/** Number formats (nfc, [MS-DOC] 2.9.146) under the names docx gives them, which the list numberer renders. */
const FORMATS: Record<number, string> = {
  0: 'decimal',
  1: 'upperRoman',
  2: 'lowerRoman',
  3: 'upperLetter',
  4: 'lowerLetter',
  5: 'ordinal',
  6: 'cardinalText',
  7: 'ordinalText',
  14: 'decimalFullWidth',
  15: 'decimalHalfWidth',
  18: 'decimalEnclosedCircle',
  22: 'decimalZero',
  23: 'bullet',
  26: 'decimalEnclosedFullstop',
  27: 'decimalEnclosedParen',
  255: 'none',
};
const SUFFIX = ['tab', 'space', 'nothing'];
const LSTF_SIZE = 28;
const LFO_SIZE = 16;
const LVLF_SIZE = 28;

/**
 * List definitions (PlfLst with its LVLs, and PlfLfo, [MS-DOC] 2.9.147/2.9.150) in the shape of
 * word/numbering.xml, so the .docx list numberer renders .doc list labels too: a list (lsid) is an
 * abstract numbering, a list format override (ilfo, 1-based) a numbering instance.
 */
export function readLists(bin: WordBinary): NumberingDefinitions | undefined {
  const t = bin.table;
  const lst = bin.fib.fcLcb(FC.plfLst);
  const lfo = bin.fib.fcLcb(FC.plfLfo);
  if (lst.lcb < 2 || lfo.lcb < 4 || lst.fc + lst.lcb > t.length || lfo.fc + lfo.lcb > t.length) return undefined;

  const abstracts = new Map<string, AbstractNumbering>();
  const count = u16(t, lst.fc);
  // the LVLs follow the PlfLst, which lcbPlfLst does not count
  let at = lst.fc + lst.lcb;
  for (let i = 0; i < count; i++) {
    const lstf = lst.fc + 2 + LSTF_SIZE * i;
    const simple = (u8(t, lstf + 26) & 1) !== 0;
    const levels = new Map<number, Level>();
    for (let k = 0; k < (simple ? 1 : 9) && at < t.length; k++) {
      const lvl = readLevel(t, at);
      levels.set(k, lvl.level);
      at = lvl.end;
    }
    abstracts.set(String(u32(t, lstf)), { levels });
  }

  const nums = new Map<string, NumberingInstance>();
  const lfoCount = u32(t, lfo.fc);
  let data = lfo.fc + 4 + LFO_SIZE * lfoCount;
  for (let i = 0; i < lfoCount && data <= t.length; i++) {
    const entry = lfo.fc + 4 + LFO_SIZE * i;
    const instance: NumberingInstance = { abstractId: String(u32(t, entry)), overrides: new Map() };
    const overrides = u8(t, entry + 12);
    data += 4; // LFOData.cp
    for (let k = 0; k < overrides && data < t.length; k++) {
      const flags = u32(t, data + 4);
      const override: { start?: number; level?: Level } = {};
      if (flags & 0x10) override.start = i32(t, data);
      data += 8;
      if (flags & 0x20) {
        const lvl = readLevel(t, data);
        override.level = lvl.level;
        data = lvl.end;
      }
      instance.overrides.set(flags & 0xf, override);
    }
    nums.set(String(i + 1), instance);
  }
  return { abstracts, nums };
}

function readLevel(t: Uint8Array, at: number): { level: Level; end: number } {
  const nfc = u8(t, at + 4);
  const flags = u8(t, at + 5);
  const papx = u8(t, at + 25);
  const chpx = u8(t, at + 24);
  const xst = at + LVLF_SIZE + papx + chpx;
  const cch = u16(t, xst);
  let text = '';
  for (let c = 0; c < cch; c++) {
    const ch = u16(t, xst + 2 + 2 * c);
    // characters 0–8 stand for the counter of that level
    text += ch < 9 ? `%${ch + 1}` : String.fromCharCode(ch);
  }
  const level: Level = {
    start: i32(t, at),
    format: FORMATS[nfc] ?? `nfc${nfc}`,
    text,
    suffix: SUFFIX[u8(t, at + 15)] ?? 'tab',
    legal: (flags & 0x04) !== 0,
  };
  if (flags & 0x08) level.restart = 0;
  return { level, end: xst + 2 + 2 * cch };
}
