ALTER TABLE "audit_log" ADD COLUMN "via" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "version" smallint DEFAULT 1 NOT NULL;