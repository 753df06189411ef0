CREATE TABLE "event_organizers" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"approved_by" uuid NOT NULL,
	"approved_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "event_registrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"organization_id" uuid,
	"state" text NOT NULL,
	"listed" boolean DEFAULT false NOT NULL,
	"waitlisted_at" timestamp with time zone,
	"badge_key" text NOT NULL,
	"checked_in_at" timestamp with time zone,
	"checked_in_by" uuid,
	"reminded_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"room" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"speakers" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"format" text NOT NULL,
	"venue" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"place" text DEFAULT 'other' NOT NULL,
	"online_url" text,
	"time_zone" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer,
	"registration_closes_at" timestamp with time zone,
	"organizer_organization_id" uuid,
	"jurisdiction" text NOT NULL,
	"meetings" boolean DEFAULT false NOT NULL,
	"meeting_mode" text DEFAULT 'pick' NOT NULL,
	"schedule_published_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "meeting_availability" (
	"registration_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	CONSTRAINT "meeting_availability_registration_id_slot_id_pk" PRIMARY KEY("registration_id","slot_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_profiles" (
	"registration_id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"offer" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"seek" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"opportunity_ids" uuid[] DEFAULT '{}' NOT NULL,
	"booth" text,
	"max_meetings_per_session" integer,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"requester_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"message" text NOT NULL,
	"message_language" text,
	"state" text DEFAULT 'requested' NOT NULL,
	"decline_reason" text,
	"priority" integer DEFAULT 1 NOT NULL,
	"interpreter" boolean DEFAULT false NOT NULL,
	"slot_id" uuid,
	"table_number" integer,
	"locked" boolean DEFAULT false NOT NULL,
	"schedule_state" text,
	"requester_confirmed_at" timestamp with time zone,
	"recipient_confirmed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_slots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"tables" integer NOT NULL,
	"session" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_sessions" ADD CONSTRAINT "event_sessions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_availability" ADD CONSTRAINT "meeting_availability_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_availability" ADD CONSTRAINT "meeting_availability_slot_id_meeting_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."meeting_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_profiles" ADD CONSTRAINT "meeting_profiles_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_profiles" ADD CONSTRAINT "meeting_profiles_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_requester_id_event_registrations_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_recipient_id_event_registrations_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_slot_id_meeting_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."meeting_slots"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_slots" ADD CONSTRAINT "meeting_slots_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_person_key" ON "event_registrations" USING btree ("event_id","user_id");--> statement-breakpoint
CREATE INDEX "event_registrations_waitlist_idx" ON "event_registrations" USING btree ("event_id","waitlisted_at") WHERE "event_registrations"."state" = 'waitlisted';--> statement-breakpoint
CREATE INDEX "event_registrations_user_idx" ON "event_registrations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "event_sessions_event_idx" ON "event_sessions" USING btree ("event_id","starts_at");--> statement-breakpoint
CREATE INDEX "events_state_starts_idx" ON "events" USING btree ("state","starts_at");--> statement-breakpoint
CREATE INDEX "events_organizer_idx" ON "events" USING btree ("organizer_organization_id");--> statement-breakpoint
CREATE INDEX "meeting_profiles_event_idx" ON "meeting_profiles" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "meeting_requests_event_idx" ON "meeting_requests" USING btree ("event_id","state");--> statement-breakpoint
CREATE INDEX "meeting_requests_requester_idx" ON "meeting_requests" USING btree ("requester_id");--> statement-breakpoint
CREATE INDEX "meeting_requests_recipient_idx" ON "meeting_requests" USING btree ("recipient_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_requests_pair_open_key" ON "meeting_requests" USING btree ("event_id","requester_id","recipient_id") WHERE "meeting_requests"."state" in ('requested', 'accepted');--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_requests_place_key" ON "meeting_requests" USING btree ("slot_id","table_number") WHERE "meeting_requests"."slot_id" is not null and "meeting_requests"."table_number" is not null and "meeting_requests"."state" = 'accepted';--> statement-breakpoint
CREATE INDEX "meeting_slots_event_idx" ON "meeting_slots" USING btree ("event_id","starts_at");