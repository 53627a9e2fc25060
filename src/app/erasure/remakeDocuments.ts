/**
 * After the person's data are gone from the register, the documents of others that went
 * with them are made again: the other subjects of each file printed for many that held the
 * person's document (a new file printed for them, as the batch makes it), and «Материалы для
 * сайта» of this school year (made from the register, which no longer names the person).
 * Each file made is recorded in «Документы» right after it is made, and a run stopped before
 * recording it finds it by name (lookForLost), so running again never leaves two. What can't
 * be made now (settings missing, a daily quota spent) is reported, and its rows, which link
 * an erased file, go, so the usual menu item makes it again.
 */
import { DocumentInputError } from '../../domain/documents';
import { isQuotaError } from '../../gas/quota';
import { DocumentActionError } from '../documents/schoolContext';
import { DocumentLinks } from '../documents/documentLinks';
import { DocumentMaker, type ParticipantDocumentKind, type ParticipantServices } from '../documents/participantDocuments';
import { makePrintFiles, printGroups } from '../documents/printFiles';
import { RegisterMissingError } from '../pairing/pairingRegister';
import { addOthers, type ErasureIntent } from './intent';

/** Expected refusals of making a document: reported, not thrown. */
function isRefusal(error: unknown): boolean {
  return (
    isQuotaError(error) ||
    error instanceof DocumentActionError ||
    error instanceof DocumentInputError ||
    error instanceof RegisterMissingError
  );
}

/** Makes; false when making was refused (reported), any other failure thrown. */
function remade(make: () => unknown): boolean {
  try {
    make();
    return true;
  } catch (error) {
    if (!isRefusal(error)) throw error;
    return false;
  }
}

/**
 * A maker for the register as it is now, made on first use and shared by both steps of one
 * execution; null when documents can't be made (settings missing …).
 */
export function lazyMaker(services: ParticipantServices): () => DocumentMaker | null {
  let maker: DocumentMaker | null | undefined;
  return () => {
    if (maker !== undefined) return maker;
    try {
      maker = new DocumentMaker(services);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      maker = null;
    }
    return maker;
  };
}

/** The others' documents of each file printed for many that held the person's; `checkpoint` after each file. */
export function remakePrinted(
  services: ParticipantServices,
  makerNow: () => DocumentMaker | null,
  intent: ErasureIntent,
  checkpoint: () => void,
): void {
  if (!intent.printed.length) return;
  const maker = makerNow();
  const links = maker ? maker.store.links() : DocumentLinks.read(services.ss, services.documentProperties);
  for (const printed of intent.printed) {
    const kind = printed.kind as ParticipantDocumentKind;
    // The others still linking the erased file, and those a stopped run recorded with a file it
    // made for them but had not recorded for all (rows are rewritten one by one): made together again.
    const linking = () => {
      const rows = links.ofKind(kind);
      if (!rows.some((l) => l.fileId === printed.fileId)) return [];
      const partial = new Set(
        rows.filter((l) => l.fileId !== printed.fileId && (l.madeAt?.getTime() ?? 0) >= intent.startedAt).map((l) => l.fileId),
      );
      return rows.filter((l) => l.fileId === printed.fileId || partial.has(l.fileId));
    };
    for (const group of printGroups(linking().map((l) => l.subject))) {
      if (maker && remade(() => makePrintFiles(maker, kind, group, true))) addOthers(intent.tally.remade, kind, group);
      else {
        links.remove(linking().filter((l) => group.includes(l.subject)));
        addOthers(intent.tally.toRemake, kind, group);
      }
      checkpoint();
    }
  }
}

/** «Материалы для сайта» that named the person: this year's made again, older years' rows removed. */
export function remakeSite(services: ParticipantServices, makerNow: () => DocumentMaker | null, intent: ErasureIntent): void {
  const erased = new Set(intent.site?.files ?? []);
  if (!erased.size) return;
  const maker = makerNow();
  const links = maker ? maker.store.links() : DocumentLinks.read(services.ss, services.documentProperties);
  const siteLinks = links.ofKind('siteMaterials');
  const year = maker?.recordedAs('siteMaterials', 'school');
  const current = siteLinks.find((l) => l.subject === year);
  const stale = siteLinks.filter((l) => erased.has(l.fileId) && l !== current);
  if (current && erased.has(current.fileId)) {
    if (maker && remade(() => maker.make('siteMaterials', 'school', true))) intent.tally.site = 'remade';
    else {
      stale.push(current);
      intent.tally.site = 'toRemake';
    }
  } else if (current && intent.site?.remake && !erased.has(current.fileId)) {
    intent.tally.site = 'remade'; // by the run that was stopped before recording it
  }
  if (stale.length) {
    links.remove(stale);
    intent.tally.site ??= intent.site?.remake ? 'toRemake' : 'erased';
  }
}
