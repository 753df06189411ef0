import type {
  Out,
  ServiceCard,
  ServicePage,
  ServiceProviderList,
  Service as ServiceSchema,
} from '@innobridge/contracts';
import { api, queryString } from '../../shared/api-client.js';

export type ServiceView = Out<typeof ServiceSchema>;
export type ServiceCardView = Out<typeof ServiceCard>;
export type ServicePageView = Out<typeof ServicePage>;
export type ProviderView = Out<typeof ServiceProviderList>['items'][number];

/** What the catalogue's address keeps: the search, the filters, and the organisation to judge for. */
export type CatalogueFilters = {
  q?: string;
  category?: string;
  provider?: string;
  jurisdiction?: 'RU' | 'CN' | 'OTHER';
  language?: 'ru' | 'zh' | 'en';
  cost?: 'free' | 'fixed' | 'quote';
  organization?: string;
  eligible?: '1';
};

export const servicesKeys = {
  all: ['services'] as const,
  catalogue: (filters: CatalogueFilters) => ['services', 'catalogue', filters] as const,
  one: (id: string) => ['services', 'one', id] as const,
  providers: ['services', 'providers'] as const,
};

export const servicesApi = {
  catalogue: (filters: CatalogueFilters, cursor: string | undefined) =>
    api.get<ServicePageView>(`/services${queryString({ ...filters, cursor, limit: 20 })}`),
  one: (id: string) => api.get<ServiceView>(`/services/${encodeURIComponent(id)}`),
  providers: () => api.get<Out<typeof ServiceProviderList>>('/service-providers'),
};
