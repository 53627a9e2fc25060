/**
 * «Что скоро»: roadmap items due in the next 14 days and those overdue, pairs ending within a
 * month, pairs without a programme, people without a consent to data processing.
 */
import { registerSheet } from '../register/workbook';
import { dataConsentState } from '../domain/consents';
import { isDoneStatus } from '../domain/roadmap';
import { toIsoDate } from '../domain/isoDate';
import { addMonths, isClosed } from '../domain/pairs';
import { PERSON_LEFT } from '../domain/vocabulary';
import type { SpreadsheetPort } from '../gas/ports';
import { SHEET_TITLES } from '../i18n/register';
import { sheetSpec } from '../register/spec';
import { parseTable } from '../register/table';
import type { PairingRegister } from './pairing/pairingRegister';
import type { UpcomingView } from './sidebarApi';

const DAY = 86400000;
const SOON_DAYS = 14;

const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();

export function upcoming(ss: SpreadsheetPort, reg: PairingRegister, today: Date): UpcomingView {
  const now = startOfDay(today);
  const sheet = registerSheet(ss, SHEET_TITLES.roadmap);
  const roadmap = parseTable(sheet ? sheet.getDataRange().getValues() : [], sheetSpec('roadmap')).records;
  const open = roadmap.filter((r) => !isDoneStatus(r.values.status) && r.values.to instanceof Date);
  const due = (r: (typeof open)[number]) => startOfDay(r.values.to as Date);
  const mentorName = (id: string) => reg.mentors.list.find((m) => m.id === id)?.fullName ?? id;
  const ongoing = reg.pairs.list.filter((p) => !isClosed(p));
  const withPlan = new Set(reg.programmes.list.map((e) => e.pairId));
  const monthAhead = addMonths(today, 1).getTime();
  return {
    roadmapDue: open
      .filter((r) => due(r) >= now && due(r) <= now + SOON_DAYS * DAY)
      .map((r) => ({
        id: String(r.values.id),
        activity: String(r.values.activity),
        to: toIsoDate(r.values.to as Date),
        status: String(r.values.status ?? ''),
      })),
    roadmapOverdue: open
      .filter((r) => due(r) < now)
      .map((r) => ({ id: String(r.values.id), activity: String(r.values.activity), to: toIsoDate(r.values.to as Date) })),
    pairsEnding: ongoing
      .filter((p) => p.plannedEnd && p.plannedEnd.getTime() >= now && p.plannedEnd.getTime() <= monthAhead)
      .map((p) => ({ id: p.id, mentorName: mentorName(p.mentorId), plannedEnd: toIsoDate(p.plannedEnd!) })),
    pairsWithoutProgramme: ongoing
      .filter((p) => !withPlan.has(p.id))
      .map((p) => ({ id: p.id, mentorName: mentorName(p.mentorId) })),
    peopleWithoutConsent: [...reg.mentors.list, ...reg.mentees.list]
      .filter((p) => p.status !== PERSON_LEFT)
      .map((p) => ({ id: p.id, fullName: p.fullName, state: dataConsentState(p, today) }))
      .filter((p) => p.state !== 'given'),
  };
}
