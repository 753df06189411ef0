-- The search ranks by the field a query's words are in (ADR 0010): title, then summary, then the rest.
-- A vector of the title's words and one of the summary's, each with a GIN index, find the matches of
-- the first two tiers without reading the others. Chinese text, segmented by the app, now comes a
-- field a line in search_zh (title, summary, description) and takes that field's weight, as Russian
-- and English do; before, all of it weighed as a summary. Rows written before this hold one line, read
-- as their title, until they are next saved. One published opportunity in eight, chosen by its id,
-- has its words in a GIN index of their own, which a search counts its matches in first: a common
-- word's count is then estimated from an eighth of its matches.
ALTER TABLE opportunities DROP COLUMN search_vector;
--> statement-breakpoint
ALTER TABLE opportunities ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('russian', coalesce(title->>'ru', '')), 'A') ||
  setweight(to_tsvector('russian', coalesce(summary->>'ru', '')), 'B') ||
  setweight(to_tsvector('russian', coalesce(description->>'ru', '')), 'C') ||
  setweight(to_tsvector('english', coalesce(title->>'en', '')), 'A') ||
  setweight(to_tsvector('english', coalesce(summary->>'en', '')), 'B') ||
  setweight(to_tsvector('english', coalesce(description->>'en', '')), 'C') ||
  setweight(to_tsvector('simple', split_part(search_zh, E'\n', 1)), 'A') ||
  setweight(to_tsvector('simple', split_part(search_zh, E'\n', 2)), 'B') ||
  setweight(to_tsvector('simple', split_part(search_zh, E'\n', 3)), 'C')
) STORED;
--> statement-breakpoint
ALTER TABLE opportunities ADD COLUMN title_search_vector tsvector GENERATED ALWAYS AS (
  to_tsvector('russian', coalesce(title->>'ru', '')) ||
  to_tsvector('english', coalesce(title->>'en', '')) ||
  to_tsvector('simple', split_part(search_zh, E'\n', 1))
) STORED;
--> statement-breakpoint
ALTER TABLE opportunities ADD COLUMN summary_search_vector tsvector GENERATED ALWAYS AS (
  to_tsvector('russian', coalesce(summary->>'ru', '')) ||
  to_tsvector('english', coalesce(summary->>'en', '')) ||
  to_tsvector('simple', split_part(search_zh, E'\n', 2))
) STORED;
--> statement-breakpoint
ALTER TABLE opportunities ALTER COLUMN search_vector SET STORAGE MAIN,
  ALTER COLUMN title_search_vector SET STORAGE MAIN,
  ALTER COLUMN summary_search_vector SET STORAGE MAIN;
--> statement-breakpoint
CREATE INDEX opportunities_search_idx ON opportunities USING gin (search_vector);
--> statement-breakpoint
CREATE INDEX opportunities_title_search_idx ON opportunities USING gin (title_search_vector);
--> statement-breakpoint
CREATE INDEX opportunities_summary_search_idx ON opportunities USING gin (summary_search_vector);
--> statement-breakpoint
CREATE INDEX opportunities_search_sample_idx ON opportunities USING gin (search_vector)
  WHERE state = 'published' AND (hashtext(id::text) & 7) = 0;
