ALTER TABLE "opportunities" ADD COLUMN "withheld" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "case_contacts" ADD COLUMN "jurisdiction" text;--> statement-breakpoint
ALTER TABLE "case_notes" ADD COLUMN "jurisdiction" text;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD COLUMN "jurisdiction" text;--> statement-breakpoint
ALTER TABLE "status_history" ADD COLUMN "cause" text;--> statement-breakpoint
-- Case entries written so far belong to the jurisdiction that could write them: the organisation's own
-- (RU, CN), else the reviewer of its latest application.
UPDATE case_notes AS c SET jurisdiction = coalesce(
  (SELECT nullif(o.jurisdiction, 'OTHER') FROM organizations AS o WHERE o.id = c.organization_id),
  (SELECT a.reviewer_jurisdiction FROM status_applications AS a WHERE a.organization_id = c.organization_id
    ORDER BY a.created_at DESC LIMIT 1),
  'RU');--> statement-breakpoint
UPDATE case_tasks AS c SET jurisdiction = coalesce(
  (SELECT nullif(o.jurisdiction, 'OTHER') FROM organizations AS o WHERE o.id = c.organization_id),
  (SELECT a.reviewer_jurisdiction FROM status_applications AS a WHERE a.organization_id = c.organization_id
    ORDER BY a.created_at DESC LIMIT 1),
  'RU');--> statement-breakpoint
UPDATE case_contacts AS c SET jurisdiction = coalesce(
  (SELECT nullif(o.jurisdiction, 'OTHER') FROM organizations AS o WHERE o.id = c.organization_id),
  (SELECT a.reviewer_jurisdiction FROM status_applications AS a WHERE a.organization_id = c.organization_id
    ORDER BY a.created_at DESC LIMIT 1),
  'RU');--> statement-breakpoint
ALTER TABLE "case_contacts" ALTER COLUMN "jurisdiction" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "case_notes" ALTER COLUMN "jurisdiction" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "case_tasks" ALTER COLUMN "jurisdiction" SET NOT NULL;--> statement-breakpoint
-- The kept facet counts (0009) count what the search shows: published and not withheld.
CREATE OR REPLACE FUNCTION opportunity_facet_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  columns constant text := 'state, withheld, type, jurisdiction, areas, trl, cooperation_forms';
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
    WHERE ch.state = 'published' AND NOT ch.withheld
    GROUP BY 1, 2, 3, 4
    HAVING sum(ch.delta) <> 0
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (within_facet, within_key, facet, key) DO UPDATE SET n = c.n + excluded.n
  $sql$, changes);
  RETURN NULL;
END;
$$;--> statement-breakpoint
-- Opportunities of organisations already suspended or excluded are withheld now (the trigger above
-- takes them out of the counts).
UPDATE opportunities SET withheld = true
WHERE organization_id IN (SELECT id FROM organizations WHERE status IN ('suspended', 'excluded'));
