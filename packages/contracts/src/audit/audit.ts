import { z } from 'zod';
import { Page } from '../common/page.js';

/** One entry of the audit log, as admins read it (the chain's hashes stay inside the API). */
export const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  via: z.enum(['session', 'token']).nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  /** What changed, as recorded: field names and values, never secrets. */
  summary: z.record(z.string(), z.unknown()),
});
export const AuditPage = Page(AuditEntry);

/** Where the chain is broken, when it is. */
export const AuditBreak = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('altered'), seq: z.number().int() }),
  z.object({ kind: z.literal('missing'), seq: z.number().int() }),
  z.object({ kind: z.literal('truncated'), afterSeq: z.number().int(), anchoredSeq: z.number().int() }),
  z.object({ kind: z.literal('rewritten'), seq: z.number().int() }),
  z.object({ kind: z.literal('anchor_invalid'), seq: z.number().int().nullable() }),
]);

/** The chain checked against its key and anchors. */
export const AuditVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenSeq: z.number().int().nullable(),
  break: AuditBreak.nullable(),
  lastSeq: z.number().int(),
  anchors: z.object({
    count: z.number().int(),
    last: z.object({ seq: z.number().int(), hash: z.string(), at: z.string() }).nullable(),
  }),
});
