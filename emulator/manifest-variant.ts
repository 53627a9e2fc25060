/**
 * Test-side helper (not Google's API): a copy of a build folder whose appsscript.json is edited,
 * to run the same bundle as a deployment with another manifest — the Advanced Drive service not
 * enabled, a scope missing — for tests of how the add-on reports such a failure. Daily quotas are
 * injected on the emulator itself (`emu.quotas.exhaust(name)`).
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Manifest = Record<string, unknown> & {
  oauthScopes?: string[];
  dependencies?: { enabledAdvancedServices?: unknown[] };
};

/** A temporary folder with `from`'s files and the manifest `edit` returns; pass it as `buildDir`. */
export function manifestVariant(edit: (manifest: Manifest) => Manifest, from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-variant-'));
  for (const file of readdirSync(from)) {
    if (statSync(join(from, file)).isFile()) copyFileSync(join(from, file), join(dir, file));
  }
  const manifest = JSON.parse(readFileSync(join(from, 'appsscript.json'), 'utf8')) as Manifest;
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(edit(manifest), null, 2));
  return dir;
}

/** The edit for "the Advanced Drive service is not enabled": no enabledAdvancedServices. */
export function withoutAdvancedServices(manifest: Manifest): Manifest {
  const { dependencies, ...rest } = manifest;
  if (!dependencies) return rest;
  const { enabledAdvancedServices: _dropped, ...otherDependencies } = dependencies;
  return { ...rest, dependencies: otherDependencies };
}
