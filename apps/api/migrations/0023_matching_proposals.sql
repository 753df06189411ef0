CREATE TABLE "match_feedback" (
	"user_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"value" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "match_feedback_user_id_proposal_id_pk" PRIMARY KEY("user_id","proposal_id")
);
--> statement-breakpoint
CREATE TABLE "match_frequencies" (
	"key" text PRIMARY KEY NOT NULL,
	"df" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_proposals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"list" text NOT NULL,
	"candidate_kind" text NOT NULL,
	"candidate_id" uuid NOT NULL,
	"score" real NOT NULL,
	"explanation" jsonb NOT NULL,
	"rank" integer NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_sides" (
	"opportunity_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"type" text NOT NULL,
	"trl" smallint,
	"listed" boolean NOT NULL,
	"concepts" text[] NOT NULL,
	"areas" text[] NOT NULL,
	"keys" text[] NOT NULL,
	"side" jsonb NOT NULL,
	"source_updated_at" timestamp with time zone NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_state" (
	"key" text PRIMARY KEY NOT NULL,
	"at" timestamp with time zone,
	"value" text
);
--> statement-breakpoint
CREATE INDEX "match_feedback_proposal_idx" ON "match_feedback" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "match_proposals_list_idx" ON "match_proposals" USING btree ("opportunity_id","list","rank");--> statement-breakpoint
CREATE INDEX "match_proposals_candidate_idx" ON "match_proposals" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "match_sides_concepts_idx" ON "match_sides" USING gin ("concepts");--> statement-breakpoint
CREATE INDEX "match_sides_areas_idx" ON "match_sides" USING gin ("areas");--> statement-breakpoint
CREATE INDEX "match_sides_listed_type_idx" ON "match_sides" USING btree ("type") WHERE "match_sides"."listed";--> statement-breakpoint
CREATE INDEX "match_sides_organization_idx" ON "match_sides" USING btree ("organization_id");