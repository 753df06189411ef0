CREATE TABLE "service_applications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"service_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"applicant_id" uuid NOT NULL,
	"form_version" integer NOT NULL,
	"answers" jsonb NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"message" text,
	"amount" bigint,
	"deadline_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_forms" (
	"service_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "service_forms_service_id_version_pk" PRIMARY KEY("service_id","version")
);
--> statement-breakpoint
CREATE TABLE "service_providers" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"jurisdiction" text NOT NULL,
	"organization_id" uuid,
	"state" text DEFAULT 'approved' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_ratings" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"service_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"category" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"languages" text[] NOT NULL,
	"jurisdiction" text NOT NULL,
	"cost" jsonb NOT NULL,
	"cost_kind" text NOT NULL,
	"budget" jsonb,
	"reserved" bigint DEFAULT 0 NOT NULL,
	"budget_amount" bigint,
	"deadline_days" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"form_version" integer DEFAULT 1 NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "services_reserved_within_budget" CHECK ("services"."budget_amount" is null or "services"."reserved" <= "services"."budget_amount")
);
--> statement-breakpoint
ALTER TABLE "service_applications" ADD CONSTRAINT "service_applications_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_forms" ADD CONSTRAINT "service_forms_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_ratings" ADD CONSTRAINT "service_ratings_application_id_service_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."service_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_provider_id_service_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."service_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_applications_service_idx" ON "service_applications" USING btree ("service_id","state");--> statement-breakpoint
CREATE INDEX "service_applications_organization_idx" ON "service_applications" USING btree ("organization_id","service_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_providers_organization_idx" ON "service_providers" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "service_ratings_service_idx" ON "service_ratings" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "services_state_idx" ON "services" USING btree ("state","published_at");--> statement-breakpoint
CREATE INDEX "services_provider_idx" ON "services" USING btree ("provider_id");--> statement-breakpoint
INSERT INTO "service_providers" ("id", "kind", "jurisdiction", "state", "created_at") VALUES ('operator-ru', 'operator', 'RU', 'approved', now()), ('operator-cn', 'operator', 'CN', 'approved', now()) ON CONFLICT DO NOTHING;
