import type { BatchSummary } from '../pipeline/embedded.js';

export function formatSummary(s: BatchSummary): string {
  const lines = [
    `documents     ${s.documents} (${s.ok} ok, ${s.failed} failed, ${s.skipped} skipped as already done)`,
    `references    ${s.references}`,
    `campaigns     ${s.campaigns}`,
    `anniversaries ${s.anniversaries}`,
    `dates         ${s.dates}`,
    `errors        ${s.failed}`,
    `elapsed       ${(s.elapsedMs / 1000).toFixed(2)} s (${s.docsPerSecond.toFixed(1)} docs/s)`,
  ];
  for (const f of s.failures) lines.push(`  error ${f.code}: ${f.path}: ${f.message}`);
  return `${lines.join('\n')}\n`;
}
