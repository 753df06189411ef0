-- Full-text search over every language of an organisation's profile (ADR 0007): Russian and English
-- with stemming, Chinese segmented into words by the app (search_zh) and indexed as simple words.
ALTER TABLE organizations ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('russian', coalesce(name->>'ru', '')), 'A') ||
  setweight(to_tsvector('russian', coalesce(short_description->>'ru', '') || ' ' || coalesce(description->>'ru', '') || ' ' || coalesce(products->>'ru', '')), 'B') ||
  setweight(to_tsvector('english', coalesce(name->>'en', '')), 'A') ||
  setweight(to_tsvector('english', coalesce(short_description->>'en', '') || ' ' || coalesce(description->>'en', '') || ' ' || coalesce(products->>'en', '')), 'B') ||
  setweight(to_tsvector('simple', search_zh), 'B')
) STORED;
--> statement-breakpoint
CREATE INDEX organizations_search_idx ON organizations USING gin (search_vector);
--> statement-breakpoint
CREATE INDEX organizations_status_idx ON organizations (status, jurisdiction);
