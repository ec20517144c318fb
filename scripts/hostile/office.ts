/** LibreOffice and poppler steps of the hostile fixtures, in a private LibreOffice profile. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const PROFILE = '/tmp/lo-h6';
const run = (tool: string, args: string[]) =>
  execFileSync(tool, args, { stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 });
const soffice = (args: string[]) => run('soffice', [`-env:UserInstallation=file://${PROFILE}`, '--headless', ...args]);

/** Converts `file` to `to` ("pdf", "docx", "odt", "xlsx"…) in `outDir`; returns the new file's path. */
export function convert(file: string, to: string, outDir: string, extra: string[] = []): string {
  soffice([...extra, '--convert-to', to, '--outdir', outDir, file]);
  const out = join(outDir, `${basename(file).replace(/\.[^.]+$/, '')}.${to.split(':')[0]}`);
  if (!existsSync(out)) throw new Error(`soffice did not write ${out}`);
  return out;
}

/** Saves `src` (.docx) as a password-protected .docx: an OLE file holding EncryptionInfo and EncryptedPackage. */
export function encryptDocx(src: string, dst: string, password: string): void {
  const module = join(PROFILE, 'user/basic/Standard/Module1.xba');
  if (!existsSync(module)) soffice(['--terminate_after_init']); // lays out the profile
  copyFileSync(join(import.meta.dirname, 'save-encrypted.xba'), module);
  soffice([`macro:///Standard.Module1.SaveEncrypted("${src}","${dst}","${password}")`]);
  if (existsSync(`${dst}.error`)) throw new Error(`LibreOffice: ${readFileSync(`${dst}.error`, 'utf8')}`);
  const head = existsSync(dst) ? readFileSync(dst).subarray(0, 4).toString('hex') : 'missing';
  if (head !== 'd0cf11e0') throw new Error(`${dst} is not an OLE file (${head})`);
}

/** The first page of a PDF as a small image ("png" or "jpeg"), the way a scanner's output looks to us. */
export function pageImage(pdf: string, kind: 'png' | 'jpeg', outBase: string): string {
  run('pdftoppm', [`-${kind}`, '-r', '20', '-f', '1', '-l', '1', '-singlefile', pdf, outBase]);
  return `${outBase}.${kind === 'png' ? 'png' : 'jpg'}`;
}
