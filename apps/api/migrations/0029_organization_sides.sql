CREATE TABLE "match_organization_sides" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"listed" boolean NOT NULL,
	"concepts" text[] NOT NULL,
	"areas" text[] NOT NULL,
	"side" jsonb NOT NULL,
	"source_updated_at" timestamp with time zone NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "match_organization_sides_concepts_idx" ON "match_organization_sides" USING gin ("concepts");--> statement-breakpoint
CREATE INDEX "match_organization_sides_areas_idx" ON "match_organization_sides" USING gin ("areas");--> statement-breakpoint
CREATE INDEX "organizations_updated_idx" ON "organizations" USING btree ("updated_at","id");