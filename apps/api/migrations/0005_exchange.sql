CREATE TABLE "opportunities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"jurisdiction" text NOT NULL,
	"type" text NOT NULL,
	"state" text NOT NULL,
	"close_reason" text,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"offer" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"areas" text[] DEFAULT '{}' NOT NULL,
	"trl" integer,
	"ip_status" text,
	"cooperation_forms" text[] DEFAULT '{}' NOT NULL,
	"target_countries" text[] DEFAULT '{}' NOT NULL,
	"deadline" date,
	"amount_min" bigint,
	"amount_max" bigint,
	"currency" text,
	"moderation_comment" text,
	"published_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"expiry_reminder_sent_at" timestamp with time zone,
	"search_zh" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "taxonomy_areas" (
	"code" text PRIMARY KEY NOT NULL,
	"parent" text,
	"label" jsonb NOT NULL,
	"synonyms" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "opportunities_org_idx" ON "opportunities" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "opportunities_state_idx" ON "opportunities" USING btree ("state","published_at");--> statement-breakpoint
CREATE INDEX "opportunities_expiry_idx" ON "opportunities" USING btree ("state","expires_at");--> statement-breakpoint
CREATE INDEX "taxonomy_areas_parent_idx" ON "taxonomy_areas" USING btree ("parent");