/**
 * Builds the small PDFs under test/pdf/ the way offices make them: a .docx written with the `docx`
 * package, converted by LibreOffice; plus a hand-written PDF (another producer), a PDF without a
 * text layer, an encrypted and a print-restricted copy (qpdf), and junk.
 * Run: npx tsx scripts/make-test-pdfs.ts   (needs soffice and qpdf on PATH)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer } from 'docx';
import { handmadePdf, imageOnlyPdf } from './test-pdfs/handmade.js';
import { chiThiDocx, congVanDocx } from './test-pdfs/office-docs.js';
import { plainLetterText } from './test-pdfs/texts.js';

const outDir = join(import.meta.dirname, '..', 'test', 'pdf');
const work = mkdtempSync(join(tmpdir(), 'vbx-pdf-'));
const loProfile = 'file:///tmp/lo-pdfhelper';

const soffice = (file: string, extra: string[] = []): void => {
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${loProfile}`, '--headless', ...extra, '--convert-to', 'pdf', '--outdir', work, file],
    {
      stdio: 'ignore',
    },
  );
};

const convert = async (name: string, doc: Parameters<typeof Packer.toBuffer>[0]): Promise<string> => {
  const docx = join(work, `${name}.docx`);
  writeFileSync(docx, await Packer.toBuffer(doc));
  soffice(docx);
  const pdf = join(outDir, `${name}.pdf`);
  renameSync(join(work, `${name}.pdf`), pdf);
  return pdf;
};

mkdirSync(outDir, { recursive: true });
const chiThi = await convert('chi-thi-3p', chiThiDocx());
await convert('cong-van-2p', congVanDocx());

const txt = join(work, 'plain-letter.txt');
writeFileSync(txt, plainLetterText);
soffice(txt, ['--infilter=Text (encoded):UTF8,LF,Liberation Serif,vi']);
renameSync(join(work, 'plain-letter.pdf'), join(outDir, 'plain-letter.pdf'));

writeFileSync(join(outDir, 'handmade.pdf'), handmadePdf());
writeFileSync(join(outDir, 'scanned.pdf'), imageOnlyPdf());

// An open password makes the file unreadable; an owner password only restricts printing/copying.
execFileSync('qpdf', ['--encrypt', 'mo-khoa', 'chu-so-huu', '256', '--', chiThi, join(outDir, 'encrypted.pdf')]);
execFileSync('qpdf', [
  '--encrypt',
  '',
  'chu-so-huu',
  '128',
  '--print=none',
  '--use-aes=y',
  '--',
  chiThi,
  join(outDir, 'restricted.pdf'),
]);

writeFileSync(join(outDir, 'junk.pdf'), 'Đây không phải là tệp PDF.\n'.repeat(20));
const whole = readFileSync(chiThi);
writeFileSync(join(outDir, 'truncated.pdf'), whole.subarray(0, Math.floor(whole.length / 3)));

console.log(`wrote test PDFs to ${outDir}`);
