import { readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

export interface Found {
  path: string;
  /** the folder output paths are mirrored from */
  base: string;
}

// Expected-result sidecars sit beside fixtures; they are not documents.
const SKIP = (name: string) => name.startsWith('.') || name.endsWith('.expected.json');

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (SKIP(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

/** The deepest folder holding every input, so output paths stay short and distinct. */
export function commonBase(paths: string[], dirs: Set<string>): string {
  const parts = paths.map((p) => resolve(dirs.has(p) ? p : dirname(p)).split(sep));
  const first = parts[0] ?? [];
  let n = first.length;
  for (const p of parts) {
    let i = 0;
    while (i < n && p[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(sep) || sep;
}

/** Files under the given paths, in a stable order; a missing path is reported, not fatal. */
export async function discover(inputs: string[]): Promise<{ files: Found[]; missing: string[] }> {
  const dirs = new Set<string>();
  const missing: string[] = [];
  const present: string[] = [];
  for (const p of inputs) {
    try {
      if ((await stat(p)).isDirectory()) dirs.add(p);
      present.push(p);
    } catch {
      missing.push(p);
    }
  }
  const base = commonBase(present, dirs);
  const files: Found[] = [];
  for (const p of present) {
    if (!dirs.has(p)) files.push({ path: p, base });
    else for await (const f of walk(p)) files.push({ path: f, base });
  }
  return { files, missing };
}
