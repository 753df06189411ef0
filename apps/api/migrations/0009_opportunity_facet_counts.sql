CREATE TABLE "opportunity_facet_counts" (
	"within_facet" text NOT NULL,
	"within_key" text NOT NULL,
	"facet" text NOT NULL,
	"key" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "opportunity_facet_counts_within_facet_within_key_facet_key_pk" PRIMARY KEY("within_facet","within_key","facet","key")
);
--> statement-breakpoint
-- The facet values of one opportunity, as the exchange's search counts them (each value once).
CREATE FUNCTION opportunity_facet_values(p_type text, p_jurisdiction text, p_areas text[], p_trl integer, p_forms text[])
RETURNS TABLE (facet text, key text) LANGUAGE sql IMMUTABLE AS $$
  SELECT 'type', p_type
  UNION ALL SELECT 'jurisdiction', p_jurisdiction
  UNION ALL SELECT DISTINCT 'area', a FROM unnest(p_areas) AS a
  UNION ALL SELECT 'trl', p_trl::text WHERE p_trl IS NOT NULL
  UNION ALL SELECT DISTINCT 'cooperationForm', f FROM unnest(p_forms) AS f
$$;
--> statement-breakpoint
-- What one published opportunity adds to the counts: each of its values (and 'total') within the whole
-- exchange ('', '') and within each of its values.
CREATE FUNCTION opportunity_facet_pairs(p_type text, p_jurisdiction text, p_areas text[], p_trl integer, p_forms text[])
RETURNS TABLE (within_facet text, within_key text, facet text, key text) LANGUAGE sql IMMUTABLE AS $$
  WITH v AS (SELECT * FROM opportunity_facet_values(p_type, p_jurisdiction, p_areas, p_trl, p_forms))
  SELECT w.facet, w.key, c.facet, c.key
  FROM (SELECT '' AS facet, '' AS key UNION ALL SELECT * FROM v) AS w
  CROSS JOIN (SELECT 'total' AS facet, '' AS key UNION ALL SELECT * FROM v) AS c
$$;
--> statement-breakpoint
-- Adds what a statement on `opportunities` changed among the published ones to the counts: +1 for each
-- row it wrote, -1 for each row it replaced or removed, to each of the row's values within the whole
-- exchange and within each of its other values. One grouped upsert in key order, so that concurrent
-- writers lock the shared rows in the same order and never deadlock; a row updated without a change
-- to its state or values adds +1 and -1, which cancel out.
CREATE FUNCTION opportunity_facet_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  columns constant text := 'state, type, jurisdiction, areas, trl, cooperation_forms';
  changes text;
BEGIN
  changes := CASE TG_OP
    WHEN 'INSERT' THEN format('SELECT 1 AS delta, %s FROM new_rows', columns)
    WHEN 'DELETE' THEN format('SELECT -1 AS delta, %s FROM old_rows', columns)
    ELSE format('SELECT 1 AS delta, %1$s FROM new_rows UNION ALL SELECT -1, %1$s FROM old_rows', columns)
  END;
  EXECUTE format($sql$
    INSERT INTO opportunity_facet_counts AS c (within_facet, within_key, facet, key, n)
    SELECT p.within_facet, p.within_key, p.facet, p.key, sum(ch.delta)
    FROM (%s) AS ch
    CROSS JOIN LATERAL opportunity_facet_pairs(ch.type, ch.jurisdiction, ch.areas, ch.trl, ch.cooperation_forms) AS p
    WHERE ch.state = 'published'
    GROUP BY 1, 2, 3, 4
    HAVING sum(ch.delta) <> 0
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (within_facet, within_key, facet, key) DO UPDATE SET n = c.n + excluded.n
  $sql$, changes);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER opportunity_facet_counts_insert AFTER INSERT ON opportunities
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION opportunity_facet_counts_keep();
--> statement-breakpoint
CREATE TRIGGER opportunity_facet_counts_update AFTER UPDATE ON opportunities
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION opportunity_facet_counts_keep();
--> statement-breakpoint
CREATE TRIGGER opportunity_facet_counts_delete AFTER DELETE ON opportunities
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION opportunity_facet_counts_keep();
--> statement-breakpoint
CREATE FUNCTION opportunity_facet_counts_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM opportunity_facet_counts;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER opportunity_facet_counts_truncate AFTER TRUNCATE ON opportunities
  FOR EACH STATEMENT EXECUTE FUNCTION opportunity_facet_counts_clear();
--> statement-breakpoint
-- The opportunities already there: counted as if inserted now.
INSERT INTO opportunity_facet_counts (within_facet, within_key, facet, key, n)
SELECT p.within_facet, p.within_key, p.facet, p.key, count(*)
FROM opportunities AS o
CROSS JOIN LATERAL opportunity_facet_pairs(o.type, o.jurisdiction, o.areas, o.trl, o.cooperation_forms) AS p
WHERE o.state = 'published'
GROUP BY 1, 2, 3, 4;
