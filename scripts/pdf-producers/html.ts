/**
 * A document as an HTML page (header and signature as borderless two-cell tables, justified body),
 * printed by headless Chromium: another PDF writer (Skia), with its own text runs and fonts.
 * Page numbers and the running footer are CSS page-margin boxes.
 */
import { type Run, runsIn } from '../fixtures/emphasis.js';
import { type Parsed, type Stamp, type Traits, tableCells } from './model.js';
import { blockText } from './source.js';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const css = (s: string): string => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

const runHtml = (r: Run): string => {
  let t = esc(r.text);
  if (r.bold) t = `<b>${t}</b>`;
  if (r.italic) t = `<i>${t}</i>`;
  return t;
};

const STYLE = (traits: Traits) => `
@page { size: A4; margin: 2cm 1.5cm 2cm 3cm;
  @top-center { content: ${traits.pageNumber ? `"${css(traits.pageNumber(0)).replace('0', '" counter(page) "')}"` : 'counter(page)'}; font: 13pt 'Times New Roman', serif; }
  ${traits.footer ? `@bottom-center { content: "${css(traits.footer)}"; font: italic 9pt 'Times New Roman', serif; }` : ''} }
@page :first { @top-center { content: none; } }
body { font: 14pt/1.2 'Times New Roman', serif; margin: 0; }
table.cols { width: calc(100% + 1cm); margin-left: -0.5cm; border-collapse: collapse; }
table.cols td { vertical-align: top; text-align: center; padding: 0; }
.hdr td { font-size: 13pt; line-height: 1.25; }
.rule { width: 35%; margin: 1px auto 0; border-top: 0.6pt solid #000; }
.type { text-align: center; font-weight: bold; margin: 18pt 0 0; }
.subject { text-align: center; font-weight: bold; margin: 0 0 12pt; }
.greet { text-align: center; margin: 0 0 8pt; }
p.body { text-align: justify; text-indent: 1.27cm; margin: 0 0 6pt; }
table.grid { width: 100%; border-collapse: collapse; font-size: 12pt; margin: 4pt 0 8pt; }
table.grid td { border: 0.6pt solid #000; padding: 2pt 4pt; vertical-align: top; }
table.grid td:first-child { text-align: center; }
.sign td { text-align: left; }
.sign td.right { text-align: center; font-weight: bold; position: relative; }
.noi-nhan { font: bold italic 12pt 'Times New Roman', serif; }
.list { font-size: 11pt; line-height: 1.15; }
.stamp { position: absolute; font: 7.5pt/1.2 'Times New Roman', serif; color: #c00000; text-align: left; font-weight: normal; white-space: nowrap; }
.watermark { position: fixed; top: 42%; left: 0; width: 100%; text-align: center; font: bold 54pt 'Times New Roman', serif; color: #d0d0d0; z-index: -1; }
.watermark.rotated { transform: rotate(-45deg); font-size: 64pt; }
`;

export function documentHtml({ styled, layout }: Parsed, traits: Traits): string {
  const line = (l: { start: number; end: number }): string => runsIn(styled, l.start, l.end).map(runHtml).join('');
  const lines = (ls: { start: number; end: number }[]): string => ls.map(line).join('<br>');
  const stampHtml = (s: Stamp, style: string): string =>
    `<div class="stamp" style="${style}">${s.lines.map(esc).join('<br>')}</div>`;
  const stamps = traits.stamps ?? [];
  const shift = traits.headerShift ?? 0;
  const shiftStyle = shift > 0 ? `padding-top:${1.25 * shift}em` : '';
  const leftShift = shift < 0 ? `padding-top:${-1.25 * shift}em` : '';
  const out: string[] = [];
  out.push(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>${STYLE(traits)}</style></head><body>`);
  if (traits.watermark) {
    out.push(`<div class="watermark${traits.watermark.rotated ? ' rotated' : ''}">${esc(traits.watermark.text)}</div>`);
  }
  for (const s of stamps) {
    // in the flow above the header (Chromium clips what is set into the page margin)
    if (s.where === 'top-right') out.push(stampHtml(s, 'position:static;margin:0 0 4pt auto;width:6.5cm'));
    if (s.where === 'over-header') out.push(stampHtml(s, 'top:0.1cm;right:-0.2cm'));
  }
  for (const b of layout.preamble) out.push(`<div style="font-size:13pt">${lines(b)}</div>`);
  const issuer = layout.issuer
    .map((l, i) => (i > 0 || layout.issuer.length === 1 ? `<b>${line(l)}</b>` : line(l)))
    .join('<br>');
  const motto = layout.motto.map((l) => `<b>${line(l)}</b>`).join('<br>');
  const left2 = [
    layout.number ? line(layout.number) : '',
    layout.subjectAbbrev ? `<span style="font-size:12pt">${lines(layout.subjectAbbrev)}</span>` : '',
  ]
    .filter(Boolean)
    .join('<br>');
  out.push(
    `<table class="cols hdr"><tr><td style="width:7.5cm;${leftShift}">${issuer}<div class="rule"></div></td>` +
      `<td style="${shiftStyle}">${motto}<div class="rule" style="width:60%"></div></td></tr>` +
      `<tr><td style="padding-top:6pt;${leftShift}">${left2}</td>` +
      `<td style="padding-top:6pt;${shiftStyle}"><i style="font-size:14pt">${layout.placeDate ? line(layout.placeDate) : ''}</i></td></tr></table>`,
  );
  if (layout.docType) out.push(`<p class="type">${line(layout.docType)}</p>`);
  if (layout.subject) out.push(`<p class="subject">${lines(layout.subject)}</p>`);
  if (layout.salutation) {
    const { lead, items } = layout.salutation;
    out.push(`<p class="greet">${line(lead)}${items.length ? `<br>${items.map(line).join('<br>')}` : ''}</p>`);
  }
  let table: string[] = [];
  const flush = () => {
    if (table.length) out.push(`<table class="grid">${table.join('')}</table>`);
    table = [];
  };
  for (const b of layout.body) {
    const cells = tableCells(blockText(styled, b));
    if (cells) table.push(`<tr>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`);
    else {
      flush();
      out.push(`<p class="body">${b.map(line).join(' ')}</p>`);
    }
  }
  flush();
  if (layout.distribution || layout.signature) {
    const d = layout.distribution;
    const s = layout.signature;
    const signerStamps = stamps.filter((x) => x.where === 'signature').map((x) => stampHtml(x, 'top:3.2em;left:30%'));
    out.push(
      `<table class="cols sign" style="margin-top:10pt"><tr><td style="width:45%">` +
        (d
          ? `<span class="noi-nhan">${line(d.lead)}</span><br><span class="list">${d.items.map(line).join('<br>')}</span>`
          : '') +
        `</td><td class="right">${s ? `${s.titles.map(line).join('<br>')}${signerStamps.join('')}<br><br><br><br><br>${line(s.name)}` : ''}</td></tr></table>`,
    );
  } else if (stamps.some((x) => x.where === 'signature')) {
    // no signature block (a published copy): the signer's stamp closes the text
    const own = stamps.filter((x) => x.where === 'signature').map((x) => stampHtml(x, 'top:0;left:60%'));
    out.push(`<div style="position:relative;height:3cm">${own.join('')}</div>`);
  }
  out.push('</body></html>');
  return out.join('\n');
}
