/**
 * The forms keep their own copy of every answer (Form.getResponses), apart from the response
 * sheets: every stored answer the person gave (their address, or their name in an answer) or
 * that names them is deleted with Form.deleteResponse. The response sheets keep the record of
 * what the others said (there the person's name becomes their ID, see eraseSheets.ts). The
 * forms are every form the add-on made in this workbook, from «Анкеты» and from the
 * document properties (which survive «Анкеты» being deleted). Matching needs no sheet: run
 * again after a stop, it finds the answers left and deletes them.
 */
import type { PersonMatcher } from '../../domain/identity/personMatcher';
import type { FormAppPort, FormPort, PropertiesPort, SpreadsheetPort } from '../../gas/ports';
import { formIdsOf, formsMadeEarlier, readFormRegistry } from '../formRegistry';

/** Text of an item's answer, whatever its kind (text, choices, grid rows). */
function answerText(response: unknown): string {
  if (Array.isArray(response)) return response.map(answerText).join('\n');
  return response === null || response === undefined ? '' : String(response);
}

/** Deletes the stored answers given by or naming the person; how many. */
export function eraseStoredAnswers(
  services: { ss: SpreadsheetPort; formApp: FormAppPort; props: PropertiesPort },
  matcher: PersonMatcher,
): number {
  const formIds = new Set(formsMadeEarlier(services.props).map((f) => f.formId));
  for (const record of readFormRegistry(services.ss)?.records ?? []) formIds.add(formIdsOf(record)[0]!);
  let count = 0;
  for (const formId of formIds) {
    let form: FormPort;
    try {
      form = services.formApp.openById(formId);
    } catch {
      continue; // Deleted, or no longer the add-on's to open: nothing of it is left to erase.
    }
    for (const response of form.getResponses()) {
      const byAddress = matcher.isEmail(response.getRespondentEmail() ?? '');
      const byText = !byAddress && response.getItemResponses().some((ir) => matcher.mentions(answerText(ir.getResponse())));
      if (!byAddress && !byText) continue;
      form.deleteResponse(response.getId());
      count++;
    }
  }
  return count;
}
