// The events module. So far it holds the B2B meeting scheduler, a pure function the module's services
// and the `npm run schedule` command call.

// B2B meetings: participants' profiles and requests, the organiser's slots and schedule.
export { registerMeetingsRoutes } from './meetings/meetings.routes.js';
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
