import { type Atom, PRECISION_RANK } from './atom.js';

// Longer readings win ("ngày 29 tháng 12 năm 2023" over its "tháng 12 năm 2023" and "năm 2023"),
// then the more precise one.
const better = (a: Atom, b: Atom) =>
  b.end - b.start - (a.end - a.start) || PRECISION_RANK[b.precision] - PRECISION_RANK[a.precision];

/** One reading per stretch of text; returned in text order. */
export function resolveOverlaps(atoms: Atom[]): Atom[] {
  const sorted = [...atoms].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Atom[] = [];
  let cluster: Atom[] = [];
  let clusterEnd = -1;
  const flush = () => {
    const chosen: Atom[] = [];
    for (const a of cluster.sort(better)) {
      if (chosen.every((c) => a.end <= c.start || a.start >= c.end)) chosen.push(a);
    }
    kept.push(...chosen.sort((a, b) => a.start - b.start));
    cluster = [];
  };
  for (const a of sorted) {
    if (a.start >= clusterEnd && cluster.length > 0) flush();
    cluster.push(a);
    clusterEnd = Math.max(clusterEnd, a.end);
  }
  if (cluster.length > 0) flush();
  return kept;
}
