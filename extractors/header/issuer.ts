import { caseName } from './casing.js';
import { isMottoSeg } from './motto.js';
import { isUpperText, type Seg, words } from './text.js';
import { isNoise, isSeparator, readTypeLine } from './type-subject.js';
import { BODIES, UNITS } from './vocab.js';

export interface IssuerRead {
  issuer: string;
  parentIssuer: string | null;
  /** span of the issuer's own lines */
  start: number;
  end: number;
}

interface Group {
  segs: Seg[];
  /** false while the group is a bare body word ("ỦY BAN NHÂN DÂN") waiting for its unit and place */
  complete: boolean;
}

// The số/ký hiệu line ends the name even typed in capitals ("SỐ 12-CT/HU", "SỐ: /TB-UBND").
const NUMBER_LINE = /^(?:Số|SỐ)(?=\s*[:\d])/u;

/** Does the line open a body name, and is it nothing more than the body word? */
function bodyStart(text: string): { opens: boolean; bare: boolean } {
  const body = BODIES.leadOf(text);
  const unit = body && UNITS.leadOf(text);
  if (!body || (unit && unit.size > body.size)) return { opens: false, bare: false };
  return { opens: true, bare: body.size === words(text).length };
}

/**
 * The uppercase lines at the top, before any other header field; Quốc hiệu, Tiêu ngữ, page numbers,
 * signature stamps and urgency marks are stepped over, and a separator under the name ends it. Lines
 * are grouped into bodies: a line that opens a new body (SỞ, PHÒNG, HUYỆN ỦY …) after a complete one
 * starts a child; other lines continue.
 */
export function findIssuer(zone: Seg[]): IssuerRead | null {
  const groups: Group[] = [];
  for (let i = 0; i < zone.length; i++) {
    const s = zone[i]!;
    // Under a Party or mass-organization body the star closes its name; what follows is the other column.
    if (groups.length && isSeparator(s.text)) break;
    if (!s.text || isMottoSeg(s) || isNoise(s.text)) continue;
    if (!isUpperText(s.text) || readTypeLine(s, i, true) || NUMBER_LINE.test(s.text)) break;
    const b = bodyStart(s.text);
    const cur = groups.at(-1);
    if (!cur || (b.opens && cur.complete)) groups.push({ segs: [s], complete: !b.bare });
    else {
      cur.segs.push(s);
      cur.complete = true;
    }
  }
  const own = groups.at(-1);
  if (!own) return null;
  const name = (g: Group) => caseName(g.segs.map((s) => s.text).join(' '));
  const parent = groups.at(-2);
  return {
    issuer: name(own),
    parentIssuer: parent ? name(parent) : null,
    start: own.segs[0]!.start,
    end: own.segs.at(-1)!.end,
  };
}

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

/**
 * The địa danh of the date line is the local unit's own name, typed in sentence case; an uppercase
 * issuer line more often loses a diacritic ("HUYỆN BÌNH SON"), so a tail equal to the place but
 * for its marks takes the place's spelling.
 */
export function respellPlace(issuer: string, place: string | null): string {
  if (!place || issuer.length <= place.length) return issuer;
  const tail = issuer.slice(issuer.length - place.length);
  const before = issuer[issuer.length - place.length - 1];
  return before === ' ' && tail !== place && fold(tail) === fold(place)
    ? issuer.slice(0, -place.length) + place
    : issuer;
}
