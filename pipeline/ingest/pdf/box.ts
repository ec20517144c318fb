/** The area a piece of placed text covers, for telling text printed over other text. */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

// from the baseline: descenders below, ascenders and stacked tone marks above
export const boxOf = (t: { x: number; width: number; y: number; size: number }): Box => ({
  x0: t.x,
  x1: t.x + t.width,
  y0: t.y - 0.3 * t.size,
  y1: t.y + 0.9 * t.size,
});

/** Just the baseline of `t`, for "is this text's line inside that box". */
export const baselineOf = (t: { x: number; width: number; y: number }): Box => ({
  x0: t.x,
  x1: t.x + t.width,
  y0: t.y,
  y1: t.y,
});

export const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;
