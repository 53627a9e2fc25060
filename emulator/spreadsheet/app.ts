/** SpreadsheetApp: the entry point, bound to one spreadsheet. */
import { GasException, Service, unwrap, type Env } from '../core';
import type { SpreadsheetAppPort, UiPort } from '../../src/gas/ports';
import type { SpreadsheetContext } from './context';
import { EmuConditionalFormatRuleBuilder } from './conditional-format';
import { BooleanCriteria, DataValidationCriteria, ProtectionType } from './enums';
import { EmuSpreadsheet } from './spreadsheet';
import type { SpreadsheetState } from './state';
import { EmuDataValidationBuilder } from './validation';

export class EmuSpreadsheetApp extends Service implements SpreadsheetAppPort {
  readonly serviceName = 'SpreadsheetApp';
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly #ctx: SpreadsheetContext;

  constructor(ctx: SpreadsheetContext) {
    super();
    this.#ctx = ctx;
  }

  /**
   * The bound spreadsheet; null in an execution without an active document. Google's
   * documentation does not say whether an add-on's time-driven trigger sees the spreadsheet;
   * third-party reports say it does not, and the emulator takes that strict reading. The port
   * (Google's type) declares no null, hence the cast.
   */
  getActiveSpreadsheet(): EmuSpreadsheet {
    if (this.#ctx.hasActiveDocument && !this.#ctx.hasActiveDocument()) return null as unknown as EmuSpreadsheet;
    return new EmuSpreadsheet(this.#ctx);
  }

  /**
   * The Ui service from the provider. Returned raw (unwrapped) so that env.expose wraps it
   * exactly once. Without a provider it fails as Google does where there is no UI.
   */
  getUi(): UiPort {
    if (!this.#ctx.ui) throw new GasException('Cannot call SpreadsheetApp.getUi() from this context.');
    return unwrap(this.#ctx.ui());
  }

  newConditionalFormatRule(): EmuConditionalFormatRuleBuilder {
    return new EmuConditionalFormatRuleBuilder(this.#ctx);
  }

  newDataValidation(): EmuDataValidationBuilder {
    return new EmuDataValidationBuilder(this.#ctx);
  }
}

/**
 * The raw SpreadsheetApp service over `state` (wrap it with env.expose for the add-on).
 * `ui` provides the Ui service (raw or exposed; it is unwrapped) for getUi(); `hasActiveDocument`
 * false makes getActiveSpreadsheet() null.
 */
export function createSpreadsheetApp(
  env: Env,
  state: SpreadsheetState,
  ui?: () => UiPort,
  hasActiveDocument?: () => boolean,
): SpreadsheetAppPort {
  return new EmuSpreadsheetApp({ env, state, ui, hasActiveDocument });
}
