-- The public registry without a search word: its newest holders of a status first (the page, read in
-- index order and stopped after one page), and its counts by status and jurisdiction read from an
-- index alone instead of the whole table.
CREATE INDEX organizations_public_since_idx ON organizations ((coalesce(status_since, created_at)) DESC, id)
  WHERE status IN ('participant', 'partner');
--> statement-breakpoint
CREATE INDEX organizations_status_facets_idx ON organizations (status, jurisdiction, type);
