/**
 * Stamps as runs of field lines. A PDF's reading order may interleave a stamp printed beside the
 * header with the header's own lines, so a run may step over a few other lines to its next field line.
 */
import { type Field, type FieldRead, isStampOnly, readFields } from './labels.js';

/** Non-blank lines a stamp may step over between two of its field lines. */
const MAX_GAP = 2;

export interface StampRead {
  fields: FieldRead[];
  /** offsets in the text: the first label's start, the last value's end */
  start: number;
  end: number;
}

interface LineFields {
  start: number;
  text: string;
  fields: FieldRead[];
}

function lineFields(text: string): LineFields[] {
  const out: LineFields[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    out.push({ start, text: line, fields: readFields(line) });
    start = end + 1;
  }
  return out;
}

const LOWER_START = /^\s*\p{Ll}/u;
const DIGIT_START = /^\s*\d/u;
const TRAIL = /[\s,;.]+$/u;

/**
 * A stamp set in a narrow box wraps a long name: "Ký bởi: Ủy ban Nhân dân" / "tỉnh Quảng Ngãi". The
 * next line continues the value when it opens in lower case, or when the label stood alone.
 */
const continues = (last: FieldRead, line: string): boolean =>
  line.trim() !== '' &&
  (last.field === 'signedAt'
    ? DIGIT_START.test(line) && !/\d/.test(last.value)
    : LOWER_START.test(line) || last.value === '');

const has = (fields: FieldRead[], f: Field): boolean => fields.some((x) => x.field === f);

/**
 * A stamp names its signer by a label only stamps use ("Ký bởi", "Thời gian ký"), or gives a signer
 * and a time, or a signer or a time with an e-mail or a body: a lone "Người ký:" or "Cơ quan:" line
 * of a form is no stamp.
 */
export function isStamp(fields: FieldRead[]): boolean {
  // a signing time names a stamp only when it holds digits ("Thời gian ký:" over a blank is a form)
  if (fields.some((f) => isStampOnly(f.label) && (f.field === 'signedAt' ? /\d/.test(f.value) : f.value !== ''))) {
    return true;
  }
  const who = has(fields, 'signedBy');
  const when = has(fields, 'signedAt');
  return (who && when) || ((who || when) && (has(fields, 'email') || has(fields, 'organization')));
}

/** Every stamp in the text, in order. A second signer field opens the next stamp. */
export function findStamps(text: string): StampRead[] {
  const lines = lineFields(text);
  const stamps: StampRead[] = [];
  let current: FieldRead[] = [];
  let gap = 0;
  const close = () => {
    if (current.length > 0 && isStamp(current)) {
      stamps.push({ fields: current, start: current[0]!.start, end: current.at(-1)!.end });
    }
    current = [];
  };
  let afterField = false;
  for (const line of lines) {
    if (line.fields.length === 0) {
      const last = current.at(-1);
      if (last && afterField && continues(last, line.text)) {
        const lead = line.text.length - line.text.trimStart().length;
        const rest = line.text.trim().replace(TRAIL, '');
        current[current.length - 1] = {
          ...last,
          // an address broken at a dot or a hyphen goes on without a space
          value: last.value ? `${last.value}${last.field === 'email' ? '' : ' '}${rest}` : rest,
          end: line.start + lead + rest.length,
        };
        continue;
      }
      afterField = false;
      if (line.text.trim() !== '' && current.length > 0 && ++gap > MAX_GAP) close();
      continue;
    }
    gap = 0;
    afterField = true;
    for (const f of line.fields) {
      const placed = { ...f, start: line.start + f.start, end: line.start + f.end };
      if (current.some((c) => c.field === f.field && (f.field === 'signedBy' || f.field === 'signedAt'))) close();
      current.push(placed);
    }
  }
  close();
  return stamps;
}
