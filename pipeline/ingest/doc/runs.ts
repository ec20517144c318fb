import { readPropertyRuns } from './fkp.js';
import { eachSprm, SPRM, u8, u16 } from './sprm.js';
import type { WordBinary } from './word-binary.js';

/** What the reader needs of a character run: its font (index into the font table) and visibility. */
export interface CharacterRun {
  cpStart: number;
  cpEnd: number;
  /** the font of non-ASCII characters (sprmCRgFtc2), else of ASCII ones (sprmCRgFtc0) */
  font?: number;
  hidden: boolean;
  /** a symbol-font character stored in place of the run's text (sprmCSymbol) */
  symbol?: { font: number; char: number };
}

export function readCharacterRuns(bin: WordBinary): CharacterRun[] {
  return readPropertyRuns(bin, 'character').map((run) => {
    const r: CharacterRun = { cpStart: run.cpStart, cpEnd: run.cpEnd, hidden: false };
    let ascii: number | undefined;
    let other: number | undefined;
    eachSprm(run.bytes, run.from, run.to, (code, at) => {
      const b = run.bytes;
      if (code === SPRM.cRgFtc0) ascii = u16(b, at);
      else if (code === SPRM.cRgFtc2) other = u16(b, at);
      // 1 = on; 0x81 = the opposite of the style's (which is off in all but odd documents)
      else if (code === SPRM.cFVanish) r.hidden = u8(b, at) === 1 || u8(b, at) === 0x81;
      else if (code === SPRM.cSymbol) r.symbol = { font: u16(b, at), char: u16(b, at + 2) };
    });
    const font = other ?? ascii;
    if (font !== undefined) r.font = font;
    return r;
  });
}
