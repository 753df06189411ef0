-- A search reads its page and its counts in one statement each (ADR 0021). These functions let one
-- statement do what took a transaction and several round trips: weigh a tier by the planner's estimate,
-- and be planned with the settings a full-text search or a count's estimate needs. The statements are
-- written by the app (its values as literals, so that the planner sees them); EXPLAIN runs nothing.

-- The planner's estimate of the rows a statement returns: its plan, not a run.
CREATE OR REPLACE FUNCTION planned_rows(statement text) RETURNS double precision LANGUAGE plpgsql AS $$
DECLARE
  plan json;
BEGIN
  EXECUTE 'EXPLAIN (FORMAT JSON) ' || statement INTO plan;
  RETURN (plan -> 0 -> 'Plan' ->> 'Plan Rows')::double precision;
END;
$$;
--> statement-breakpoint
-- The rows of a statement planned without sequential scans: a full-text search through its GIN
-- indexes rather than a read of the whole table, whose `@@` the planner prices as cheap. A function's
-- SET lasts for the function only, so no transaction is needed around it. ROWS: a page's few rows, so
-- that the opportunities they name are read by their key (the default, 1,000, reads the whole table).
CREATE OR REPLACE FUNCTION rows_by_index(statement text) RETURNS SETOF record LANGUAGE plpgsql ROWS 50
  SET enable_seqscan = off AS $$
BEGIN
  RETURN QUERY EXECUTE statement;
END;
$$;
--> statement-breakpoint
-- The rows of a statement that reads a table in its physical order, as a count's estimate assumes: a
-- bitmap or sequential scan from the first page, in one process.
CREATE OR REPLACE FUNCTION rows_in_table_order(statement text) RETURNS SETOF record LANGUAGE plpgsql ROWS 50
  SET enable_indexscan = off SET max_parallel_workers_per_gather = 0 SET synchronize_seqscans = off AS $$
BEGIN
  RETURN QUERY EXECUTE statement;
END;
$$;
--> statement-breakpoint
-- The same, with words to match: through their GIN index (a bitmap scan), never the whole table.
CREATE OR REPLACE FUNCTION rows_in_table_order_by_index(statement text) RETURNS SETOF record LANGUAGE plpgsql ROWS 50
  SET enable_seqscan = off SET enable_indexscan = off SET max_parallel_workers_per_gather = 0
  SET synchronize_seqscans = off AS $$
BEGIN
  RETURN QUERY EXECUTE statement;
END;
$$;
