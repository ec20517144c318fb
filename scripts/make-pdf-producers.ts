/**
 * PDFs of the same documents from producers other than LibreOffice, into fixtures/pdf-producers/:
 *  - word_<doc>.pdf: set like Word's "Save as PDF" (pdfkit, Liberation Serif, every word placed on its
 *    own, justified by moving words), page numbers at the top centre from page 2, a running footer, and
 *    the traits of signed government PDFs: VGCA stamps, watermarks, a header column set a line off;
 *  - chromium_<doc>.pdf: an HTML rendering printed by headless Chromium (Skia's PDF writer).
 * Each beside <name>.expected.json: the source document's expected results plus the stamps' days and
 * signatures. Sources: the seeds (gold in ../shared/gold) and ke-hoach-bang.txt (a body table, codes
 * broken at their hyphen).
 * Run: npx tsx scripts/make-pdf-producers.ts   (needs Debian packages chromium and fonts-liberation2)
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumPdf } from './pdf-producers/chromium.js';
import { expectedFor } from './pdf-producers/expected.js';
import { documentHtml } from './pdf-producers/html.js';
import { parseSource } from './pdf-producers/source.js';
import { SPECS } from './pdf-producers/specs.js';
import { wordPdf } from './pdf-producers/word.js';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'fixtures/pdf-producers');

for (const spec of SPECS) {
  const parsed = parseSource(spec.text);
  for (const [producer, traits] of [
    ['word', spec.word],
    ['chromium', spec.chromium],
  ] as const) {
    const id = `${producer}_${spec.doc}`;
    const pdf = producer === 'word' ? await wordPdf(parsed, traits) : chromiumPdf(documentHtml(parsed, traits));
    writeFileSync(join(out, `${id}.pdf`), pdf);
    const furniture = {
      pageNumbers: (traits.pageNumber ?? String)(0).replace('0', '#'),
      ...(traits.footer ? { footer: traits.footer } : {}),
      ...(traits.watermark ? { watermark: traits.watermark.text } : {}),
    };
    writeFileSync(
      join(out, `${id}.expected.json`),
      expectedFor(spec.gold, id, `${id}.pdf`, traits.stamps ?? [], furniture),
    );
    console.log(`${id}.pdf  ${pdf.length} bytes`);
  }
}
