/**
 * What a failed service call means for the school, in Russian: a missing scope, a daily
 * quota, the Advanced Drive service off, the Drive API off in the Cloud project, or anything
 * else quoted by its start. Google's texts: «You do not have permission to call X. Required
 * permissions: S», «Service invoked too many times for one day: S.», «API call to drive.files.X
 * failed with error: …» (see emulator/README.md for their sources).
 */
import { excerpt } from '../../domain/excerpt';
import { isNotFound } from '../../gas/drive';
import { SELF_CHECK } from '../../i18n/selfCheck';

const messageOf = (error: unknown): string =>
  String(typeof error === 'object' && error !== null && 'message' in error ? error.message : error);

/** Google lists alternatives as «(a || b)»: any one of them will do. */
const anyOf = (scopes: string) =>
  scopes
    .replace(/^\(|\)$/g, '')
    .split(' || ')
    .join(SELF_CHECK.or);

export function diagnose(error: unknown): string {
  const message = messageOf(error);
  const permission =
    /You do not have permission to call ([\w.]+)\. Required permissions: (.+?)(?:\. For more information|$)/.exec(message);
  if (permission) return SELF_CHECK.scope(permission[1], anyOf(permission[2]));
  const quota = /Service invoked too many times for one day: ([^.]+)/.exec(message);
  if (quota) return SELF_CHECK.quota(quota[1]);
  if (/Service using too much computer time/.test(message)) return SELF_CHECK.quota('время работы триггеров');
  if (/\bDrive is not defined\b/.test(message)) return SELF_CHECK.driveMissing;
  if (/has not been used in project|is disabled|accessNotConfigured/i.test(message)) return SELF_CHECK.driveApiDisabled;
  if (isNotFound(error)) return SELF_CHECK.notOurs;
  if (/too many (time-based )?triggers/i.test(message)) return SELF_CHECK.triggerLimit;
  return SELF_CHECK.other(excerpt(message, 200));
}
