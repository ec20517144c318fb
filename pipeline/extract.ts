import { extractAnniversaries } from '../extractors/anniversaries.js';
import { extractCampaigns } from '../extractors/campaigns.js';
import { extractDates } from '../extractors/dates.js';
import { extractHeader } from '../extractors/header.js';
import { extractReferences } from '../extractors/references.js';
import { extractSignatures } from '../extractors/signatures.js';
import type { ExtractContext } from '../extractors/types.js';
import type { ExtractionResult } from '../output/schema.js';
import { SCHEMA_VERSION } from '../output/schema.js';
import type { Doc } from './document.js';

/**
 * Runs the extractors in dependency order: later ones read earlier results through
 * the context (references exclude the header's own number; dates learn their role).
 */
export function extract(doc: Doc): ExtractionResult {
  const header = extractHeader(doc);
  const ctx: ExtractContext = { header: header.value };
  const references = extractReferences(doc, ctx);
  ctx.references = references.items;
  const anniversaries = extractAnniversaries(doc, ctx);
  ctx.anniversaries = anniversaries.items;
  const campaigns = extractCampaigns(doc, ctx);
  const dates = extractDates(doc, ctx);
  // Signing metadata of digital-signature stamps; the field is left out when there is none.
  const signatures = extractSignatures(doc);
  const document =
    signatures.items.length > 0 ? { ...header.value, digitalSignatures: signatures.items } : header.value;
  return {
    schemaVersion: SCHEMA_VERSION,
    ok: true,
    source: doc.source,
    text: doc.text,
    document,
    references: references.items,
    campaigns: campaigns.items,
    anniversaries: anniversaries.items,
    dates: dates.items,
    warnings: [
      ...doc.warnings,
      ...header.warnings,
      ...references.warnings,
      ...anniversaries.warnings,
      ...campaigns.warnings,
      ...dates.warnings,
      ...signatures.warnings,
    ],
  };
}
