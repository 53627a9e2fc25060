/**
 * LibreOffice converts .docx files to PDF: one `soffice --headless` run for all of them (it
 * is slow to start), with its own user profile in a temporary folder so that parallel runs
 * never share one. Debian: libreoffice-writer-nogui (.ci/run installs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const INSTALL = 'apt-get install -y libreoffice-writer-nogui poppler-utils fonts-liberation (.ci/run installs them)';

/** Throws, naming the Debian packages, when soffice or poppler is missing. */
export function requireTools(): void {
  for (const tool of ['soffice', 'pdfinfo', 'pdftotext', 'pdffonts', 'pdftoppm']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
      throw new Error(`${tool} is needed for the render tests: ${INSTALL}`);
  }
}

/** Converts every file to `<outDir>/<base name>.pdf`; returns the PDFs in the same order. */
export function convertToPdf(files: readonly string[], outDir: string): string[] {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'soffice-profile-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...files,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const pdfs = files.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.pdf`));
  const missing = pdfs.filter((p) => !fs.existsSync(p));
  if (missing.length) throw new Error(`LibreOffice made no PDF of: ${missing.join(', ')}`);
  return pdfs;
}
