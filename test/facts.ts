import { readFileSync } from 'node:fs';
import type { ExtractionResult, Output } from '../output/schema.js';
import { runJob } from '../pipeline/job.js';

/** What must not change between forms of one document (format, encoding, producer); offsets may. */
export const facts = (r: ExtractionResult) => ({
  document: {
    docType: r.document.docType,
    symbol: r.document.symbol,
    issuer: r.document.issuer,
    place: r.document.place,
    issuedOn: r.document.issuedOn,
    signer: r.document.signer?.name ?? null,
  },
  references: r.references.map((x) => `${x.docType}|${x.symbol}|${x.issuedOn}|${x.issuer}`).sort(),
  campaigns: r.campaigns.map((c) => c.name).sort(),
  anniversaries: r.anniversaries.map((a) => `${a.years}|${a.originDate}|${a.date}`).sort(),
  dates: [...new Set(r.dates.map((d) => d.value))].sort(),
});

/** The facts a change of encoding must leave exactly as they were: header keys, references, dates. */
export const encodingFacts = (r: ExtractionResult) => ({
  document: {
    docType: r.document.docType,
    symbol: r.document.symbol,
    issuer: r.document.issuer,
    issuedOn: r.document.issuedOn,
  },
  references: r.references.map((x) => `${x.docType}|${x.symbol}|${x.issuedOn}|${x.issuer}`).sort(),
  dates: r.dates.map((d) => d.value).sort(),
});

/** A fixture's result, failing the test with its error when it is an error record. */
export async function runOk(path: string): Promise<ExtractionResult> {
  const out: Output = await runJob({ path, bytes: readFileSync(path) });
  if (!out.ok) throw new Error(`${path}: ${out.error.code} ${out.error.message}`);
  return out;
}
