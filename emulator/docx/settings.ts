/**
 * word/settings.xml: document-wide settings. None of those the generator writes changes what
 * the Doc shows (Docs has its own tab stops, hyphenation, compatibility and number format), so
 * they are known and dropped; any other setting is an emulator error naming it — among them
 * w:evenAndOddHeaders, which would need even-page headers. ECMA-376 Part 1 §17.15.
 */
import type { Strict } from './strict';

const DROPPED = [
  'defaultTabStop',
  'autoHyphenation',
  'characterSpacingControl',
  'compat',
  'themeFontLang',
  'decimalSymbol',
  'listSeparator',
  'zoom',
  'proofState',
];

export function checkSettings(root: Strict): void {
  if (root.local !== 'settings') throw root.invalid('the settings part has no w:settings root');
  root.drop(...DROPPED);
  root.done();
}
