/**
 * «Проверить работу в Google»: the first thing a school runs after installing. Each service the
 * add-on relies on is exercised once, in a temporary folder that is trashed at the end: the
 * spreadsheet, document properties, the document lock, the user's address, the Advanced Drive
 * service (a folder made), a Google Doc made in it the way every document is (a .docx that
 * Drive converts) and read back with DocumentApp (the text must have arrived), a Form made and
 * filed into that folder (which also proves that drive.file sees files made by FormApp), a
 * trigger made and deleted. Every probe is timed; a failure says what it means and what to do, and
 * the other probes still run. Nothing of the check is left behind.
 */
import { p } from '../../domain/docModel';
import { docxBlob } from '../../gas/docx';
import { createFolder, driveFilesOf, filesNamed, moveFile, parentOf, trashFile } from '../../gas/drive';
import { createGoogleDoc } from '../../gas/googleDocs';
import type {
  AdvancedDrivePort,
  DocumentAppPort,
  FormAppPort,
  LockServicePort,
  PropertiesPort,
  ScriptAppPort,
  SessionPort,
  SpreadsheetPort,
  UtilitiesPort,
} from '../../gas/ports';
import { SELF_CHECK } from '../../i18n/selfCheck';
import { diagnose } from './diagnose';

export interface SelfCheckServices {
  ss: SpreadsheetPort;
  documentProperties: PropertiesPort;
  lockService: LockServicePort;
  session: SessionPort;
  drive: AdvancedDrivePort | undefined;
  utilities: UtilitiesPort;
  documentApp: DocumentAppPort;
  formApp: FormAppPort;
  scriptApp: ScriptAppPort;
}

/** A handler that does nothing: the probe trigger names it in case it ever fired. */
export const PROBE_TRIGGER_HANDLER = 'selfCheckTrigger';
const PROBE_PROPERTY = 'selfCheck.probe';
/** The files a check made, until its cleanup trashes them. */
const PROBE_FILES_PROPERTY = 'selfCheck.files';
const LOCK_WAIT_MS = 10000;
/** Add-ons may run time-driven triggers at most hourly; the probe is deleted long before. */
const PROBE_TRIGGER_AFTER_MS = 60 * 60 * 1000;

export type ProbeKey = keyof typeof SELF_CHECK.probes;

export interface ProbeResult {
  key: ProbeKey;
  ok: boolean;
  /** ms the probe took (its service calls), as Date.now() counts. */
  ms: number;
  /** Why it failed, or why it was not run. */
  reason?: string;
  skipped?: boolean;
}

export interface SelfCheckReport {
  results: ProbeResult[];
  problems: number;
}

/** The files a stopped check recorded (none when it finished). */
function earlierProbes(props: PropertiesPort): string[] {
  try {
    const ids: unknown = JSON.parse(props.getProperty(PROBE_FILES_PROPERTY) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function runSelfCheck(services: SelfCheckServices, now: Date): SelfCheckReport {
  const results: ProbeResult[] = [];
  const probe = (key: ProbeKey, run: () => void): boolean => {
    const started = Date.now();
    try {
      run();
      results.push({ key, ok: true, ms: Date.now() - started });
      return true;
    } catch (error) {
      results.push({ key, ok: false, ms: Date.now() - started, reason: diagnose(error) });
      return false;
    }
  };
  const skip = (key: ProbeKey, because: string) => results.push({ key, ok: false, ms: 0, reason: because, skipped: true });

  probe('spreadsheet', () => {
    services.ss.getName();
    services.ss.getSheets();
  });
  probe('properties', () => {
    const props = services.documentProperties;
    props.setProperty(PROBE_PROPERTY, now.toISOString());
    props.getProperty(PROBE_PROPERTY);
    props.deleteProperty(PROBE_PROPERTY);
  });
  probe('lock', () => {
    const lock = services.lockService.getDocumentLock();
    if (lock && !lock.tryLock(LOCK_WAIT_MS)) throw new Error(SELF_CHECK.lockBusy);
    lock?.releaseLock();
  });
  let email = '';
  const userOk = probe('user', () => {
    email = services.session.getActiveUser().getEmail();
  });
  if (userOk && !email) {
    results[results.length - 1] = { key: 'user', ok: false, ms: 0, reason: SELF_CHECK.noUser };
  }

  const files = driveFilesOf(services.drive);
  if (!files) results.push({ key: 'driveService', ok: false, ms: 0, reason: SELF_CHECK.driveMissing });
  else results.push({ key: 'driveService', ok: true, ms: 0 });
  const name = SELF_CHECK.probeName(now.toISOString().slice(0, 10));
  const props = services.documentProperties;
  // A check stopped before its cleanup left files: those it recorded, and today's by name
  // (one made just before it could be recorded) go first.
  // A Drive that fails here is reported by the probes below.
  try {
    const leftovers = files ? [...earlierProbes(props), ...filesNamed(files, name)] : [];
    for (const id of new Set(leftovers)) trashFile(files!, id, name);
  } catch {}
  const made: string[] = [];
  /** Each file made is recorded at once, so that a stopped check's files are found by the next. */
  const remember = (id: string) => {
    made.push(id);
    props.setProperty(PROBE_FILES_PROPERTY, JSON.stringify(made));
  };
  let folderId = '';
  if (files) probe('folder', () => remember((folderId = createFolder(files, name))));
  else skip('folder', SELF_CHECK.needsDrive);

  const fileInto = (id: string) => {
    remember(id);
    if (files && folderId) moveFile(files, id, parentOf(files, id), folderId);
  };
  if (files && folderId)
    probe('document', () => {
      const model = { name, blocks: [p(name)] };
      const { id } = createGoogleDoc(files, docxBlob(services.utilities, model), name, folderId);
      remember(id);
      if (!services.documentApp.openById(id).getBody().getText().includes(name)) throw new Error(SELF_CHECK.conversionLost);
    });
  else skip('document', SELF_CHECK.needsDrive);
  probe('form', () => fileInto(services.formApp.create(name, false).getId()));
  probe('trigger', () => {
    // A probe trigger a stopped check left behind goes first.
    for (const left of services.scriptApp.getProjectTriggers()) {
      if (left.getHandlerFunction() === PROBE_TRIGGER_HANDLER) services.scriptApp.deleteTrigger(left);
    }
    const trigger = services.scriptApp.newTrigger(PROBE_TRIGGER_HANDLER).timeBased().after(PROBE_TRIGGER_AFTER_MS).create();
    services.scriptApp.deleteTrigger(trigger);
  });

  // Files first, the folder last: nothing of the check stays live on Drive.
  if (files)
    probe('cleanup', () => {
      [...made].reverse().forEach((id) => trashFile(files, id, name));
      props.deleteProperty(PROBE_FILES_PROPERTY);
    });
  else if (made.length) skip('cleanup', SELF_CHECK.leftInRoot(name));
  // A probe skipped because of another failure is not a problem of its own.
  return { results, problems: results.filter((r) => !r.ok && !r.skipped).length };
}

/** The report as the closing dialog and «Журнал» show it. */
export function selfCheckLines(report: SelfCheckReport): string[] {
  const seconds = (ms: number) => (ms / 1000).toFixed(2).replace('.', ',');
  const lines = report.results.map((r) => {
    const probe = SELF_CHECK.probes[r.key];
    if (r.ok) return SELF_CHECK.ok(probe, seconds(r.ms));
    return r.skipped ? SELF_CHECK.skipped(probe, r.reason ?? '') : SELF_CHECK.failed(probe, r.reason ?? '');
  });
  return [report.problems ? SELF_CHECK.problems(report.problems) : SELF_CHECK.allGood, ...lines];
}
