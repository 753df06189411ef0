import { z } from 'zod';

/** One page of a list, and the cursor of the next page (null on the last). */
export const Page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const CursorQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** A list a person works through (a queue, their conversations): fifty rows a page unless asked. */
export const WorkListQuery = CursorQuery.extend({
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
