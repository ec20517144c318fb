import { FC } from './fib.js';
import { eachSprm, SPRM, u8, u16 } from './sprm.js';
import type { WordBinary } from './word-binary.js';

/** What the reader needs of a style: its font and list numbering, and the style it is based on. */
export interface StyleProps {
  base?: number;
  font?: number;
  ilfo?: number;
  ilvl?: number;
}

const NO_BASE = 0xfff;
const PARAGRAPH_STYLE = 1;

/** The style sheet (STSH, [MS-DOC] 2.9.274), reduced to fonts and numbering, by style index. */
export function readStyles(bin: WordBinary): StyleProps[] {
  const { fc, lcb } = bin.fib.fcLcb(FC.stshf);
  const t = bin.table;
  const end = fc + lcb;
  if (lcb < 4 || end > t.length) return [];
  const cbStshi = u16(t, fc);
  const count = u16(t, fc + 2);
  const baseSize = u16(t, fc + 4);
  const styles: StyleProps[] = [];
  for (let at = fc + 2 + cbStshi, i = 0; i < count && at + 2 <= end; i++) {
    const cbStd = u16(t, at);
    const std = at + 2;
    at = std + cbStd;
    if (cbStd < baseSize) {
      styles.push({});
      continue;
    }
    const kind = u16(t, std + 2) & 0xf;
    const base = u16(t, std + 2) >> 4;
    const cupx = u16(t, std + 4) & 0xf;
    const style: StyleProps = base === NO_BASE ? {} : { base };
    // the name (counted, UTF-16, NUL-terminated), then the property exceptions, each padded to even length
    let upx = std + baseSize + 2 + 2 * u16(t, std + baseSize) + 2;
    for (let k = 0; k < cupx && upx + 2 <= at; k++) {
      const size = u16(t, upx);
      const from = upx + 2;
      const isPapx = kind === PARAGRAPH_STYLE && k === 0;
      eachSprm(t, isPapx ? from + 2 : from, Math.min(from + size, at), (code, op) => {
        if (code === SPRM.cRgFtc0 || code === SPRM.cRgFtc2) style.font ??= u16(t, op);
        else if (code === SPRM.pIlfo) style.ilfo = u16(t, op);
        else if (code === SPRM.pIlvl) style.ilvl = u8(t, op);
      });
      upx = from + size + (size % 2);
    }
    styles.push(style);
  }
  return styles;
}

/** A style's property, looked up through the styles it is based on. */
export function inherited<K extends keyof StyleProps>(styles: StyleProps[], istd: number, key: K): StyleProps[K] {
  for (let s: number | undefined = istd, hops = 0; s !== undefined && hops < 16; hops++) {
    const style: StyleProps | undefined = styles[s];
    if (!style) return undefined;
    if (style[key] !== undefined) return style[key];
    s = style.base;
  }
  return undefined;
}
