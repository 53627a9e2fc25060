/**
 * «Документы»: the files the add-on made that are not orders (those are in «Приказы»), one
 * row per document: its kind, whom or what it is for, the file's name and link, and when it
 * was last made. Making the same document again replaces the file (the old one is trashed)
 * and updates its row, so the sheet grows with the documents, never a property.
 *
 * The sheet is read once per execution; each document made costs one write (its row), or a
 * share of one when a batch holds new rows back and writes them together. Older
 * versions kept each file's ID in a document property «doc.<kind>.<subject>»: those are moved
 * into the sheet the first time it is read, then deleted.
 */
import { registerSheet } from '../../register/workbook';
import { docLinkOf } from '../../gas/googleDocs';
import type { PropertiesPort, SheetPort, SpreadsheetPort } from '../../gas/ports';
import { DOC_LINKS, DOCUMENT_RECORD_KINDS } from '../../i18n/documents';
import { type ColumnKey, SHEET_TITLES } from '../../i18n/register';
import { isBlankRow, toCell } from '../../register/cells';
import { foldHeader, type HeaderMap, headerWidth, mapHeaders } from '../../register/headers';
import { sheetSpec } from '../../register/spec';
import { lastFilledRow, writeChanges } from '../../register/tableWrite';
import type { ParticipantDocumentKind } from './participantDocuments';
import { DocumentActionError } from './schoolContext';

export interface DocumentLink {
  kind: ParticipantDocumentKind;
  /** A pair's or a person's ID, or the school year for the school's own documents. */
  subject: string;
  fileId: string;
  name: string;
  /** When the file was last made; null for links moved from older versions. */
  madeAt: Date | null;
  /** 1-based sheet row. */
  row: number;
}

/** What a file made now is recorded with. */
export interface MadeFile {
  id: string;
  name: string;
}

const SPEC = sheetSpec('documents');
/** Columns this module writes; the curator's own columns are never touched. */
const WRITTEN: readonly ColumnKey[] = ['documentKind', 'documentSubject', 'fileName', 'docLink', 'madeAt'];
/** Properties of older versions: «doc.<kind>.<subject>» → file ID. */
const LEGACY_PREFIX = 'doc.';
/** Rows added beyond what an append needs, so that most appends do not grow the sheet. */
const HEADROOM = 200;

const KIND_OF_LABEL = new Map(
  (Object.entries(DOCUMENT_RECORD_KINDS) as [ParticipantDocumentKind, string][]).map(([kind, label]) => [
    foldHeader(label),
    kind,
  ]),
);

const keyOf = (kind: string, subject: string) => `${kind}\n${subject}`;
const isDateValue = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** The file ID inside a Docs link («…/document/d/ID/…» or «…?id=ID»). */
export function fileIdOfLink(link: string): string {
  return /\/d\/([\w-]{10,})/.exec(link)?.[1] ?? /[?&]id=([\w-]{10,})/.exec(link)?.[1] ?? '';
}

export class DocumentLinks {
  private readonly byKey = new Map<string, DocumentLink>();
  private sheet: SheetPort | null;
  private grid: unknown[][];
  private headers: HeaderMap;
  private maxRows = 0;
  /** New rows held back until `flush` (a batch records its documents together); null: written at once. */
  private held: Partial<Record<ColumnKey, unknown>>[] | null = null;

  private constructor(
    private readonly ss: SpreadsheetPort,
    sheet: SheetPort | null,
  ) {
    this.sheet = sheet;
    this.grid = sheet ? sheet.getDataRange().getValues() : [[]];
    this.headers = mapHeaders(this.grid[0] ?? [], SPEC.columns);
    this.checkColumns();
    this.index();
  }

  /** Reads «Документы» once, and moves the file IDs older versions kept in properties into it. */
  static read(ss: SpreadsheetPort, props: PropertiesPort): DocumentLinks {
    const links = new DocumentLinks(ss, registerSheet(ss, SHEET_TITLES.documents));
    links.migrate(props);
    return links;
  }

  find(kind: ParticipantDocumentKind, subject: string): DocumentLink | undefined {
    return this.byKey.get(keyOf(kind, subject));
  }

  /** Subjects whose document of this kind was made at `since` or later. */
  madeSince(kind: ParticipantDocumentKind, since: Date): Set<string> {
    const made = new Set<string>();
    for (const link of this.byKey.values()) {
      if (link.kind === kind && link.madeAt && link.madeAt.getTime() >= since.getTime()) made.add(link.subject);
    }
    return made;
  }

  /** Every link of this kind. */
  ofKind(kind: ParticipantDocumentKind): DocumentLink[] {
    return [...this.byKey.values()].filter((link) => link.kind === kind);
  }

  /** Records a file just made: its row is updated, or added (one write either way). */
  record(kind: ParticipantDocumentKind, subject: string, file: MadeFile, madeAt: Date): void {
    this.recordMany(kind, [subject], file, madeAt);
  }

  /**
   * Records one file made for several subjects (a file printed for many): their known rows
   * are updated one write each, the new ones added in one write.
   */
  recordMany(kind: ParticipantDocumentKind, subjects: readonly string[], file: MadeFile, madeAt: Date): void {
    const values = (subject: string): Partial<Record<ColumnKey, unknown>> => ({
      documentKind: DOCUMENT_RECORD_KINDS[kind],
      documentSubject: subject,
      fileName: file.name,
      docLink: docLinkOf(file.id),
      madeAt,
    });
    const rows = new Map<string, number>();
    const fresh: string[] = [];
    for (const subject of subjects) {
      const known = this.find(kind, subject);
      if (known) {
        this.rewrite(known.row, values(subject));
        rows.set(subject, known.row);
      } else fresh.push(subject);
    }
    if (fresh.length && this.held) {
      // Where flush will put them: appends go after the last filled row, in order.
      const start = lastFilledRow(this.grid) + 1 + this.held.length;
      this.held.push(...fresh.map(values));
      fresh.forEach((subject, i) => rows.set(subject, start + i));
    } else if (fresh.length) {
      const start = this.appendRows(fresh.map(values));
      fresh.forEach((subject, i) => rows.set(subject, start + i));
    }
    for (const [subject, row] of rows) {
      this.byKey.set(keyOf(kind, subject), { kind, subject, fileId: file.id, name: file.name, madeAt, row });
    }
  }

  /** From now on, new rows wait for `flush` and go in one write (rewritten rows still go at once). */
  holdNewRows(): void {
    this.held ??= [];
  }

  /** Writes the new rows held back, in one write. */
  flush(): void {
    const held = this.held;
    if (!held?.length) return;
    this.held = [];
    this.appendRows(held);
  }

  /**
   * The files these subjects' rows link now that no other row links: what making them
   * again replaces (a file printed for many stays while anyone else's row still links it).
   */
  replacedBy(kind: ParticipantDocumentKind, subjects: readonly string[]): string[] {
    const leaving = new Set(subjects.map((subject) => keyOf(kind, subject)));
    const files = new Set(subjects.map((subject) => this.find(kind, subject)?.fileId).filter((id) => id !== undefined));
    for (const [key, link] of this.byKey) if (!leaving.has(key)) files.delete(link.fileId);
    return [...files];
  }

  /** Deletes the rows of these links (their files are gone). */
  remove(links: readonly DocumentLink[]): void {
    const sheet = this.sheet;
    if (!sheet || !links.length) return;
    const rows = [...new Set(links.map((l) => l.row))].sort((a, b) => b - a);
    // Sheets refuses to delete every row below the frozen header: one blank row stays.
    const maxRows = sheet.getMaxRows();
    if (maxRows - 1 <= rows.length) sheet.insertRowsAfter(maxRows, 1);
    for (const row of rows) {
      sheet.deleteRows(row, 1);
      this.grid.splice(row - 1, 1);
    }
    this.maxRows = 0;
    this.index();
  }

  /** The links in the grid, by kind and subject. */
  private index(): void {
    this.byKey.clear();
    this.grid.forEach((cells, i) => {
      const link = i > 0 && !isBlankRow(cells) ? this.linkAt(cells, i + 1) : null;
      // A row further down is the newer one (e.g. a row copied by hand).
      if (link) this.byKey.set(keyOf(link.kind, link.subject), link);
    });
  }

  private linkAt(cells: readonly unknown[], row: number): DocumentLink | null {
    const at = (key: ColumnKey) => {
      const column = this.headers.index.get(key);
      return column === undefined ? '' : cells[column];
    };
    const kind = KIND_OF_LABEL.get(foldHeader(at('documentKind')));
    const subject = String(at('documentSubject') ?? '').trim();
    const fileId = fileIdOfLink(String(at('docLink') ?? ''));
    if (!kind || !subject || !fileId) return null;
    const madeAt = at('madeAt');
    return { kind, subject, fileId, name: String(at('fileName') ?? ''), madeAt: isDateValue(madeAt) ? madeAt : null, row };
  }

  /**
   * A sheet holding rows without this module's columns is not laid out anew: the curator
   * renamed or deleted a column (or the sheet is theirs), and guessing could lose links.
   */
  private checkColumns(): void {
    const missing = SPEC.columns.filter((c) => WRITTEN.includes(c.key) && !this.headers.index.has(c.key));
    const hasRows = this.grid.slice(1).some((cells) => !isBlankRow(cells));
    if (missing.length && hasRows) {
      throw new DocumentActionError(
        DOC_LINKS.columnsMissing(
          SPEC.name,
          missing.map((c) => c.header),
        ),
      );
    }
  }

  /** The sheet, created (or its missing headers added) before the first row is written. */
  private ensureSheet(): SheetPort {
    const missing = SPEC.columns.filter((c) => !this.headers.index.has(c.key));
    if (this.sheet && !missing.length) return this.sheet;
    if (!this.sheet) {
      this.sheet = this.ss.insertSheet(SPEC.name);
      if (SPEC.tabColor) this.sheet.setTabColor(SPEC.tabColor);
      this.sheet.setFrozenRows(1);
    }
    const from = headerWidth(this.grid[0] ?? []);
    const titles = missing.map((c) => c.header);
    this.sheet.getRange(1, from + 1, 1, titles.length).setValues([titles.map(toCell)]);
    this.grid[0] = [...(this.grid[0] ?? []).slice(0, from), ...titles];
    this.headers = mapHeaders(this.grid[0], SPEC.columns);
    return this.sheet;
  }

  private width(): number {
    return Math.max(this.grid[0]?.length ?? 0, ...[...this.headers.index.values()].map((i) => i + 1));
  }

  private rowOf(values: Partial<Record<ColumnKey, unknown>>): unknown[] {
    const row: unknown[] = new Array(this.width()).fill('');
    for (const [key, value] of Object.entries(values)) {
      const at = this.headers.index.get(key as ColumnKey);
      if (at !== undefined) row[at] = toCell(value);
    }
    return row;
  }

  /** Rows after the last filled one, in one write; returns the first row written. */
  private appendRows(records: readonly Partial<Record<ColumnKey, unknown>>[]): number {
    const sheet = this.ensureSheet();
    const rows = records.map((values) => this.rowOf(values));
    const start = lastFilledRow(this.grid) + 1;
    const end = start + rows.length - 1;
    this.maxRows ||= sheet.getMaxRows();
    if (end > this.maxRows) {
      sheet.insertRowsAfter(this.maxRows, end - this.maxRows + HEADROOM);
      this.maxRows = end + HEADROOM;
    }
    sheet.getRange(start, 1, rows.length, rows[0].length).setValues(rows);
    while (this.grid.length < start - 1) this.grid.push([]);
    this.grid.splice(start - 1, rows.length, ...rows);
    return start;
  }

  /**
   * Rewrites this module's cells of a row: one write when they sit side by side (as laid
   * out), else one per column so that a column the curator put between them keeps its cells.
   */
  private rewrite(row: number, values: Partial<Record<ColumnKey, unknown>>): void {
    const sheet = this.sheet!;
    const columns = WRITTEN.map((key) => this.headers.index.get(key)).filter((c) => c !== undefined);
    const first = Math.min(...columns);
    const last = Math.max(...columns);
    const next = this.rowOf(values);
    if (last - first + 1 === columns.length) {
      sheet.getRange(row, first + 1, 1, last - first + 1).setValues([next.slice(first, last + 1)]);
    } else {
      const changes = columns.map((column) => ({ row, column, value: next[column] }));
      writeChanges(sheet, this.grid, () => sheet.getRange(1, 1, this.grid.length, this.width()).getFormulas(), changes);
    }
    const cells = this.grid[row - 1];
    for (const column of columns) cells[column] = next[column];
  }

  /** Links older versions kept in properties go into the sheet; then the properties go. */
  private migrate(props: PropertiesPort): void {
    const legacy = Object.entries(props.getProperties()).filter(([key]) => key.startsWith(LEGACY_PREFIX));
    if (!legacy.length) return;
    const moved: Omit<DocumentLink, 'row'>[] = [];
    for (const [key, fileId] of legacy) {
      const rest = key.slice(LEGACY_PREFIX.length);
      const dot = rest.indexOf('.');
      const kind = rest.slice(0, dot) as ParticipantDocumentKind;
      const subject = rest.slice(dot + 1);
      if (dot <= 0 || !Object.hasOwn(DOCUMENT_RECORD_KINDS, kind) || !subject || !fileId) continue;
      // Already there when an earlier move was stopped before its properties were deleted.
      if (this.find(kind, subject)) continue;
      moved.push({ kind, subject, fileId, name: '', madeAt: null });
    }
    if (moved.length) {
      const start = this.appendRows(
        moved.map((link) => ({
          documentKind: DOCUMENT_RECORD_KINDS[link.kind],
          documentSubject: link.subject,
          docLink: docLinkOf(link.fileId),
        })),
      );
      moved.forEach((link, i) => this.byKey.set(keyOf(link.kind, link.subject), { ...link, row: start + i }));
    }
    for (const [key] of legacy) props.deleteProperty(key);
  }
}
