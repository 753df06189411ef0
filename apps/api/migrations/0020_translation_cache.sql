CREATE TABLE "translation_cache" (
	"key" text PRIMARY KEY NOT NULL,
	"target_language" text NOT NULL,
	"translated_text" text NOT NULL,
	"detected_language" text,
	"created_at" timestamp with time zone NOT NULL
);
