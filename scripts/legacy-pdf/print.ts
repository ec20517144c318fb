/**
 * Prints .docx files to PDF the way an office with the legacy fonts installed would: LibreOffice
 * runs with a fontconfig of its own in which Liberation Serif (2.x, which has the Vietnamese letters) is installed again under the names
 * .VnTime, .VnTimeH and VNI-Times, so the PDFs embed "ABCDEF+.VnTime" and the like. Then the
 * stand-in glyph for TCVN3's ư (see docx.ts) is mapped back to U+00AD in every ToUnicode map.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { convertToPdf } from '../fixtures/office.js';
import { STAND_IN } from './docx.js';
import { renameFont } from './rename-font.js';

const LIBERATION = '/usr/share/fonts/truetype/liberation2/LiberationSerif-';
const STYLES: Record<string, string> = { Regular: '', Bold: '-Bold', Italic: '-Italic', 'Bold Italic': '-BoldItalic' };
const FAMILIES = ['.VnTime', '.VnTimeH', 'VNI-Times'];

/** A fontconfig file that adds the renamed fonts to the system's; returns its path. */
function installFonts(dir: string): string {
  const fonts = join(dir, 'fonts');
  mkdirSync(fonts, { recursive: true });
  for (const family of FAMILIES)
    for (const [style, suffix] of Object.entries(STYLES)) {
      const source = readFileSync(`${LIBERATION}${style === 'Regular' ? 'Regular' : suffix.slice(1)}.ttf`);
      const font = renameFont(source, { family, style, postScript: `${family}${suffix}` });
      // fontconfig skips files whose names start with a dot
      writeFileSync(join(fonts, `${family.replace(/^\./, '')}${suffix}.ttf`), font);
    }
  const conf = join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${fonts}</dir>
  <cachedir>${join(dir, 'cache')}</cachedir>
</fontconfig>
`,
  );
  return conf;
}

/** ToUnicode entries ("<1F> <00FF>") of the stand-in glyph → U+00AD; the PDF is uncompressed (qdf) for this. */
function restoreSoftHyphens(pdf: string, out: string): number {
  const qdf = `${pdf}.qdf`;
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdf, qdf]);
  const entry = new RegExp(`^(<[0-9A-F]{2,4}> )<00${STAND_IN.charCodeAt(0).toString(16).toUpperCase()}>$`, 'gm');
  let count = 0;
  const text = readFileSync(qdf, 'latin1')
    .replace(entry, (_, code: string) => {
      count++;
      return `${code}<00AD>`;
    })
    // the same input gives the same bytes: fixed creation date and checksum (same lengths), an id from the content
    .replace(/(\/CreationDate \(D:)\d{14}/, (_, key: string) => `${key}20000101000000`)
    .replace(/(\/DocChecksum \/)([0-9A-F]+)/, (_, key: string, sum: string) => key + '0'.repeat(sum.length))
    // qpdf keeps the first half of the document id it is given
    .replace(/(\/ID \[<)([0-9a-f]+)>/, (_, key: string, id: string) => `${key + '0'.repeat(id.length)}>`);
  writeFileSync(qdf, text, 'latin1');
  execFileSync('qpdf', ['--deterministic-id', qdf, out]);
  return count;
}

/** Prints each docx to `<outDir>/<its name>.pdf`; returns, per PDF, how many ToUnicode entries became U+00AD. */
export function printWithLegacyFonts(docxPaths: string[], outDir: string): Map<string, number> {
  const work = join(tmpdir(), 'vbx-legacy-pdf');
  rmSync(work, { recursive: true, force: true });
  const conf = installFonts(work);
  convertToPdf(docxPaths, work, 'lo-legacy-pdf', { FONTCONFIG_FILE: conf });
  const swapped = new Map<string, number>();
  for (const docx of docxPaths) {
    const name = `${basename(docx, '.docx')}.pdf`;
    swapped.set(name, restoreSoftHyphens(join(work, name), join(outDir, name)));
  }
  rmSync(work, { recursive: true, force: true });
  return swapped;
}
