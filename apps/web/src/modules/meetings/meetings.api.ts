import type {
  Meeting,
  MeetingList,
  MeetingParticipantList,
  MeetingProfile,
  MeetingProfileBody,
  MeetingSlot,
  MeetingsEvent,
  MeetingsOverview,
  Out,
  ScheduleRunStats,
} from '@innobridge/contracts';
import { api, downloadFile, queryString } from '../../shared/api-client.js';

export type MeetingView = Out<typeof Meeting>;
export type MeetingsEventView = Out<typeof MeetingsEvent>;
export type ParticipantFilters = { q?: string; language?: string; jurisdiction?: string };

export const meetingsKeys = {
  event: (eventId: string) => ['meetings', eventId] as const,
  part: (eventId: string, part: string, extra?: unknown) => ['meetings', eventId, part, extra] as const,
};

const base = (eventId: string) => `/events/${eventId}/meetings`;

export const meetingsApi = {
  event: (eventId: string) => api.get<MeetingsEventView>(base(eventId)),
  profile: (eventId: string) => api.get<Out<typeof MeetingProfile>>(`${base(eventId)}/profile`),
  saveProfile: (eventId: string, body: MeetingProfileBody) =>
    api.put<Out<typeof MeetingProfile>>(`${base(eventId)}/profile`, body),
  setAvailability: (eventId: string, slotIds: string[]) =>
    api.put<Out<typeof MeetingProfile>>(`${base(eventId)}/availability`, { slotIds }),
  participants: (eventId: string, filters: ParticipantFilters) =>
    api.get<Out<typeof MeetingParticipantList>>(`${base(eventId)}/participants${queryString(filters)}`),
  requests: (eventId: string) => api.get<Out<typeof MeetingList>>(`${base(eventId)}/requests`),
  request: (eventId: string, recipientId: string, message: string) =>
    api.post<MeetingView>(`${base(eventId)}/requests`, { recipientId, message }),
  accept: (eventId: string, id: string, slotId?: string) =>
    api.post<MeetingView>(`${base(eventId)}/requests/${id}/accept`, slotId ? { slotId } : {}),
  decline: (eventId: string, id: string, reason: string) =>
    api.post<MeetingView>(`${base(eventId)}/requests/${id}/decline`, { reason }),
  cancel: (eventId: string, id: string) => api.post<MeetingView>(`${base(eventId)}/requests/${id}/cancel`),
  held: (eventId: string, id: string) => api.post<MeetingView>(`${base(eventId)}/requests/${id}/held`),
  agenda: (eventId: string) => api.get<Out<typeof MeetingList>>(`${base(eventId)}/agenda`),
  downloadAgenda: (eventId: string) => downloadFile(`${base(eventId)}/agenda.ics`, 'meetings.ics'),
  overview: (eventId: string) => api.get<Out<typeof MeetingsOverview>>(`${base(eventId)}/manage`),
  addSlot: (eventId: string, body: { startsAt: string; endsAt: string; tables: number; session: number }) =>
    api.post<Out<typeof MeetingSlot>>(`${base(eventId)}/manage/slots`, body),
  removeSlot: (eventId: string, slotId: string) => api.delete(`${base(eventId)}/manage/slots/${slotId}`),
  place: (eventId: string, id: string, body: { slotId: string; table?: number | null; locked: boolean }) =>
    api.put<MeetingView>(`${base(eventId)}/manage/meetings/${id}/place`, body),
  unlock: (eventId: string, id: string) => api.post<MeetingView>(`${base(eventId)}/manage/meetings/${id}/unlock`),
  setInterpreter: (eventId: string, id: string, interpreter: boolean) =>
    api.patch<MeetingView>(`${base(eventId)}/manage/meetings/${id}`, { interpreter }),
  run: (eventId: string) => api.post<Out<typeof ScheduleRunStats>>(`${base(eventId)}/manage/schedule`),
  publish: (eventId: string) => api.post<Out<typeof MeetingsOverview>>(`${base(eventId)}/manage/publish`),
};
