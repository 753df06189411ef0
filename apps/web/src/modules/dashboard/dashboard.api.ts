import type { Dashboard, Out } from '@innobridge/contracts';
import { api } from '../../shared/api-client.js';

export type DashboardView = Out<typeof Dashboard>;

export const dashboardKeys = { all: ['dashboard'] as const };

export const dashboardApi = {
  read: () => api.get<DashboardView>('/me/dashboard'),
};
