-- Full-text search over every language of an opportunity (ADR 0007): title (A), summary (B) and
-- description (C) in Russian and English with stemming; Chinese segmented by the app into search_zh.
ALTER TABLE opportunities ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('russian', coalesce(title->>'ru', '')), 'A') ||
  setweight(to_tsvector('russian', coalesce(summary->>'ru', '')), 'B') ||
  setweight(to_tsvector('russian', coalesce(description->>'ru', '')), 'C') ||
  setweight(to_tsvector('english', coalesce(title->>'en', '')), 'A') ||
  setweight(to_tsvector('english', coalesce(summary->>'en', '')), 'B') ||
  setweight(to_tsvector('english', coalesce(description->>'en', '')), 'C') ||
  setweight(to_tsvector('simple', search_zh), 'B')
) STORED;
--> statement-breakpoint
CREATE INDEX opportunities_search_idx ON opportunities USING gin (search_vector);
--> statement-breakpoint
CREATE INDEX opportunities_areas_idx ON opportunities USING gin (areas);
