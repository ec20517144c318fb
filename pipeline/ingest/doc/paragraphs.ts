import { type PropertyRun, readPropertyRuns } from './fkp.js';
import { eachSprm, i32, SPRM, u8, u16 } from './sprm.js';
import type { WordBinary } from './word-binary.js';

/** What the reader needs of a paragraph's properties. */
export interface ParagraphProps {
  cpStart: number;
  cpEnd: number;
  istd: number;
  /** 1-based index into the list format overrides; 0 = in no list (even if its style is); unset = as its style */
  ilfo?: number;
  ilvl?: number;
  inTable: boolean;
  /** the paragraph is a table row's end mark */
  rowEnd: boolean;
}

/** sprmPIlfo value that switches a style's numbering off for one paragraph */
const NO_LIST = 0xf801;

export function readParagraphs(bin: WordBinary): ParagraphProps[] {
  return readPropertyRuns(bin, 'paragraph').map((run: PropertyRun) => {
    const p: ParagraphProps = {
      cpStart: run.cpStart,
      cpEnd: run.cpEnd,
      istd: run.istd,
      inTable: false,
      rowEnd: false,
    };
    eachSprm(run.bytes, run.from, run.to, (code, at) => {
      const b = run.bytes;
      if (code === SPRM.pIlfo) p.ilfo = u16(b, at) === NO_LIST ? 0 : u16(b, at);
      else if (code === SPRM.pIlvl) p.ilvl = Math.min(u8(b, at), 8);
      else if (code === SPRM.pFInTable) p.inTable = u8(b, at) !== 0;
      else if (code === SPRM.pItap) p.inTable ||= i32(b, at) > 0;
      else if (code === SPRM.pFTtp || code === SPRM.pFInnerTtp) p.rowEnd = u8(b, at) !== 0;
    });
    return p;
  });
}
