/** What Body and HeaderSection share: text arguments and the text of a list of elements. */
import { badParameters } from './errors';
import { type BodyChild, type DocumentState, isTextBlock, type ParagraphState, tableParagraphs, type TextBlock } from './state';

/** Text arguments must be strings: Google refuses other types with its signature error. */
export function textArgument(method: string, text: unknown): string {
  if (typeof text !== 'string') throw badParameters(method, [text]);
  return text;
}

/**
 * The paragraphs of the elements in order (a page break as null), as Text and getText see them;
 * a section break adds nothing (assumed).
 */
export function segments(children: readonly BodyChild[]): (TextBlock | null)[] {
  return children.flatMap((c) => {
    if (isTextBlock(c)) return [c];
    if (c.kind === 'table') return tableParagraphs(c);
    return c.kind === 'pageBreak' ? [null] : [];
  });
}

/** Verified for Body: children's texts joined by "\n" (a new doc with one appended "p1" gives "\np1"). */
export function sectionText(children: readonly BodyChild[]): string {
  return segments(children)
    .map((b) => b?.text ?? '')
    .join('\n');
}

/** All the text of a document: its body, then its headers (as their getText shows them). */
export function documentText(doc: DocumentState): string {
  const headers = [doc.header, doc.firstPageHeader].filter((h): h is ParagraphState[] => Array.isArray(h));
  return [doc.body, ...headers].map(sectionText).join('\n');
}
