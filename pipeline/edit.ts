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
  // [inputStart, inputEnd, outputLength] per match, to lay out the map in one pass afterwards
  const edits: number[] = [];
  let last = 0;
  let outLen = 0;
  while (m) {
    const start = m.index;
    const end = start + m[0].length;
    const rep = replace(m);
    parts.push(input.slice(last, start), rep);
    outLen += start - last + rep.length;
    edits.push(start, end, rep.length);
    last = end;
    if (m[0].length === 0) re.lastIndex++;
    m = re.exec(input);
  }
  parts.push(input.slice(last));
  outLen += input.length - last;
  const origin = new Int32Array(outLen + 1);
  let o = 0;
  let from = 0;
  for (let k = 0; k < edits.length; k += 3) {
    const start = edits[k] as number;
    const end = edits[k + 1] as number;
    const len = edits[k + 2] as number;
    for (let i = from; i < start; i++) origin[o++] = i;
    // A replacement maps char-by-char when lengths agree, else every char to the match start.
    const same = len === end - start;
    for (let i = 0; i < len; i++) origin[o++] = same ? start + i : start;
    from = end;
  }
  for (let i = from; i <= input.length; i++) origin[o++] = i;
  return { text: parts.join(''), origin };
}

/** map_total[i] = prev[step[i]] */
export function compose(prev: Int32Array, step: Int32Array): Int32Array {
  const out = new Int32Array(step.length);
  for (let i = 0; i < step.length; i++) out[i] = prev[step[i] as number] as number;
  return out;
}
