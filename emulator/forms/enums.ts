/**
 * FormApp's enums as frozen objects whose members are their own names (as ScriptApp's are in
 * this emulator): strings compare with === across the vm boundary.
 */
import F = GoogleAppsScript.Forms;

function enumOf<T>(names: readonly string[]): T {
  const o: Record<string, string> = {};
  for (const n of names) o[n] = n;
  return Object.freeze(o) as unknown as T;
}

/** Every member Google documents, including kinds the emulator cannot create. */
export const ItemType = enumOf<typeof F.ItemType>([
  'CHECKBOX',
  'CHECKBOX_GRID',
  'DATE',
  'DATETIME',
  'DURATION',
  'GRID',
  'IMAGE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PAGE_BREAK',
  'PARAGRAPH_TEXT',
  'RATING',
  'SCALE',
  'SECTION_HEADER',
  'TEXT',
  'TIME',
  'VIDEO',
  'FILE_UPLOAD',
]);

export const DestinationType = enumOf<typeof F.DestinationType>(['SPREADSHEET']);
