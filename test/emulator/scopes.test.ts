import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { DEFAULT_BUILD_DIR, Emulator } from '../../emulator';
import committed from '../../emulator/reference-scopes.json';
import { missingScopeMessage, requiredScopes, UnknownCallError } from '../../emulator/scopes';
import { ACTIONS, budgetRegister } from '../../scripts/actionBudgets';
import { deriveScopeTable, type PortBinding, portBindings, serviceNameOf } from '../../scripts/derive-scopes';

const AUTH = 'https://www.googleapis.com/auth/';
const ROOT = resolve(__dirname, '..', '..');

/** build/ with the manifest's scopes changed. */
function buildWithScopes(change: (scopes: string[]) => string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'scopes-'));
  for (const file of readdirSync(DEFAULT_BUILD_DIR)) {
    if (file !== 'appsscript.json' && statSync(join(DEFAULT_BUILD_DIR, file)).isFile()) {
      copyFileSync(join(DEFAULT_BUILD_DIR, file), join(dir, file));
    }
  }
  const manifest = JSON.parse(readFileSync(join(DEFAULT_BUILD_DIR, 'appsscript.json'), 'utf8'));
  manifest.oauthScopes = change(manifest.oauthScopes);
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(manifest));
  return dir;
}

const declaredScopes = (): string[] => JSON.parse(readFileSync(join(DEFAULT_BUILD_DIR, 'appsscript.json'), 'utf8')).oauthScopes;

/** An emulator class (emulator/**): its counted name, what it implements, its methods with its base classes'. */
interface EmulatorClass {
  name: string;
  serviceName: string | null;
  implements: string[];
  methods: Set<string>;
}

/** The emulator's classes, read from its sources with the TypeScript parser. */
function emulatorClasses(): EmulatorClass[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.ts')) files.push(join(dir, entry.name));
    }
  };
  walk(join(ROOT, 'emulator'));
  const raw: (EmulatorClass & { base: string | null })[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isClassDeclaration(node) && node.name) {
        let base: string | null = null;
        const implemented: string[] = [];
        for (const clause of node.heritageClauses ?? []) {
          for (const type of clause.types) {
            const name = type.expression.getText(source);
            if (clause.token === ts.SyntaxKind.ExtendsKeyword) base = name;
            else implemented.push(name);
          }
        }
        let serviceName: string | null = null;
        const methods = new Set<string>();
        for (const member of node.members) {
          if (!member.name || !ts.isIdentifier(member.name)) continue;
          if (ts.isMethodDeclaration(member)) methods.add(member.name.text);
          if (
            ts.isPropertyDeclaration(member) &&
            member.name.text === 'serviceName' &&
            member.initializer &&
            ts.isStringLiteral(member.initializer)
          ) {
            serviceName = member.initializer.text;
          }
        }
        raw.push({ name: node.name.text, serviceName, implements: implemented, methods, base });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  // Methods inherited from the emulator's own base classes count too.
  const byName = new Map(raw.map((c) => [c.name, c]));
  return raw.map((c) => {
    const methods = new Set(c.methods);
    for (let base = c.base && byName.get(c.base); base; base = base.base && byName.get(base.base)) {
      for (const m of base.methods) methods.add(m);
    }
    return { name: c.name, serviceName: c.serviceName, implements: c.implements, methods };
  });
}

let bindings: PortBinding[];
beforeAll(() => {
  bindings = portBindings();
});

describe('the scope table comes from Google’s reference', () => {
  test('it covers every method of every port, under the name the emulator counts it by', () => {
    expect(bindings.length).toBeGreaterThan(50);
    const missing = bindings.flatMap(({ google, methods }) =>
      methods.map((m) => `${serviceNameOf(google)}.${m}`).filter((key) => !Object.hasOwn(committed.scopes, key)),
    );
    expect(missing).toEqual([]);
  });

  test('every port of ports.ts is tied to Google’s interface by a guard, so none escapes the table', () => {
    const source = readFileSync(join(ROOT, 'src', 'gas', 'ports.ts'), 'utf8');
    const declared = [...source.matchAll(/^export interface (\w+Port)\b/gm)].map((m) => m[1]).sort();
    const guarded = new Set(bindings.map((b) => b.port));
    expect(declared.filter((port) => !guarded.has(port))).toEqual([]);
  });

  test('the emulator counts each port’s calls by the name the table uses', () => {
    const classes = emulatorClasses();
    const byPort = new Map(bindings.map((b) => [b.port, b]));
    const wrongNames = classes.flatMap((c) =>
      c.implements
        .filter((port) => byPort.has(port) && c.serviceName !== serviceNameOf(byPort.get(port)!.google))
        .map((port) => `${c.name} implements ${port} but counts as ${c.serviceName}`),
    );
    expect(wrongNames).toEqual([]);
    // Every port with methods has an emulator class of that name with every method (ElementPort: the Paragraph).
    const unserved = bindings
      .filter((b) => b.methods.length > 0)
      .filter((b) => !classes.some((c) => c.serviceName === serviceNameOf(b.google) && b.methods.every((m) => c.methods.has(m))))
      .map((b) => `${b.port} (${serviceNameOf(b.google)})`);
    expect(unserved).toEqual([]);
  });

  test('the committed table is what the script derives now (run `npm run scopes` after changing a port)', () => {
    expect(deriveScopeTable()).toEqual(committed);
  });

  test('spot checks against the reference pages', () => {
    expect(requiredScopes('DriveApp.createFolder')).toEqual([`${AUTH}drive`]);
    expect([...requiredScopes('DriveApp.getFolderById')].sort()).toEqual([`${AUTH}drive`, `${AUTH}drive.readonly`]);
    expect([...requiredScopes('Range.getValues')].sort()).toEqual([`${AUTH}spreadsheets`, `${AUTH}spreadsheets.currentonly`]);
    expect([...requiredScopes('Form.setDestination')].sort()).toEqual([`${AUTH}forms`, `${AUTH}forms.currentonly`]);
    expect(requiredScopes('Session.getActiveUser')).toEqual([`${AUTH}userinfo.email`]);
    expect(requiredScopes('ScriptApp.newTrigger')).toEqual([`${AUTH}script.scriptapp`]);
    expect(requiredScopes('DocumentApp.create')).toEqual([`${AUTH}documents`]);
    expect(requiredScopes('PropertiesService.getDocumentProperties')).toEqual([]);
    // The Advanced Drive service, from the Drive API v3 REST reference.
    expect(requiredScopes('Drive.Files.create')).toContain(`${AUTH}drive.file`);
    expect(requiredScopes('Drive.Files.update')).toContain(`${AUTH}drive.file`);
    expect(requiredScopes('Drive.Files.emptyTrash')).toEqual([`${AUTH}drive`]);
  });

  test('a call the table does not know fails loudly, naming it', () => {
    expect(() => requiredScopes('Range.getBackgrounds')).toThrow(UnknownCallError);
    expect(() => requiredScopes('Range.getBackgrounds')).toThrow(
      /Range\.getBackgrounds is not in emulator\/reference-scopes\.json/,
    );
  });
});

describe('the emulator refuses a call whose scope the manifest lacks', () => {
  test('Google’s message: one scope alone, several joined by ||', () => {
    const more =
      ' For more information, see https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is';
    expect(missingScopeMessage('Session.getActiveUser', [`${AUTH}userinfo.email`])).toBe(
      `You do not have permission to call Session.getActiveUser. Required permissions: ${AUTH}userinfo.email.${more}`,
    );
    expect(
      missingScopeMessage('SpreadsheetApp.getActiveSpreadsheet', requiredScopes('SpreadsheetApp.getActiveSpreadsheet')),
    ).toBe(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: ' +
        `(${AUTH}spreadsheets.currentonly || ${AUTH}spreadsheets).${more}`,
    );
  });

  test('the built add-on works with its own manifest, and a missing scope is refused as Google refuses it', () => {
    const withoutEmail = buildWithScopes((scopes) => scopes.filter((s) => !s.endsWith('userinfo.email')));
    const emu = new Emulator({ buildDir: withoutEmail }).load();
    emu.state.ui.script.push({ button: 'OK' });
    expect(() => emu.call('runSetupRegister')).toThrow(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email.',
    );
    expect(emu.scopeRefusals()).toEqual(['Session.getActiveUser']);
    const full = new Emulator().load();
    full.state.ui.script.push({ button: 'OK' });
    expect(() => full.call('runSetupRegister')).not.toThrow();
    expect(full.scopeRefusals()).toEqual([]);
  });

  test('the manifest asks for no restricted or broad scope (drive, drive.readonly, spreadsheets)', () => {
    const scopes = declaredScopes();
    expect(scopes).toEqual(expect.arrayContaining([`${AUTH}spreadsheets.currentonly`, `${AUTH}drive.file`]));
    for (const broad of ['drive', 'drive.readonly', 'spreadsheets']) expect(scopes).not.toContain(AUTH + broad);
  });
});

describe('the tour of every user action and the manifest’s scopes', () => {
  const PEOPLE = 10;
  let snapshot: string;
  beforeAll(() => {
    snapshot = budgetRegister(PEOPLE);
  }, 120_000);

  /** Every action of the tour (menu items, sidebar calls, triggers) on the same register; refusals and errors. */
  function tour(buildDir?: string): { refused: string[]; errors: string[] } {
    const refused: string[] = [];
    const errors: string[] = [];
    const actions = [{ name: 'onOpen', run: (e: Emulator) => e.call('onOpen', [e.openEvent('FULL')]) }, ...ACTIONS];
    for (const action of actions) {
      const emu = new Emulator({ snapshot, buildDir }).load();
      try {
        action.run(emu);
      } catch (error) {
        errors.push(`${action.name}: ${(error as Error).message}`);
      }
      refused.push(...emu.scopeRefusals());
    }
    return { refused, errors };
  }

  test('with the manifest’s scopes: not one permission error', () => {
    const { refused, errors } = tour();
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  test.each(declaredScopes())(
    'without %s: the tour fails with a permission error',
    (scope) => {
      const { refused } = tour(buildWithScopes((scopes) => scopes.filter((s) => s !== scope)));
      // One refusal fails the tour, whether the add-on let it through or reported it.
      expect(refused.filter((key) => requiredScopes(key).includes(scope))).not.toEqual([]);
    },
    120_000,
  );
});
