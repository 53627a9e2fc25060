/**
 * What an execution may call in each AuthMode, as Google's guide to Editor add-on authorization
 * tabulates it (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle,
 * «Authorization modes»; the modes themselves: https://developers.google.com/apps-script/reference/script/auth-mode):
 *
 * |                      | NONE               | LIMITED                                  | FULL |
 * | occurs for           | onOpen when the add-on is installed by the user but not used in this document | onOpen otherwise, onEdit | every other execution |
 * | the user's data      | locale only        | locale only                              | yes  |
 * | the current document | no                 | yes                                      | yes  |
 * | user interface       | add menu items     | add menu items                           | yes  |
 * | Properties           | no                 | yes                                      | yes  |
 * | other services       | Logger, Utilities  | any service that doesn't access user data | yes |
 *
 * Read for the emulator's calls:
 *   - NONE: building the menu (SpreadsheetApp.getUi, Ui.createAddonMenu/createMenu, Menu.*),
 *     Utilities (and the Blobs it makes), Session.getActiveUserLocale. Nothing else, no ScriptApp
 *     call (triggers need authorization).
 *   - LIMITED: a call whose reference lists no scope (it touches no user data: Properties, Lock,
 *     Utilities, HtmlService, builders), or the current document's scope (spreadsheets.currentonly);
 *     of the Ui only the menu; of Session only the locale and the script's time zone. So DocumentApp,
 *     FormApp, Drive, DriveApp, ScriptApp, Session.getActiveUser, Ui.alert/prompt/showSidebar are refused.
 *   - FULL, CUSTOM_FUNCTION: not limited here (scopes are checked in scopes.ts).
 *
 * Message: a call with reference scopes is refused as Apps Script refuses an unauthorized call,
 * «You do not have permission to call X. Required permissions: …» (scopes.ts). A call the reference
 * gives no scope (PropertiesService in NONE, Ui.alert in LIMITED) gets a guessed text naming the mode.
 */
import { GasException } from './core';
import { missingScopeMessage, requiredScopes, UnknownCallError } from './scopes';
import type { AuthModeName } from './services';

const CURRENT_DOCUMENT_SCOPE = 'https://www.googleapis.com/auth/spreadsheets.currentonly';

/** Building the add-on menu: all that NONE and LIMITED allow of the user interface. */
const MENU_CALLS = /^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Ui\.createMenu|Menu\.\w+)$/;

const ALLOWED_IN_NONE = /^(Utilities\.\w+|Blob\.\w+|Session\.getActiveUserLocale)$/;

/** Of the user's data only the locale; Session's other members in LIMITED. */
const SESSION_IN_LIMITED = /^Session\.(getActiveUserLocale|getScriptTimeZone)$/;

function scopesOf(key: string): readonly string[] | null {
  try {
    return requiredScopes(key);
  } catch (error) {
    if (error instanceof UnknownCallError) return null;
    throw error;
  }
}

/** True when an execution in `mode` may make the call `key` ("Class.method"). */
export function allowedInAuthMode(mode: AuthModeName, key: string): boolean {
  if (mode === 'FULL' || mode === 'CUSTOM_FUNCTION') return true;
  if (MENU_CALLS.test(key)) return true;
  if (mode === 'NONE') return ALLOWED_IN_NONE.test(key);
  // LIMITED
  if (key.startsWith('Ui.')) return false;
  if (key.startsWith('Session.')) return SESSION_IN_LIMITED.test(key);
  const scopes = scopesOf(key);
  return scopes !== null && (scopes.length === 0 || scopes.includes(CURRENT_DOCUMENT_SCOPE));
}

/** Throws Apps Script's refusal when `mode` does not allow `key`. */
export function checkAuthMode(mode: AuthModeName, key: string): void {
  if (allowedInAuthMode(mode, key)) return;
  const scopes = scopesOf(key);
  // Guessed wording for a call without reference scopes (or one the table does not know).
  throw new GasException(
    scopes && scopes.length > 0
      ? missingScopeMessage(key, scopes)
      : `You do not have permission to call ${key} in AuthMode.${mode}.`,
  );
}
