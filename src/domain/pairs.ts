/**
 * Pairs and groups: the rules a new or changed pair must keep, apart from matching (term of
 * 3 to 12 months, one mentor and at least one mentee, the allowed status changes).
 */
import { PAIR_STATUSES } from './vocabulary';

export type PairStatus = (typeof PAIR_STATUSES)[number];

/** Which status may follow which. «закреплена» also needs every consent (see consents.ts). */
export const TRANSITIONS: Readonly<Record<PairStatus, readonly PairStatus[]>> = {
  проект: ['закреплена', 'прекращена'],
  закреплена: ['активна', 'проект', 'прекращена'],
  активна: ['завершена', 'прекращена'],
  завершена: [],
  прекращена: [],
};

/** Finished or stopped: the pair no longer loads its mentor nor binds its mentees. */
export function isClosed(pair: { status: string }): boolean {
  return pair.status === 'завершена' || pair.status === 'прекращена';
}

export function canMove(from: string, to: string): boolean {
  const allowed = TRANSITIONS[from as PairStatus];
  return !!allowed && allowed.includes(to as PairStatus);
}

export function isPairStatus(value: string): value is PairStatus {
  return (PAIR_STATUSES as readonly string[]).includes(value);
}

/** The same calendar day `months` later (the last day of a shorter month). */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getFullYear(), date.getMonth() + months, 1);
  const lastDay = new Date(result.getFullYear(), result.getMonth() + 1, 0).getDate();
  result.setDate(Math.min(date.getDate(), lastDay));
  return result;
}

export type TermProblem = 'endBeforeStart' | 'tooShort' | 'tooLong' | null;

/** A programme runs from 3 to 12 months (DOMAIN.md); the end day may be the day before the anniversary. */
export function termProblem(start: Date, end: Date): TermProblem {
  const day = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  if (day(end) <= day(start)) return 'endBeforeStart';
  if (day(end) < day(addMonths(start, 3)) - 86400000) return 'tooShort';
  if (day(end) > day(addMonths(start, 12))) return 'tooLong';
  return null;
}

/** `days` working days after `from` (Monday to Friday; public holidays are the curator's to check). */
export function addWorkingDays(from: Date, days: number): Date {
  const date = new Date(from.getFullYear(), from.getMonth(), from.getDate());
  let left = days;
  while (left > 0) {
    date.setDate(date.getDate() + 1);
    const day = date.getDay();
    if (day !== 0 && day !== 6) left--;
  }
  return date;
}

/** ТК РФ ст. 351.8: either side may stop mentoring early with at least 3 working days' notice. */
export const EARLY_STOP_NOTICE_WORKING_DAYS = 3;

/** Reasons that stop a programme early at a participant's request (notice applies). */
export function isEarlyStopByParticipant(reason: string): boolean {
  return /инициатив[аеы]\s+(наставника|наставляемого)/i.test(reason);
}
