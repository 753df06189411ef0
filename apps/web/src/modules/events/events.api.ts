import type {
  AttendeeList,
  Badge,
  CheckIn,
  Event,
  EventBody,
  EventFigures,
  EventList,
  EventListQuery,
  Out,
  UpdateEventBody,
} from '@innobridge/contracts';
import { api, queryString } from '../../shared/api-client.js';

export type EventView = Out<typeof Event>;
export type EventListQueryIn = Partial<Out<typeof EventListQuery>>;

export const eventsKeys = {
  all: ['events'] as const,
  list: (query: EventListQueryIn) => ['events', 'list', query] as const,
  one: (id: string) => ['events', id] as const,
  attendees: (id: string) => ['events', id, 'attendees'] as const,
  badge: (id: string) => ['events', id, 'badge'] as const,
  figures: (id: string) => ['events', id, 'figures'] as const,
};

export const eventsApi = {
  list: (query: EventListQueryIn) => api.get<Out<typeof EventList>>(`/events${queryString(query)}`),
  get: (id: string) => api.get<EventView>(`/events/${id}`),
  create: (body: EventBody) => api.post<EventView>('/events', body),
  update: (id: string, body: UpdateEventBody) => api.put<EventView>(`/events/${id}`, body),
  publish: (id: string) => api.post<EventView>(`/events/${id}/publish`),
  cancel: (id: string) => api.post<EventView>(`/events/${id}/cancel`),
  register: (id: string, listed: boolean) => api.post<EventView>(`/events/${id}/registration`, { listed }),
  unregister: (id: string) => api.delete(`/events/${id}/registration`),
  attendees: (id: string) => api.get<Out<typeof AttendeeList>>(`/events/${id}/attendees`),
  badge: (id: string) => api.get<Out<typeof Badge>>(`/events/${id}/badge`),
  checkIn: (id: string, code: string) => api.post<Out<typeof CheckIn>>(`/events/${id}/check-in`, { code }),
  figures: (id: string) => api.get<Out<typeof EventFigures>>(`/events/${id}/figures`),
};

/** Where the browser downloads the event's calendar file and the organiser's CSV (same origin). */
export const calendarUrl = (id: string) => `/api/v1/events/${id}/calendar.ics`;
export const attendeesCsvPath = (id: string) => `/events/${id}/attendees.csv`;
