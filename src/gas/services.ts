/**
 * The Apps Script globals, seen through the ports. Read lazily, one getter per service: the
 * bundle's top level runs on every execution and must not touch a service, and an
 * execution reaches only the services it uses.
 */
import type { AppsScriptGlobals } from './ports';

const services: AppsScriptGlobals = {
  get SpreadsheetApp() {
    return SpreadsheetApp;
  },
  get HtmlService() {
    return HtmlService;
  },
  get PropertiesService() {
    return PropertiesService;
  },
  get LockService() {
    return LockService;
  },
  get Session() {
    return Session;
  },
  get Utilities() {
    return Utilities;
  },
  get ScriptApp() {
    return ScriptApp;
  },
  get FormApp() {
    return FormApp;
  },
  // An advanced service exists as a global only when the manifest enables it: reading an
  // undeclared global would throw a ReferenceError, typeof does not.
  get Drive() {
    return typeof Drive === 'undefined' ? undefined : Drive;
  },
  get DocumentApp() {
    return DocumentApp;
  },
  get Charts() {
    return Charts;
  },
};

export function gas(): AppsScriptGlobals {
  return services;
}
