/**
 * FormApp's messages. Verified where noted; the others are guesses (Google's exact wording was
 * not found) and say what went wrong in Google's style.
 */
import { GasException } from '../core';
import { NO_ITEM_MESSAGE } from '../drive/errors';

/** FormApp.openById with an unknown id: quoted from an Apps Script log in a 2025 GitHub issue. */
export function noSuchForm(): GasException {
  return new GasException(NO_ITEM_MESSAGE);
}

/**
 * Item.asXxxItem() on another type: "Invalid conversion for item type: PAGE_BREAK" is how users
 * quote Forms' answer (the reference only says it throws).
 */
export function invalidConversion(actualType: string): GasException {
  return new GasException(`Invalid conversion for item type: ${actualType}`);
}

/** Guessed wording: documented only as "Throws an exception if the given title is null or empty". */
export function emptyTitle(): GasException {
  return new GasException('Invalid argument: title');
}

/** Guessed wording; the limits themselves are documented (lower 0 or 1, upper 3..10 inclusive). */
export function badBounds(lower: number, upper: number): GasException {
  return new GasException(
    `Invalid scale bounds ${lower}..${upper}: the lower bound must be 0 or 1 and the upper bound between 3 and 10.`,
  );
}

/** Guessed wording; documented: createResponse throws when a value is not a valid choice. */
export function invalidResponse(title: string, value: unknown): GasException {
  return new GasException(`Invalid response for item "${title}": ${JSON.stringify(value)}`);
}

/** Guessed wording for getDestinationId on a form without a destination (it throws: scripts catch it). */
export function noDestination(): GasException {
  return new GasException('The form currently has no response destination.');
}

/** Guessed wording for a method called with arguments of the wrong type. */
export function badArgument(method: string, name: string): GasException {
  return new GasException(`Invalid argument: ${name} (FormApp.${method})`);
}

/** Guessed wording for a response id the form does not have (getResponse, deleteResponse). */
export function noSuchResponse(id: string): GasException {
  return new GasException(`No response with ID ${id} exists for this form.`);
}

/** Guessed wording; documented: setAcceptingResponses(true) throws «if enabled on an unpublished form». */
export function notPublished(): GasException {
  return new GasException('The form is not published, so it cannot accept responses.');
}
