/**
 * «Сведения о наставниках и наставляемых» for the municipal office: people by statistical
 * age band (with «в том числе в возрасте до 35 лет», the sum of the first three bands),
 * mentees by category, pairs and groups by form with their participants; each with totals.
 * Written on its own sheet with one setValues of flattenMunicipalReport(...).values.
 */
import { MISSING, MUNICIPAL } from '../../i18n/monitoring';
import { toRussianDate } from '../isoDate';
import { isDate, type MonitoringTally, tallyMonitoring } from './tally';
import type { MonitoringInput } from './types';

export type Cell = string | number;

export interface MunicipalSection {
  title: string;
  header: string[];
  rows: Cell[][];
  /** Indexes in rows of the total lines («Итого», «в том числе до 35 лет»), for bold type. */
  totalRows: number[];
  note?: string;
}

export interface MunicipalReport {
  title: string;
  /** Organisation, school year (when given), «по состоянию на …». */
  subtitle: string[];
  sections: MunicipalSection[];
}

export interface MunicipalMeta {
  /** Full name of the organisation; blank: a placeholder to fill in by hand. */
  organisation?: string | null;
  /** «2025/2026». */
  schoolYear?: string | null;
  /** Date of the figures: a Date (printed dd.mm.yyyy) or text; blank: a placeholder. */
  date?: Date | string | null;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export function municipalFromTally(t: MonitoringTally, meta: MunicipalMeta = {}): MunicipalReport {
  const organisation = meta.organisation?.trim() || MUNICIPAL.organisationPlaceholder;
  const date = isDate(meta.date)
    ? toRussianDate(meta.date)
    : typeof meta.date === 'string' && meta.date.trim()
      ? meta.date.trim()
      : null;
  const year = meta.schoolYear?.trim();
  const subtitle = [organisation, ...(year ? [MUNICIPAL.schoolYear(year)] : []), MUNICIPAL.asOf(date)];

  // 1. age bands
  const ages = t.age.rows();
  const ageRows: Cell[][] = ages.map((r) => [
    r.value ?? MISSING.age,
    r.entry.mentors,
    r.entry.mentees,
    r.entry.mentors + r.entry.mentees,
  ]);
  const mentors = sum(ages.map((r) => r.entry.mentors));
  const mentees = sum(ages.map((r) => r.entry.mentees));
  const ageTotals = ageRows.length;
  ageRows.push(
    [MUNICIPAL.total, mentors, mentees, mentors + mentees],
    [MUNICIPAL.under35, t.mentors.under35, t.mentees.under35, t.mentors.under35 + t.mentees.under35],
  );

  // 2. mentee categories
  const categories = t.menteeCategory.rows();
  const categoryRows: Cell[][] = categories.map((r) => [
    r.value ?? MISSING.category,
    r.entry.total,
    r.entry.under35,
    r.entry.covered,
  ]);
  const categoryTotal = categoryRows.length;
  categoryRows.push([
    MUNICIPAL.total,
    sum(categories.map((r) => r.entry.total)),
    sum(categories.map((r) => r.entry.under35)),
    sum(categories.map((r) => r.entry.covered)),
  ]);

  // 3. forms: participants counted once per form, and once in the total
  const forms = t.formParticipants.rows();
  const formRows: Cell[][] = forms.map((r) => [
    r.value ?? MISSING.form,
    r.entry.pairs,
    r.entry.groups,
    r.entry.mentors.size,
    r.entry.mentees.size,
    r.entry.mentors.size + r.entry.mentees.size,
  ]);
  const formTotal = formRows.length;
  const { mentors: allMentors, mentees: allMentees } = t.participants;
  formRows.push([
    MUNICIPAL.total,
    sum(forms.map((r) => r.entry.pairs)),
    sum(forms.map((r) => r.entry.groups)),
    allMentors.size,
    allMentees.size,
    allMentors.size + allMentees.size,
  ]);

  return {
    title: MUNICIPAL.title,
    subtitle,
    sections: [
      { title: MUNICIPAL.ageTitle, header: [...MUNICIPAL.ageHeader], rows: ageRows, totalRows: [ageTotals, ageTotals + 1] },
      { title: MUNICIPAL.categoryTitle, header: [...MUNICIPAL.categoryHeader], rows: categoryRows, totalRows: [categoryTotal] },
      {
        title: MUNICIPAL.formTitle,
        header: [...MUNICIPAL.formHeader],
        rows: formRows,
        totalRows: [formTotal],
        note: MUNICIPAL.formNote,
      },
    ],
  };
}

export function municipalReport(input: MonitoringInput, meta: MunicipalMeta = {}): MunicipalReport {
  return municipalFromTally(tallyMonitoring(input), meta);
}

export type GridRowKind = 'title' | 'subtitle' | 'blank' | 'section' | 'header' | 'body' | 'total' | 'note';

export interface MunicipalGrid {
  /** Rectangular: every row has `width` cells ('' where empty). */
  values: Cell[][];
  /** What each row is, for formatting (bold titles, headers and totals; wrapped notes). */
  kinds: GridRowKind[];
  width: number;
}

/** The report as one rectangle for a single setValues: title lines, then each section after a blank row. */
export function flattenMunicipalReport(report: MunicipalReport): MunicipalGrid {
  const width = Math.max(1, ...report.sections.map((s) => Math.max(s.header.length, ...s.rows.map((r) => r.length))));
  const values: Cell[][] = [];
  const kinds: GridRowKind[] = [];
  const push = (kind: GridRowKind, cells: readonly Cell[]) => {
    const row = cells.slice(0, width);
    while (row.length < width) row.push('');
    values.push(row);
    kinds.push(kind);
  };
  push('title', [report.title]);
  for (const line of report.subtitle) push('subtitle', [line]);
  for (const section of report.sections) {
    push('blank', []);
    push('section', [section.title]);
    push('header', section.header);
    const totals = new Set(section.totalRows);
    section.rows.forEach((row, i) => push(totals.has(i) ? 'total' : 'body', row));
    if (section.note) push('note', [section.note]);
  }
  return { values, kinds, width };
}
