/** DriveApp's FileIterator over a fixed list of files (the search result at the time of the call). */
import { Service } from '../core';
import type { FileIteratorPort } from '../../src/gas/ports';
import { GasException } from '../core';
import type { EmuFile } from './file';

export class EmuFileIterator extends Service implements FileIteratorPort {
  readonly serviceName = 'FileIterator';
  readonly #files: EmuFile[];
  #next = 0;

  constructor(files: EmuFile[]) {
    super();
    this.#files = files;
  }

  hasNext(): boolean {
    return this.#next < this.#files.length;
  }

  /** Google throws when the iterator is exhausted (guessed wording). */
  next(): EmuFile {
    if (!this.hasNext()) throw new GasException('Cannot retrieve the next object: iterator has reached the end.');
    return this.#files[this.#next++];
  }
}
