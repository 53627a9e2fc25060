/**
 * The Apps Script globals, seen through the ports. Read lazily inside functions: the
 * bundle's top level runs on every execution and must not touch a service.
 */
import type { AppsScriptGlobals } from './ports';

export function gas(): AppsScriptGlobals {
  return {
    SpreadsheetApp,
    HtmlService,
    PropertiesService,
    LockService,
    Session,
    Utilities,
    ScriptApp,
    FormApp,
    DriveApp,
  };
}
