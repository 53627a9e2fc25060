/**
 * The state a user action leaves, as the curator would compare it: every sheet's values (but
 * the log), the
 * live files on Drive (name, type, folder), the live forms and where their answers go, the
 * triggers, and which document properties exist. Generated IDs inside cells (links to files
 * and forms) are replaced by the file's name, and times by their day, so that a run stopped
 * and run again can be compared with one that was never stopped.
 */
import { type Emulator, gridValues } from '../../emulator';

export interface Ending {
  sheets: Record<string, string[][]>;
  files: string[];
  forms: string[];
  triggers: string[];
  properties: string[];
}

/**
 * «Журнал» logs every run, the stopped one and the one after it included: its rows tell what
 * happened, not what the register holds, so it is left out of the comparison.
 */
const LOG_SHEETS = ['Журнал'];

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

function day(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Every generated ID the state holds, with what stands for it in a comparison. */
function idNames(emu: Emulator): [string, string][] {
  const names: [string, string][] = [];
  const { drive, forms } = emu.state;
  for (const f of drive.files) names.push([f.id, `<file ${f.name}${f.trashed ? ' (trashed)' : ''}>`]);
  for (const f of drive.folders) names.push([f.id, `<folder ${f.name}>`]);
  for (const f of Object.values(forms.forms)) names.push([f.publishedId, `<form ${f.title}>`], [f.id, `<form ${f.title}>`]);
  // Longer IDs first, so that no ID is replaced inside another.
  return names.sort((a, b) => b[0].length - a[0].length);
}

export function ending(emu: Emulator): Ending {
  const ids = idNames(emu);
  const cell = (v: unknown): string => {
    if (isDate(v)) return day(v);
    let text = String(v ?? '');
    for (const [id, name] of ids) if (id && text.includes(id)) text = text.split(id).join(name);
    return text;
  };
  const sheets: Record<string, string[][]> = {};
  for (const sheet of emu.state.spreadsheet.sheets) {
    if (LOG_SHEETS.includes(sheet.name)) continue;
    const grid = gridValues(emu.state.spreadsheet, sheet.name).map((row) => row.map(cell));
    while (grid.length && grid[grid.length - 1]!.every((c) => c === '')) grid.pop();
    sheets[sheet.name] = grid;
  }
  const folderName = (id: string) => emu.state.drive.folders.find((f) => f.id === id)?.name ?? id;
  const live = emu.state.drive.files.filter((f) => !f.trashed);
  const liveForms = Object.values(emu.state.forms.forms).filter((f) => live.some((d) => d.id === f.id));
  return {
    sheets,
    files: live.map((f) => `${f.name} | ${f.mimeType} | ${folderName(f.parentId)}`).sort(),
    forms: liveForms.map((f) => `${f.title} → ${f.destination ? 'sheet' : 'none'}`).sort(),
    triggers: emu.state.script.triggers.map((t) => t.handlerFunction).sort(),
    properties: Object.keys(emu.state.properties.document ?? {}).sort(),
  };
}
