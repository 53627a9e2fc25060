/** The sidebar's «Объединить»: two rows of one bank that are likely one person become one. */
import * as z from 'zod/mini';
import { MergeError, mergePeople as mergePeopleUseCase } from '../app/mergePeople';
import type { SidebarData } from '../app/sidebarApi';
import { gas } from '../gas/services';
import { MERGE } from '../i18n/merge';
import { PAIRS } from '../i18n/pairing';
import { journal, withDocumentLock } from './execution';
import { getSidebarData } from './sidebarActions';

const id = z.string().check(z.minLength(1), z.maxLength(40));
const MergeSchema = z.strictObject({ olderId: id, newerId: id });

export function mergePeople(request: unknown): SidebarData {
  const parsed = MergeSchema.safeParse(request);
  if (!parsed.success) throw new Error(PAIRS.invalidRequest);
  const { olderId, newerId } = parsed.data;
  let lines: string[] = [];
  let failure: unknown = null;
  const done = withDocumentLock(() => {
    const { SpreadsheetApp, PropertiesService } = gas();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    try {
      lines = mergePeopleUseCase({ ss, documentProperties: PropertiesService.getDocumentProperties()! }, olderId, newerId).lines;
      journal(ss, MERGE.journal, lines);
    } catch (error) {
      failure = error;
    }
  });
  if (!done) throw new Error(PAIRS.lockBusy);
  if (failure) throw failure instanceof MergeError ? new Error(failure.message) : failure;
  return { ...getSidebarData(), notice: lines.join(' ') };
}
