import { z } from 'zod';
import { Conversation, ConversationMessage, ExpressionOfInterest, Opportunity } from './exchange.js';

// The exchange's answers that wrap its named schemas: lists, the search's page, a conversation's thread.
// They carry no `.meta({ id })`: the API document shows them inline, where each route answers with them.

/** Why a result was found (ADR 0022). */
export const SearchMatch = z.object({
  kind: z
    .enum(['exact', 'synonym', 'partial'])
    .describe(
      'exact: the words of the query (or `term`, one of them); synonym: `term`, a term of the taxonomy area `area` that the query word `via` names, in any language; partial: only some of the words were found',
    ),
  term: z.string().describe('What was found in the opportunity: the query, one of its words, or a synonym'),
  via: z.string().optional().describe('The query word the synonym stands for'),
  area: z
    .object({ code: z.string(), label: z.object({ ru: z.string(), zh: z.string(), en: z.string() }) })
    .optional()
    .describe('The taxonomy area whose term the synonym is'),
});
export type SearchMatch = z.infer<typeof SearchMatch>;

/** A page of the search: published opportunities, their count, the facets and the words to highlight. */
export const OpportunitySearchPage = z.object({
  items: z.array(Opportunity),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
  estimated: z
    .boolean()
    .describe(
      'True when the matches were too many to count: the total is then an estimate, rounded to two significant figures',
    ),
  estimatedFacets: z
    .array(z.string())
    .describe(
      "The facets whose counts are estimates, rounded to two significant figures (a facet with a filter of its own is counted over that facet's own matches)",
    ),
  facets: z.record(z.string(), z.record(z.string(), z.number().int())),
  terms: z.array(z.string()).describe('Words and stems of the query, to highlight in the results'),
  matches: z
    .record(z.string(), z.array(SearchMatch))
    .describe("Why each result was found, by the result's id: the words themselves, synonyms, or some words only"),
  suggestion: z
    .string()
    .nullable()
    .describe('A corrected query from the known vocabulary, when this one finds few or no results'),
});
export type OpportunitySearchPage = z.infer<typeof OpportunitySearchPage>;

/** An organisation's opportunities, or those awaiting moderation. */
export const OpportunityList = z.object({ items: z.array(Opportunity) });
export type OpportunityList = z.infer<typeof OpportunityList>;
/** A page of a list of opportunities read with a keyset cursor (the moderation queue). */
export const OpportunityPage = OpportunityList.extend({ nextCursor: z.string().nullable() });
export type OpportunityPage = z.infer<typeof OpportunityPage>;

/** Expressions of interest on an opportunity, or in an organisation's inbox or outbox. */
export const InterestList = z.object({ items: z.array(ExpressionOfInterest) });
export type InterestList = z.infer<typeof InterestList>;

/** The reader's organisations' conversations, and how many messages they hold unread. */
export const ConversationList = z.object({
  items: z.array(Conversation),
  /** Over all the reader's conversations, not only this page. */
  unreadTotal: z.number().int(),
  nextCursor: z.string().nullable(),
});
export type ConversationList = z.infer<typeof ConversationList>;

/** A conversation and its messages, as one of its sides sees them. */
export const ConversationThread = z.object({ conversation: Conversation, messages: z.array(ConversationMessage) });
export type ConversationThread = z.infer<typeof ConversationThread>;
