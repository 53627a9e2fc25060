/**
 * Document: a handle on one DocumentState. saveAndClose() closes this handle and every element
 * reached through it (documented: "A closed Document can't be edited. Use
 * DocumentApp.openById() to reopen a given document"); see context.ts.
 */
import type { DocumentPort } from '../../src/gas/ports';
import { EmuBody } from './body';
import { DocNode, documentUrl, guardClosed } from './context';
import { badParameters, headerExists } from './errors';
import { EmuHeaderSection, headerOf, newHeader } from './header';

export class EmuDocument extends DocNode implements DocumentPort {
  readonly serviceName = 'Document';

  getId(): string {
    return this._scope().doc.id;
  }
  getName(): string {
    return this._scope().doc.name;
  }
  getUrl(): string {
    return documentUrl(this._scope().doc.id);
  }

  /** A document's name is its Drive file's name: both change. */
  setName(name: string): this {
    if (typeof name !== 'string') throw badParameters('Document.setName', [name]);
    const { ctx, doc } = this._scope();
    doc.name = name;
    const file = ctx.drive.files.find((f) => f.id === doc.id);
    if (file) file.name = name;
    return this;
  }

  getBody(): EmuBody {
    return new EmuBody(this._scope());
  }

  /** null until addHeader (verified: gas-fakes' live-parity test expects null with no header). */
  getHeader(): EmuHeaderSection | null {
    return headerOf(this._scope());
  }

  addHeader(): EmuHeaderSection {
    const scope = this._scope();
    if (scope.doc.header) throw headerExists();
    scope.doc.header = newHeader();
    return new EmuHeaderSection(scope);
  }

  /** Counted like any call; the state is always saved, so closing is all it does. */
  saveAndClose(): void {
    this._scope().handle.closed = true;
  }
}
guardClosed(EmuDocument);
