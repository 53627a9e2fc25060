/**
 * zod schemas of every argument the sidebar sends. Anyone who can open the sidebar can call
 * any public function with anything, so nothing reaches a use case unchecked.
 */
import * as z from 'zod/mini';

const id = z.string().check(z.minLength(1), z.maxLength(40));
const text = z.string().check(z.maxLength(2000));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const ids = z.array(id).check(z.minLength(1), z.maxLength(200));
const link = z.string().check(z.maxLength(2000), z.regex(/^(https?:\/\/\S+)?$/));

const terms = {
  form: text,
  kind: text,
  goal: text,
  start: isoDate,
  plannedEnd: isoDate,
};

export const MenteeIdSchema = id;

export const FixedPairsSchema = z.array(z.strictObject({ mentorId: id, menteeId: id })).check(z.maxLength(5000));

export const CreatePairSchema = z.strictObject({ mentorId: id, menteeIds: ids, ...terms });

export const AddToGroupSchema = z.strictObject({ pairId: id, menteeId: id });

export const AcceptProposalsSchema = z.strictObject({
  pairs: z.array(z.strictObject({ mentorId: id, menteeId: id })).check(z.minLength(1), z.maxLength(5000)),
  ...terms,
});

export const RecordConsentSchema = z.strictObject({
  kind: z.enum(['data', 'duties', 'publish', 'withdrawal']),
  personId: z.optional(id),
  pairId: z.optional(id),
  date: isoDate,
  link: z.optional(link),
});

export const SetPairStatusSchema = z.strictObject({
  pairId: id,
  status: z.enum(['проект', 'закреплена', 'активна', 'завершена', 'прекращена']),
  reason: z.optional(text),
  endDate: z.optional(isoDate),
  noticeDate: z.optional(isoDate),
});

export const ExtendPairSchema = z.strictObject({ pairId: id, plannedEnd: isoDate, overrideReason: z.optional(text) });

export const ReplaceMentorSchema = z.strictObject({ pairId: id, mentorId: id });

export const LogMeetingSchema = z.strictObject({
  pairId: id,
  date: isoDate,
  topic: z.string().check(z.minLength(1), z.maxLength(2000)),
  result: text,
});
