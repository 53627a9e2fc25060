/**
 * Which advanced services a script has: appsscript.json's `dependencies.enabledAdvancedServices`,
 * each `{ userSymbol, serviceId, version }` (https://developers.google.com/apps-script/manifest/dependencies).
 * The service's global exists under its userSymbol only when it is listed there; otherwise the
 * name is undeclared, as @types/google-apps-script says (`declare var Drive: GoogleAppsScript.Drive | undefined`,
 * "The `Drive` advanced service must be enabled"). The emulator has Drive v3 only: any other
 * advanced service or version is an emulator error.
 */
import { NotEmulatedError } from './errors';

export const DRIVE_SERVICE = { serviceId: 'drive', version: 'v3' } as const;

/** The global names the manifest gives the Advanced Drive service v3 (usually ["Drive"]). */
export function advancedServiceSymbols(manifest: unknown): string[] {
  const services = (manifest as { dependencies?: { enabledAdvancedServices?: unknown } } | null)?.dependencies
    ?.enabledAdvancedServices;
  if (services === undefined) return [];
  if (!Array.isArray(services)) throw new NotEmulatedError('dependencies.enabledAdvancedServices that is not a list');
  return services.map((entry: { userSymbol?: unknown; serviceId?: unknown; version?: unknown }) => {
    if (entry?.serviceId !== DRIVE_SERVICE.serviceId || entry.version !== DRIVE_SERVICE.version) {
      throw new NotEmulatedError(`the advanced service ${String(entry?.serviceId)} ${String(entry?.version)}`);
    }
    if (typeof entry.userSymbol !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(entry.userSymbol)) {
      throw new NotEmulatedError(`an advanced service without a valid userSymbol`);
    }
    return entry.userSymbol;
  });
}
