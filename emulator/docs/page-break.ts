/** PageBreak: what Body.appendPageBreak returns (its only port member is getType). */
import type { PageBreakPort } from '../../src/gas/ports';
import { DocNode, guardClosed } from './context';
import { elementType } from './enums';

import Doc = GoogleAppsScript.Document;

export class EmuPageBreak extends DocNode implements PageBreakPort {
  readonly serviceName = 'PageBreak';

  getType(): Doc.ElementType {
    return elementType('PAGE_BREAK');
  }
}
guardClosed(EmuPageBreak);
