/** The emulated FormApp: factory, state constructors and emulator-only helpers. */
export { createFormApp, EmuFormApp } from './app';
export { EmuForm } from './form';
export { EmuItem } from './item';
export { DestinationType, ItemType } from './enums';
export { newFormsState, newItemState } from './state';
export type {
  DestinationState,
  FormResponseState,
  FormState,
  FormsState,
  ItemAnswer,
  ItemAnswerState,
  ItemState,
  ItemTypeName,
  ResponseColumn,
} from './state';
export type { FormsContext } from './context';
export { responseLabels, responseSheet } from './response-sheet';
export {
  FormSubmitError,
  submitResponse,
  submittedRowValues,
  type AnswerValue,
  type Answers,
  type SubmitOptions,
  type SubmitResult,
} from './submit';
