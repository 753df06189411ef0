// The events module: events, their organisers and registrations (with badges and check-in), B2B
// meetings (participants' profiles and requests, the organiser's slots and schedule), and the meeting
// scheduler, a pure function the module's services and the `npm run schedule` command call.

// For the demo data: events written and published as an operator does.
export { createEvent, publishEvent } from './events/events.service.js';
export { defineEventJobs, EVENT_REMINDER_JOB } from './events.jobs.js';
export { registerEventRoutes } from './events.routes.js';
export {
  type Instance,
  instanceSchema,
  type Schedule,
  type ScheduledMeeting,
  type ScheduleOptions,
  type ScheduleStats,
  type SchedulingConflict,
  SchedulingConflictError,
  schedule,
} from './scheduling/index.js';
