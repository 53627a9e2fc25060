/**
 * Derives emulator/reference-scopes.json, the OAuth scopes each service call needs, from
 * Google's reference rather than from memory: `npm run scopes` (or `npx tsx scripts/derive-scopes.ts`).
 *
 * - Which calls: every method of every port in src/gas/ports.ts. Each port is tied to Google's
 *   interface by its `Assert<GoogleAppsScript.X.Y, YPort>` guard (the `PortGuards` tuple), read
 *   with the TypeScript compiler, so Pick'ed and inherited members count too.
 * - Which scopes: the "Authorization" section of each method in gas-types-detailed, an npm
 *   package that mirrors Google's Apps Script reference
 *   (https://developers.google.com/apps-script/reference). A method whose reference has no
 *   Authorization section needs no scope: it is recorded as [] so that coverage is provable.
 * - Advanced services are not in that package: their scopes are copied by hand below from
 *   Google's REST reference (REST_SCOPES), and merged in.
 *
 * Keys are what the emulator counts ("serviceName.method", see emulator/core.ts expose());
 * any one of a key's scopes suffices. Reads only local files (no network), so the drift test
 * (test/emulator/scopes.test.ts) runs it too.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '..');
const REFERENCE_DIR = join(ROOT, 'node_modules', 'gas-types-detailed');
const PORTS_FILE = join(ROOT, 'src', 'gas', 'ports.ts');
export const SCOPE_TABLE_FILE = join(ROOT, 'emulator', 'reference-scopes.json');

const AUTH = 'https://www.googleapis.com/auth/';

/**
 * The one place where the emulator counts a Google interface's calls under another name than
 * the interface's own (the default is its last name part: GoogleAppsScript.Spreadsheet.Range → "Range").
 */
export const SERVICE_NAMES: Readonly<Record<string, string>> = {
  // TableCell.getChild() gives an Element; the emulator's element is its Paragraph.
  'GoogleAppsScript.Document.Element': 'Paragraph',
  // What Utilities.zip takes: the emulator's blob sources are its Blobs.
  'GoogleAppsScript.Base.BlobSource': 'Blob',
  // The Advanced Drive service: Drive.Files.create(...) is counted as "Drive.Files.create".
  'GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection': 'Drive.Files',
};

export function serviceNameOf(googleInterface: string): string {
  return SERVICE_NAMES[googleInterface] ?? googleInterface.slice(googleInterface.lastIndexOf('.') + 1);
}

/**
 * FROM GOOGLE'S REST REFERENCE, by hand (the Apps Script reference does not cover advanced
 * services): Drive API v3, files resource, each method's "Authorization scopes" section, as in
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/{method}
 * (create, get, list, update, copy, delete, emptyTrash, export, generateIds, download,
 * listLabels, modifyLabels), checked against the methods' "scopes" in Google's discovery document
 * for drive:v3 (https://www.googleapis.com/discovery/v1/apis/drive/v3/rest; read as vendored in
 * googleapis/google-api-go-client, drive/v3/drive-api.json).
 * The advanced service names files.delete `remove` (delete is a reserved word in JavaScript).
 */
export const REST_SCOPES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection': {
    copy: ['drive', 'drive.appdata', 'drive.file', 'drive.photos.readonly'],
    create: ['drive', 'drive.appdata', 'drive.file'],
    download: ['drive', 'drive.file', 'drive.readonly'],
    emptyTrash: ['drive'],
    export: ['drive', 'drive.file', 'drive.meet.readonly', 'drive.readonly'],
    generateIds: ['drive', 'drive.appdata', 'drive.file'],
    get: [
      'drive',
      'drive.appdata',
      'drive.file',
      'drive.meet.readonly',
      'drive.metadata',
      'drive.metadata.readonly',
      'drive.photos.readonly',
      'drive.readonly',
    ],
    list: [
      'drive',
      'drive.appdata',
      'drive.file',
      'drive.meet.readonly',
      'drive.metadata',
      'drive.metadata.readonly',
      'drive.photos.readonly',
      'drive.readonly',
    ],
    listLabels: ['drive', 'drive.file', 'drive.meet.readonly', 'drive.metadata', 'drive.metadata.readonly', 'drive.readonly'],
    modifyLabels: ['drive', 'drive.file', 'drive.metadata'],
    remove: ['drive', 'drive.appdata', 'drive.file'],
    update: ['drive', 'drive.appdata', 'drive.file', 'drive.metadata', 'drive.scripts'],
  },
};

/** A port and the Google interface its guard ties it to, with the port's methods (not its enum properties). */
export interface PortBinding {
  port: string;
  google: string;
  methods: string[];
}

/** Every port of src/gas/ports.ts with its methods, from the `PortGuards` tuple of `Assert<Google, Port>`. */
export function portBindings(): PortBinding[] {
  const program = ts.createProgram([PORTS_FILE], {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    types: ['google-apps-script'],
    typeRoots: [join(ROOT, 'node_modules', '@types')],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(PORTS_FILE);
  if (!source) throw new Error(`cannot read ${PORTS_FILE}`);
  const guards = source.statements.find(
    (s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === 'PortGuards',
  );
  if (!guards || !ts.isTupleTypeNode(guards.type)) throw new Error('ports.ts has no `type PortGuards = [Assert<…>, …]`');
  return guards.type.elements.map((element) => {
    if (!ts.isTypeReferenceNode(element) || element.typeArguments?.length !== 2) {
      throw new Error(`PortGuards: not an Assert<Google, Port>: ${element.getText(source)}`);
    }
    const [real, port] = element.typeArguments;
    const realSymbol = checker.getTypeFromTypeNode(real).getSymbol();
    if (!realSymbol) throw new Error(`PortGuards: cannot resolve ${real.getText(source)}`);
    const portType = checker.getTypeFromTypeNode(port);
    const methods = checker
      .getPropertiesOfType(portType)
      .filter((p) => checker.getTypeOfSymbolAtLocation(p, port).getCallSignatures().length > 0)
      .map((p) => p.getName())
      .sort();
    return { port: port.getText(source), google: checker.getFullyQualifiedName(realSymbol), methods };
  });
}

/** One interface of the reference: each method's overloads, each by its doc comment. */
interface ReferenceInterface {
  methods: Map<string, string[]>;
  extends: string[];
}

/** Every interface of gas-types-detailed's Apps Script services, by fully qualified name. */
export function readReference(dir = REFERENCE_DIR): Map<string, ReferenceInterface> {
  const interfaces = new Map<string, ReferenceInterface>();
  const files = readdirSync(dir).filter((f) => f.startsWith('google-apps-script') && f.endsWith('.d.ts'));
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
    const visit = (node: ts.Node, namespace: string[]): void => {
      if (ts.isModuleDeclaration(node)) {
        const inner = [...namespace, node.name.text];
        if (node.body) visit(node.body, inner);
      } else if (ts.isModuleBlock(node)) {
        for (const statement of node.statements) visit(statement, namespace);
      } else if (ts.isInterfaceDeclaration(node)) {
        const name = [...namespace, node.name.text].join('.');
        const entry = interfaces.get(name) ?? { methods: new Map<string, string[]>(), extends: [] };
        interfaces.set(name, entry);
        for (const clause of node.heritageClauses ?? []) {
          for (const type of clause.types) {
            const base = type.expression.getText(source);
            entry.extends.push(base.includes('.') ? base : [...namespace, base].join('.'));
          }
        }
        for (const member of node.members) {
          if (!ts.isMethodSignature(member) || !member.name || !ts.isIdentifier(member.name)) continue;
          const overloads = entry.methods.get(member.name.text) ?? [];
          overloads.push(docComment(text, member));
          entry.methods.set(member.name.text, overloads);
        }
      }
    };
    for (const statement of source.statements) visit(statement, []);
  }
  return interfaces;
}

/** The /** … *\/ comment right before a member ('' when it has none). */
function docComment(text: string, node: ts.Node): string {
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  const docs = ranges.filter((r) => text.startsWith('/**', r.pos));
  return docs.length > 0 ? text.slice(docs[docs.length - 1].pos, docs[docs.length - 1].end) : '';
}

/**
 * The scopes listed under "Authorization:" ("Scripts that use this method require authorization
 * with one or more of the following scopes: - https://…"); [] when there is no such section.
 */
export function authorizationScopes(doc: string, where: string): string[] {
  const at = doc.indexOf('Authorization:');
  if (at < 0) return [];
  const lines = doc
    .slice(at + 'Authorization:'.length)
    .split('\n')
    .map((line) => line.replace(/^\s*\*\/?\s?/, '').trim());
  const scopes: string[] = [];
  for (const line of lines) {
    const item = /^- (https:\/\/www\.googleapis\.com\/auth\/\S+)$/.exec(line);
    if (item) scopes.push(item[1]);
    else if (scopes.length > 0)
      break; // the list has ended
    else if (/related REST API/.test(line)) throw new Error(`${where}: its reference defers to a REST API's scopes`);
    else if (line.startsWith('https://') || line.startsWith('@')) break;
  }
  if (scopes.length === 0) throw new Error(`${where}: an Authorization section without scopes`);
  return scopes;
}

/** A method's scopes, looked up through the interfaces it extends; all overloads must agree. */
function referenceScopes(reference: Map<string, ReferenceInterface>, google: string, method: string): string[] {
  const find = (name: string): string[] | null => {
    const entry = reference.get(name);
    if (!entry) return null;
    return entry.methods.get(method) ?? entry.extends.map(find).find((found) => found !== null) ?? null;
  };
  const docs = find(google);
  if (!docs) throw new Error(`${google}.${method} is not in gas-types-detailed (a REST_SCOPES entry is needed?)`);
  const [first, ...rest] = docs.map((doc) => authorizationScopes(doc, `${google}.${method}`));
  for (const other of rest) {
    if (other.join() !== first.join()) {
      throw new Error(
        `${google}.${method}: overloads need different scopes (${first} / ${other}); the table cannot tell them apart`,
      );
    }
  }
  return first;
}

export interface ScopeTable {
  /** Where the table comes from; not read by the emulator. */
  source: string;
  /** "serviceName.method" → the scopes of which any one allows the call ([]: none needed). */
  scopes: Record<string, string[]>;
}

export function deriveScopeTable(): ScopeTable {
  const reference = readReference();
  const scopes = new Map<string, string[]>();
  const add = (key: string, list: readonly string[], from: string) => {
    const known = scopes.get(key);
    if (known && known.join() !== list.join()) throw new Error(`${key}: ${from} needs ${list}, another interface ${known}`);
    scopes.set(key, [...list]);
  };
  for (const [google, methods] of Object.entries(REST_SCOPES)) {
    for (const [method, list] of Object.entries(methods))
      add(
        `${serviceNameOf(google)}.${method}`,
        list.map((s) => AUTH + s),
        google,
      );
  }
  for (const { google, methods } of portBindings()) {
    const rest = REST_SCOPES[google];
    for (const method of methods) {
      if (rest) {
        if (!rest[method]) throw new Error(`${google}.${method}: not in REST_SCOPES`);
        continue; // added above
      }
      add(`${serviceNameOf(google)}.${method}`, referenceScopes(reference, google, method), google);
    }
  }
  const version = JSON.parse(readFileSync(join(REFERENCE_DIR, 'package.json'), 'utf8')).version as string;
  return {
    source:
      `Generated by scripts/derive-scopes.ts (npm run scopes) from gas-types-detailed@${version} ` +
      '(Authorization sections of https://developers.google.com/apps-script/reference) and, for the Advanced Drive ' +
      'service, https://developers.google.com/workspace/drive/api/reference/rest/v3/files. Do not edit by hand.',
    scopes: Object.fromEntries([...scopes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

function main(): void {
  const table = deriveScopeTable();
  writeFileSync(SCOPE_TABLE_FILE, `${JSON.stringify(table, null, 2)}\n`);
  // Biome (npm run lint) formats JSON its own way; the drift test compares contents, not bytes.
  execFileSync(join(ROOT, 'node_modules', '.bin', 'biome'), ['format', '--write', SCOPE_TABLE_FILE], { stdio: 'ignore' });
  console.log(`${SCOPE_TABLE_FILE}: ${Object.keys(table.scopes).length} calls`);
}

if (require.main === module) main();
