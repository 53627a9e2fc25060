/**
 * What the approval order takes from the register beyond the roadmap: the settings its
 * Положение and basis quote, and everyone in the banks (they acknowledge the order).
 */
import { defaultMaxMenteesFromSettings } from '../../domain/matching';
import type { ApprovalOrderInput, Person } from '../../domain/documents';
import { PERSON_LEFT } from '../../domain/vocabulary';
import { settingText } from '../../register/settings';
import { loadPairingRegister } from '../pairing/pairingRegister';
import type { DocumentServices } from './documentStore';
import type { SchoolContext } from './schoolContext';

export type ApprovalExtras = Pick<ApprovalOrderInput, 'regulation' | 'councilProtocol' | 'unionOpinion' | 'staff'>;

/** Mentors, then mentees, as the banks hold them; those who left are not asked to sign. */
export function bankStaff(services: DocumentServices): Person[] {
  let reg: ReturnType<typeof loadPairingRegister>;
  try {
    reg = loadPairingRegister(services.ss);
  } catch {
    return []; // no banks yet: the curator alone acknowledges
  }
  const here = (p: { status?: string }) => p.status !== PERSON_LEFT;
  const person = (p: { fullName: string; position?: string; subject?: string }): Person => ({
    fullName: p.fullName,
    position: p.position ?? '',
    subject: p.subject,
  });
  return [...reg.mentors.list.filter(here).map(person), ...reg.mentees.list.filter(here).map(person)];
}

export function approvalExtras(ctx: SchoolContext, services: DocumentServices): ApprovalExtras {
  const text = (key: Parameters<typeof settingText>[1]) => settingText(ctx.settings, key);
  return {
    regulation: {
      maxMentees: defaultMaxMenteesFromSettings(ctx.settings),
      mentorPay: ctx.mentorPay,
      siteSection: ctx.siteSection,
      regionalAct: text('regionalAct'),
      municipalAct: text('municipalAct'),
    },
    councilProtocol: text('councilProtocol'),
    unionOpinion: text('unionOpinion'),
    staff: bankStaff(services),
  };
}
