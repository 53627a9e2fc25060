/**
 * The Положение о системе наставничества педагогических работников, composed from
 * «Настройки»: appendix 1 of the approval order. Sections and points are numbered 1., 1.1.;
 * a point that ends with a colon carries its list, each entry «…;» and the last «….».
 */
import type { Block } from '../docModel';
import { REGULATION, type RegulationFacts, type RegulationSectionText } from '../../i18n/regulation';

export type RegulationInput = Partial<Omit<RegulationFacts, 'shortName'>> & { shortName: string };

const clean = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

/** Settings as the Положение quotes them: blanks dropped, the mentor cap at least 1. */
export function regulationFacts(input: RegulationInput): RegulationFacts {
  const cap = Number(input.maxMentees);
  return {
    shortName: clean(input.shortName),
    curatorPosition: clean(input.curatorPosition),
    maxMentees: Number.isInteger(cap) && cap > 0 ? cap : 2,
    mentorPay: clean(input.mentorPay).replace(/[.;]+$/, ''),
    siteSection: clean(input.siteSection),
    regionalAct: clean(input.regionalAct).replace(/[.;]+$/, ''),
    municipalAct: clean(input.municipalAct).replace(/[.;]+$/, ''),
  };
}

function listEntries(list: readonly string[]): Block[] {
  return list.map((text, i) => ({
    type: 'paragraph',
    runs: [{ text: `— ${text.trim().replace(/[.;,]+$/, '')}${i === list.length - 1 ? '.' : ';'}` }],
  }));
}

function sectionBlocks(section: RegulationSectionText, n: number): Block[] {
  const blocks: Block[] = [
    {
      type: 'paragraph',
      runs: [{ text: REGULATION.sectionHeading(n, section.heading), bold: true }],
      align: 'center',
      indent: false,
      spaceBefore: 12,
    },
  ];
  section.points.forEach((point, i) => {
    const number = `${n}.${i + 1}.`;
    if (typeof point === 'string') blocks.push({ type: 'paragraph', runs: [{ text: REGULATION.point(number, point) }] });
    else {
      blocks.push({ type: 'paragraph', runs: [{ text: REGULATION.point(number, point.lead) }] });
      blocks.push(...listEntries(point.list));
    }
  });
  return blocks;
}

/** The text of the Положение (its title is the appendix title). */
export function regulationBlocks(input: RegulationInput): Block[] {
  const facts = regulationFacts(input);
  return REGULATION.sections(facts).flatMap((section, i) => sectionBlocks(section, i + 1));
}

export function regulationTitle(shortName: string): string {
  return REGULATION.title(clean(shortName));
}
