-- Search vectors stay in their rows, compressed, instead of in the TOAST table: ranking the matches of
-- a search unpacks every match's vector, and out of line each took about three more page reads. At a
-- million opportunities, a word found in 34,000: 143,000 pages read and 211 ms, against 37,000 and
-- 122 ms; the registry at 100,000 organisations, p95 of its slowest query 50.5 ms against 27.7 ms.
-- The facet arrays stay in the row too: with the vector kept in, a long row would otherwise push them
-- out to TOAST first, and every search counts them for each match. Rows written before this keep
-- their values where they are until they are next updated.
ALTER TABLE opportunities ALTER COLUMN search_vector SET STORAGE MAIN,
  ALTER COLUMN areas SET STORAGE MAIN,
  ALTER COLUMN cooperation_forms SET STORAGE MAIN;
--> statement-breakpoint
ALTER TABLE organizations ALTER COLUMN search_vector SET STORAGE MAIN;
