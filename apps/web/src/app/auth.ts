import type { Me, OperatorJurisdiction } from '@innobridge/contracts';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import { api, isApiError } from '../shared/api-client.js';

async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/me');
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

/** The signed-in person, or null for a visitor. */
export const meQuery = queryOptions({ queryKey: ['me'], queryFn: fetchMe, staleTime: 60_000 });

export function useMe(): { me: Me | null; isPending: boolean } {
  const { data, isPending } = useQuery(meQuery);
  return { me: data ?? null, isPending };
}

/** An administrator whose role applies: it waits until two-factor sign-in is on. */
export function isPlatformAdmin(me: Me | null): boolean {
  return !!me?.roles.some((grant) => grant.role === 'admin') && !me.twoFactor.required;
}

export function isOperator(me: Me | null): boolean {
  return !!me?.roles.some((grant) => grant.role === 'operator');
}

/** The jurisdictions whose queue this person works as an operator. */
export function operatorJurisdictionsOf(me: Me | null): OperatorJurisdiction[] {
  return (me?.roles ?? []).flatMap((grant) =>
    grant.role === 'operator' && grant.jurisdiction ? [grant.jurisdiction] : [],
  );
}

/** Cluster staff: operators of either side and platform administrators. */
export function isStaff(me: Me | null): boolean {
  return isOperator(me) || isPlatformAdmin(me);
}

/** Operators act on their own jurisdiction only; administrators on every one. */
export function actsForJurisdiction(me: Me | null, jurisdiction: OperatorJurisdiction | null | undefined): boolean {
  if (isPlatformAdmin(me)) return true;
  return !!jurisdiction && operatorJurisdictionsOf(me).includes(jurisdiction);
}

export function membershipOf(me: Me | null, organizationId: string) {
  return me?.memberships.find((membership) => membership.organizationId === organizationId) ?? null;
}

/** The organisation's own administrators, and platform administrators, edit it and manage its people. */
export function canManageOrganization(me: Me | null, organizationId: string): boolean {
  return membershipOf(me, organizationId)?.role === 'admin' || isPlatformAdmin(me);
}

/** Members see their colleagues; so do operators, who review organisations, and administrators. */
export function canSeeMembers(me: Me | null, organizationId: string): boolean {
  return !!membershipOf(me, organizationId) || isPlatformAdmin(me) || isOperator(me);
}

/** Route guard: sends visitors to the sign-in page and brings them back afterwards. */
export async function requireSignedIn({
  context,
  location,
}: {
  context: { queryClient: QueryClient };
  location: { href: string };
}): Promise<{ me: Me }> {
  const me = await context.queryClient.ensureQueryData(meQuery);
  if (!me) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
  return { me };
}

/** Only same-site paths may be used as a destination after signing in. */
export function safeRedirectPath(value: string | undefined): string | undefined {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  return value;
}
