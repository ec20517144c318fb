/** LibreOffice as the fixture maker's Word 97: .docx → .doc, and .doc/.docx saved with a password. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// A profile of our own, so other LibreOffice runs on the machine do not collide with this one.
const PROFILE = join(tmpdir(), 'lo-h3');

const soffice = (args: string[]) =>
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(PROFILE).href}`, '--headless', ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 300_000,
  });

/** Converts .docx files into `outDir` as Word 97–2003 .doc (the "MS Word 97" filter). */
export function convertToDoc(docxPaths: string[], outDir: string): void {
  soffice(['--convert-to', 'doc:MS Word 97', '--outdir', outDir, ...docxPaths]);
}

// --convert-to cannot set a password (the filter ignores one given as a filter option), so a Basic
// macro in our own profile loads the file and stores it with a "Password" media descriptor.
const MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub SaveEncrypted(src As String, dst As String, filter As String, pwd As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), &quot;_blank&quot;, 0, load())
  Dim store(1) As New com.sun.star.beans.PropertyValue
  store(0).Name = &quot;FilterName&quot;
  store(0).Value = filter
  store(1).Name = &quot;Password&quot;
  store(1).Value = pwd
  doc.storeToURL(ConvertToURL(dst), store())
  doc.close(True)
End Sub
</script:module>
`;

/** Saves `src` as `dst` with a password, through a LibreOffice export filter ("MS Word 97" for .doc). */
export function saveEncrypted(src: string, dst: string, filter: string, password: string): void {
  // the profile exists once LibreOffice has run in it (convertToDoc runs first)
  const basic = join(PROFILE, 'user/basic/Standard');
  mkdirSync(basic, { recursive: true });
  writeFileSync(join(basic, 'Module1.xba'), MACRO);
  soffice([`macro:///Standard.Module1.SaveEncrypted("${src}","${dst}","${filter}","${password}")`]);
}
