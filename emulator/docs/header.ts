/**
 * HeaderSection: the document's default header. A new header holds one empty paragraph and
 * clear() leaves one (guessed, as the body does).
 */
import type { HeaderSectionPort } from '../../src/gas/ports';
import { DocNode, guardClosed, type DocScope } from './context';
import { elementType } from './enums';
import { EmuParagraph, type Container } from './paragraph';
import { segments, sectionText, textArgument } from './section';
import { newParagraph, type ParagraphState } from './state';
import { EmuText } from './text';

import Doc = GoogleAppsScript.Document;

export class EmuHeaderSection extends DocNode implements HeaderSectionPort {
  readonly serviceName = 'HeaderSection';

  #paragraphs(): ParagraphState[] {
    return this._scope().doc.header!;
  }
  #container(): Container {
    return { children: () => this.#paragraphs(), kind: 'section' };
  }

  getType(): Doc.ElementType {
    return elementType('HEADER_SECTION');
  }
  getText(): string {
    return sectionText(this.#paragraphs());
  }
  getNumChildren(): number {
    return this.#paragraphs().length;
  }
  appendParagraph(text: string): EmuParagraph {
    const p = newParagraph(textArgument('HeaderSection.appendParagraph', text));
    this.#paragraphs().push(p);
    return new EmuParagraph(this._scope(), p, this.#container());
  }
  clear(): this {
    this.#paragraphs().splice(0, Infinity, newParagraph());
    return this;
  }
  editAsText(): EmuText {
    return new EmuText(this._scope(), () => segments(this.#paragraphs()));
  }
}
guardClosed(EmuHeaderSection);

export function newHeader(): ParagraphState[] {
  return [newParagraph()];
}

export function headerOf(scope: DocScope): EmuHeaderSection | null {
  return scope.doc.header ? new EmuHeaderSection(scope) : null;
}
