// Runs the pipeline on one fixture folder in one format and scores it with the referee.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBatch } from '../pipeline/embedded.js';

export const SHARED = process.env.VBX_SHARED ?? '../shared';
export const KINDS = ['references', 'campaigns', 'anniversaries', 'dates'] as const;

export interface Score {
  kinds: Record<string, { P: number; R: number; F: number }>;
  fieldAccuracy: number;
  matchedDocuments: number;
  documents: number;
}

/**
 * Gold for a fixture folder: the shared annotations for the seeds, the sidecars elsewhere; with a
 * format, only the sidecars of documents that exist in that format (folders mixing formats).
 */
export function goldFor(dir: string, format?: string): string {
  if (dir.endsWith('seeds')) return join(SHARED, 'gold');
  const gold = mkdtempSync(join(tmpdir(), 'vbx-gold-'));
  const names = new Set(readdirSync(dir));
  for (const f of [...names].filter((f) => f.endsWith('.expected.json'))) {
    if (format && !names.has(f.replace(/\.expected\.json$/, `.${format}`))) continue;
    cpSync(join(dir, f), join(gold, f));
  }
  return gold;
}

export async function referee(dir: string, format: string, gold: string, out?: string, verbose = false) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(`.${format}`))
    .map((f) => join(dir, f));
  const target = out ?? mkdtempSync(join(tmpdir(), `vbx-eval-${format}-`));
  mkdirSync(target, { recursive: true });
  await runBatch(files, { out: target, workers: 1 });
  const args = [join(SHARED, 'eval/score.mjs'), '--gold', gold, '--pred', target];
  const score: Score = JSON.parse(execFileSync('node', [...args, '--json'], { encoding: 'utf8' }));
  const report = verbose ? execFileSync('node', [...args, '--verbose'], { encoding: 'utf8' }) : '';
  return { score, report };
}
