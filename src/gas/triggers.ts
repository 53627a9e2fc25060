/**
 * Installable triggers. Google allows one trigger of each kind per user per document for an
 * add-on, so an existing one is reused rather than duplicated.
 */
import type { ScriptAppPort, SpreadsheetPort } from './ports';

/** Makes sure `handler` runs on every form submission to `ss`; true when it was created now. */
export function ensureFormSubmitTrigger(scriptApp: ScriptAppPort, ss: SpreadsheetPort, handler: string): boolean {
  const submit = String(scriptApp.EventType.ON_FORM_SUBMIT);
  const existing = scriptApp
    .getUserTriggers(ss)
    .some((t) => t.getHandlerFunction() === handler && String(t.getEventType()) === submit);
  if (existing) return false;
  scriptApp.newTrigger(handler).forSpreadsheet(ss).onFormSubmit().create();
  return true;
}
