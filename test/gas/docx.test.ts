/**
 * src/gas/docx: a model becomes one .docx blob through the emulated Utilities (the path
 * the add-on takes): one Utilities call, typed as a Word document, and a zip that Python's
 * zipfile (a real reader) opens with every part intact, deflated.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Env } from '../../emulator/core';
import { blobBytes } from '../../emulator/services/blob';
import { createUtilities, newUtilitiesState } from '../../emulator/services/utilities';
import { DOCX_MIME_TYPE, docxParts } from '../../src/domain/docx';
import { docxBlob } from '../../src/gas/docx';
import type { UtilitiesPort } from '../../src/gas/ports';
import { allDocuments } from '../domain/documentFixtures';

describe('docxBlob', () => {
  const env = new Env();
  const utilities: UtilitiesPort = env.expose(createUtilities(env, newUtilitiesState()));
  const model = allDocuments().pairs;

  test('one blob named «<name>.docx», typed as a Word document, whose zip entries are the parts', () => {
    env.counter.reset();
    const blob = docxBlob(utilities, model);
    const parts = docxParts(model);
    expect(env.counter.byMethod()).toEqual({ 'Utilities.newBlob': 1 });
    expect(blob.getName()).toBe(`${model.name}.docx`);
    expect(blob.getContentType()).toBe(DOCX_MIME_TYPE);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docx-'));
    const file = path.join(dir, 'a.docx');
    fs.writeFileSync(file, blobBytes(blob));
    const script =
      'import json,sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(json.dumps({"bad": z.testzip(), "methods": [i.compress_type for i in z.infolist()], "parts": {n: z.read(n).decode("utf-8") for n in z.namelist()}, "names": z.namelist()}))';
    const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
    fs.rmSync(dir, { recursive: true });
    expect(run.stderr).toBe('');
    const read = JSON.parse(run.stdout) as {
      bad: string | null;
      methods: number[];
      names: string[];
      parts: Record<string, string>;
    };
    expect(read.bad).toBeNull();
    expect(new Set(read.methods)).toEqual(new Set([8])); // ZIP_DEFLATED
    expect(read.names).toEqual(parts.map((p) => p.path));
    for (const p of parts) expect(read.parts[p.path]).toBe(p.xml);
  });

  test('the same model gives the same bytes (no clock read), and its creation time when given', () => {
    const bytes = (options = {}) => Array.from(blobBytes(docxBlob(utilities, model, options)));
    expect(bytes()).toEqual(bytes());
    expect(bytes({ created: new Date(2026, 8, 1, 10) })).not.toEqual(bytes());
  });
});
