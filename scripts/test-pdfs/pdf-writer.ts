/**
 * A tiny PDF writer (a producer other than LibreOffice). Text is shown with a Type0 font whose codes are
 * UTF-16 units and whose ToUnicode CMap maps them back, so Vietnamese survives without embedding glyphs.
 */

export interface TextRun {
  x: number;
  y: number;
  size: number;
  text: string;
  /** stretch the run to this width with character spacing, as justified text is set */
  justifyTo?: number;
}

const GLYPH_EM = 0.5; // every glyph is 500/1000 em wide (the font's /DW)

export const runWidth = (text: string, size: number): number => text.length * GLYPH_EM * size;

const hex = (text: string): string =>
  [...text].map((c) => (c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')).join('');

const showRun = (r: TextRun): string => {
  const natural = runWidth(r.text, r.size);
  const tc = r.justifyTo && r.text.length > 1 ? (r.justifyTo - natural) / (r.text.length - 1) : 0;
  return `BT /F1 ${r.size} Tf ${tc.toFixed(3)} Tc 1 0 0 1 ${r.x.toFixed(2)} ${r.y.toFixed(2)} Tm <${hex(r.text)}> Tj ET`;
};

const toUnicodeCMap = (highBytes: number[]): string => {
  const ranges = highBytes.map((h) => {
    const b = h.toString(16).padStart(2, '0');
    return `<${b}00> <${b}ff> <${b}00>`;
  });
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <ffff> endcodespacerange',
    `${ranges.length} beginbfrange`,
    ...ranges,
    'endbfrange endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
};

const stream = (content: string): string =>
  `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;

/** Serializes numbered objects (1-based, object 1 = catalog) with a correct xref table. */
const serialize = (objects: string[]): Buffer => {
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
};

/** Pages of text runs on A4, plus optional raw drawing operators per page. */
export const writePdf = (pages: { runs: TextRun[]; drawing?: string }[]): Buffer => {
  const fontObj = 3;
  const first = 7; // page objects start after catalog, pages, 4 font objects
  const kids = pages.map((_, i) => `${first + i * 2} 0 R`).join(' ');
  const units = new Set<number>();
  for (const p of pages) for (const r of p.runs) for (const c of r.text) units.add((c.codePointAt(0) ?? 0) >> 8);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /VbxSerif /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /VbxSerif /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 500 /CIDToGIDMap /Identity >>',
    '<< /Type /FontDescriptor /FontName /VbxSerif /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>',
    stream(toUnicodeCMap([...units].sort((a, b) => a - b))),
  ];
  for (const p of pages) {
    const content = [p.drawing ?? '', ...p.runs.map(showRun)].join('\n');
    const n = objects.length + 1;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${fontObj} 0 R >> >> /Contents ${n + 1} 0 R >>`,
      stream(content),
    );
  }
  objects.push('<< /Producer (vbx handmade writer) >>');
  return serialize(objects);
};
