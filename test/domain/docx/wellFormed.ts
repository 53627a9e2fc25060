/**
 * Strict XML parsing of .docx parts with python3's xml.dom.minidom (expat): one process for
 * any number of documents. Returns, per document, null when well-formed or expat's message.
 */
import { spawnSync } from 'node:child_process';

const SCRIPT = [
  'import json, sys',
  'from xml.dom import minidom',
  'out = []',
  'for text in json.load(sys.stdin):',
  '    try:',
  '        minidom.parseString(text.encode("utf-8"))',
  '        out.append(None)',
  '    except Exception as e:',
  '        out.append(str(e))',
  'print(json.dumps(out))',
].join('\n');

export function xmlErrors(documents: readonly string[]): (string | null)[] {
  const run = spawnSync('python3', ['-c', SCRIPT], { input: JSON.stringify(documents), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}
