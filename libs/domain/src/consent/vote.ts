import type { FieldError } from '../errors.js';
import { TEXT_FAULT_MESSAGES, textFault } from '../text.js';
import { VOTE_CHANNELS } from './round.machine.js';
import { VOTE_CHOICES } from './tally.js';

export const MAX_FORM_NUMBER_LENGTH = 100;
export const MAX_CHOSEN_ITEMS = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SHA256 = /^[0-9a-f]{64}$/;
const MAX_ITEM_KEY_LENGTH = 64;

/** A vote as a recorder gives it, before it is judged against its round. */
export interface VoteFields {
  householdId: unknown;
  choice: unknown;
  signed: unknown;
  channel: unknown;
  formNumber?: unknown;
  photoHash?: unknown;
  chosenItems?: unknown;
}

/**
 * Everything that can be wrong with one vote on its own. Votes arriving together are written in
 * one transaction, so one the database would refuse must be refused before, on its own, or it
 * takes the others down with it.
 */
export function voteErrors(v: VoteFields): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (field: string, code: string, message: string) => errors.push({ field, code, message });
  if (typeof v.householdId !== 'string' || !UUID.test(v.householdId)) fail('householdId', 'isUuid', 'householdId is a household id');
  if (!(VOTE_CHOICES as readonly unknown[]).includes(v.choice)) fail('choice', 'isIn', `choice is one of ${VOTE_CHOICES.join(', ')}`);
  if (typeof v.signed !== 'boolean') fail('signed', 'isBoolean', 'signed is true or false');
  if (!(VOTE_CHANNELS as readonly unknown[]).includes(v.channel)) fail('channel', 'isIn', `channel is one of ${VOTE_CHANNELS.join(', ')}`);
  if (v.formNumber != null) {
    if (typeof v.formNumber !== 'string' || v.formNumber.length > MAX_FORM_NUMBER_LENGTH)
      fail('formNumber', 'maxLength', `formNumber is text of at most ${MAX_FORM_NUMBER_LENGTH} characters`);
    else {
      const fault = textFault(v.formNumber);
      if (fault) fail('formNumber', fault, `formNumber ${TEXT_FAULT_MESSAGES[fault]}`);
    }
  }
  if (v.photoHash != null && (typeof v.photoHash !== 'string' || !SHA256.test(v.photoHash)))
    fail('photoHash', 'matches', 'photoHash is a hex sha256');
  if (v.chosenItems != null) {
    const items = v.chosenItems;
    if (
      !Array.isArray(items) ||
      items.length > MAX_CHOSEN_ITEMS ||
      !items.every((k) => typeof k === 'string' && k.length <= MAX_ITEM_KEY_LENGTH && !textFault(k))
    )
      fail('chosenItems', 'isArray', `chosenItems is a list of at most ${MAX_CHOSEN_ITEMS} item keys`);
  }
  return errors;
}
