/**
 * Rewrites text through a regex while recording, for each output offset, the
 * input offset it came from. Every normalization step is one of these, so the
 * offsets of the final text compose back to the ingested text.
 */
export interface Rewrite {
  text: string;
  /** origin[i] = input offset of output offset i; length text.length + 1 */
  origin: Int32Array;
}

export function rewrite(input: string, re: RegExp, replace: (m: RegExpExecArray) => string): Rewrite | null {
  if (!re.global) throw new Error('rewrite needs a global regex');
  re.lastIndex = 0;
  let m = re.exec(input);
  if (!m) return null;
  const parts: string[] = [];
  const origin: number[] = [];
  let last = 0;
  let outLen = 0;
  const copy = (from: number, to: number) => {
    parts.push(input.slice(from, to));
    for (let i = from; i < to; i++) origin.push(i);
    outLen += to - from;
  };
  while (m) {
    const start = m.index;
    const end = start + m[0].length;
    copy(last, start);
    const rep = replace(m);
    parts.push(rep);
    // A replacement maps char-by-char when lengths agree, else every char to the match start.
    for (let i = 0; i < rep.length; i++) origin.push(rep.length === m[0].length ? start + i : start);
    outLen += rep.length;
    last = end;
    if (m[0].length === 0) re.lastIndex++;
    m = re.exec(input);
  }
  copy(last, input.length);
  origin.push(input.length);
  const out = new Int32Array(outLen + 1);
  out.set(origin);
  return { text: parts.join(''), origin: out };
}

/** map_total[i] = prev[step[i]] */
export function compose(prev: Int32Array, step: Int32Array): Int32Array {
  const out = new Int32Array(step.length);
  for (let i = 0; i < step.length; i++) out[i] = prev[step[i] as number] as number;
  return out;
}
