/**
 * Build for Apps Script: build/Code.js (one classic script: an IIFE bundle assigned to the
 * global `AddOn`, then one top-level function per export, since Apps Script only sees
 * top-level function declarations), build/Sidebar.html (browser bundle inlined) and
 * build/appsscript.json.
 */
import { build, type BuildOptions } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const out = join(root, 'build');
const entry = join(root, 'src/addon/main.ts');
const GLOBAL_NAME = 'AddOn';

const shared: BuildOptions = {
  bundle: true,
  target: 'es2020',
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
};

/** Names exported by the entry module, read from an in-memory ESM build's metafile. */
export async function entryExports(): Promise<string[]> {
  const result = await build({ ...shared, entryPoints: [entry], format: 'esm', write: false, metafile: true, outdir: out });
  const output = Object.values(result.metafile!.outputs).find((o) => o.entryPoint);
  if (!output) throw new Error('esbuild metafile has no entry output');
  return [...output.exports].sort();
}

function footer(names: string[]): string {
  const stubs = names.map((n) => `function ${n}(...args) { return ${GLOBAL_NAME}.${n}(...args); }`);
  return `\n// Entry points: Apps Script calls only top-level functions.\n${stubs.join('\n')}\n`;
}

async function buildCode(): Promise<string[]> {
  const names = await entryExports();
  await build({
    ...shared,
    entryPoints: [entry],
    outfile: join(out, 'Code.js'),
    format: 'iife',
    globalName: GLOBAL_NAME,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: false,
    footer: { js: footer(names) },
  });
  return names;
}

async function buildSidebar(): Promise<void> {
  const result = await build({
    ...shared,
    entryPoints: [join(root, 'src/sidebar/main.ts')],
    format: 'iife',
    platform: 'browser',
    minify: true,
    write: false,
    tsconfig: join(root, 'src/sidebar/tsconfig.json'),
  });
  // A literal "</script" inside the bundle would close the inline script early.
  const script = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const template = readFileSync(join(root, 'src/sidebar/index.html'), 'utf8');
  if (!template.includes('/*SIDEBAR_SCRIPT*/')) throw new Error('Sidebar template lacks /*SIDEBAR_SCRIPT*/');
  writeFileSync(
    join(out, 'Sidebar.html'),
    template.replace('/*SIDEBAR_SCRIPT*/', () => script),
  );
}

export async function buildAll(): Promise<string[]> {
  mkdirSync(out, { recursive: true });
  const [names] = await Promise.all([buildCode(), buildSidebar()]);
  copyFileSync(join(root, 'appsscript.json'), join(out, 'appsscript.json'));
  return names;
}

if (require.main === module) {
  buildAll()
    .then((names) => {
      const size = readFileSync(join(out, 'Code.js')).length;
      console.log(`build/Code.js ${(size / 1024).toFixed(1)} KB, entry points: ${names.join(', ')}`);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
