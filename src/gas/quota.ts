/**
 * Google's daily quotas (https://developers.google.com/apps-script/guides/services/quotas):
 * past one, a service throws «Service invoked too many times for one day: docs create.» (the
 * service named at the end); quotas are per user and reset 24 hours after the first request.
 */
const QUOTA_TEXT = 'Service invoked too many times';

/** True when the error is a daily quota running out (not a fault of the add-on's). */
export function isQuotaError(error: unknown): boolean {
  const message = typeof error === 'object' && error !== null && 'message' in error ? error.message : error;
  return String(message).includes(QUOTA_TEXT);
}
