CREATE TABLE "concept_index_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"shipped_glossary" text
);
--> statement-breakpoint
CREATE TABLE "glossary_concepts" (
	"id" text PRIMARY KEY NOT NULL,
	"area" text,
	"terms" jsonb NOT NULL,
	"origin" text NOT NULL,
	"retired_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "glossary_concepts_area_idx" ON "glossary_concepts" USING btree ("area");