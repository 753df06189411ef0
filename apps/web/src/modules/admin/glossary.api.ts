import type {
  GlossaryConceptPage,
  GlossaryConcept as GlossaryConceptSchema,
  Out,
  TryGlossaryResult,
} from '@innobridge/contracts';
import { api, queryString } from '../../shared/api-client.js';

export type GlossaryConcept = Out<typeof GlossaryConceptSchema>;
export type GlossaryTerms = GlossaryConcept['terms'];
export type FoundConcept = Out<typeof TryGlossaryResult>['found'][number];
export type GlossaryFilter = { q: string; area: string | undefined; retired: boolean };

const concept = (id: string) => `/glossary/concepts/${encodeURIComponent(id)}`;

export const glossaryKeys = {
  all: ['glossary'] as const,
  list: (filter: GlossaryFilter) => ['glossary', 'list', filter] as const,
};

export const glossaryApi = {
  list: (filter: GlossaryFilter, cursor: string | undefined) =>
    api.get<Out<typeof GlossaryConceptPage>>(
      `/glossary/concepts${queryString({
        q: filter.q,
        area: filter.area,
        retired: filter.retired ? 'true' : undefined,
        cursor,
        limit: 50,
      })}`,
    ),
  get: (id: string) => api.get<GlossaryConcept>(concept(id)),
  create: (body: { area: string | null; terms: GlossaryTerms }) =>
    api.post<GlossaryConcept>('/glossary/concepts', body),
  update: (id: string, body: { version: number; area: string | null; terms: GlossaryTerms }) =>
    api.patch<GlossaryConcept>(concept(id), body),
  retire: (id: string, version: number) => api.post<GlossaryConcept>(`${concept(id)}/retire`, { version }),
  restore: (id: string, version: number) => api.post<GlossaryConcept>(`${concept(id)}/restore`, { version }),
  tryText: (text: string) => api.post<Out<typeof TryGlossaryResult>>('/glossary/try', { text }),
};
