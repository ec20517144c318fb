import type { ExtractionResult } from '../output/schema.js';

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
