import { APPLICATION_STATES, type ApplicationState } from '@innobridge/contracts';
import { describe, expect, it } from 'vitest';
import {
  APPLICATION_TRANSITIONS,
  type ApplicationAction,
  canApplyStatusAction,
  nextState,
} from './registry.workflow.js';

describe('the application state machine', () => {
  it('follows the workflow draft → submitted → in review → info requested → in review → approved', () => {
    const path: [ApplicationAction, ApplicationState][] = [
      ['submit', 'submitted'],
      ['take', 'in_review'],
      ['request_info', 'info_requested'],
      ['answer', 'in_review'],
      ['approve', 'approved'],
    ];
    let state: ApplicationState = 'draft';
    for (const [action, expected] of path) {
      const next = nextState(action, state);
      expect(next, `${action} from ${state}`).toBe(expected);
      state = next as ApplicationState;
    }
  });

  it('allows nothing out of a decided or withdrawn application', () => {
    for (const done of ['approved', 'rejected', 'withdrawn'] as const) {
      for (const action of Object.keys(APPLICATION_TRANSITIONS) as ApplicationAction[]) {
        expect(nextState(action, done), `${action} from ${done}`).toBeNull();
      }
    }
  });

  it('decides only an application under review', () => {
    for (const state of APPLICATION_STATES) {
      expect(nextState('approve', state) !== null).toBe(state === 'in_review');
      expect(nextState('reject', state) !== null).toBe(state === 'in_review');
    }
  });

  it('lets only the applicant submit, answer and withdraw, and only the operator take, ask and decide', () => {
    const by = Object.fromEntries(Object.entries(APPLICATION_TRANSITIONS).map(([a, t]) => [a, t.by]));
    expect(by).toEqual({
      submit: 'applicant',
      answer: 'applicant',
      withdraw: 'applicant',
      take: 'operator',
      request_info: 'operator',
      approve: 'operator',
      reject: 'operator',
    });
  });
});

describe('the status machine', () => {
  it('suspends and excludes members, reinstates only the suspended', () => {
    expect(canApplyStatusAction('suspend', 'participant')).toBe(true);
    expect(canApplyStatusAction('suspend', 'none')).toBe(false);
    expect(canApplyStatusAction('suspend', 'suspended')).toBe(false);
    expect(canApplyStatusAction('exclude', 'suspended')).toBe(true);
    expect(canApplyStatusAction('exclude', 'applicant')).toBe(false);
    expect(canApplyStatusAction('reinstate', 'suspended')).toBe(true);
    expect(canApplyStatusAction('reinstate', 'excluded')).toBe(false);
  });
});

import { DEFAULT_SETTINGS, eligibility } from './registry.rules.js';

describe('eligibility', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const base = { status: 'none' as const, statusSince: null, hasOpenApplication: false, now };
  const settingsOf = (j: 'RU' | 'CN') => DEFAULT_SETTINGS[j];

  it('makes a Moscow organisation a participant and a Kazan one a partner, reviewed by the RU operator', () => {
    expect(eligibility({ ...base, jurisdiction: 'RU', city: 'Moscow' }, settingsOf)).toMatchObject({
      canApply: true,
      status: 'participant',
      reviewerJurisdictions: ['RU'],
    });
    expect(eligibility({ ...base, jurisdiction: 'RU', city: 'Казань' }, settingsOf)).toMatchObject({
      canApply: true,
      status: 'partner',
    });
  });

  it('makes a Zhongguancun organisation a participant and a Shenzhen one a partner, reviewed by the CN operator', () => {
    expect(eligibility({ ...base, jurisdiction: 'CN', city: 'Beijing · Haidian' }, settingsOf)).toMatchObject({
      status: 'participant',
      reviewerJurisdictions: ['CN'],
    });
    expect(eligibility({ ...base, jurisdiction: 'CN', city: '深圳' }, settingsOf)).toMatchObject({ status: 'partner' });
  });

  it('makes an organisation from elsewhere a partner, reviewed by the operator it chooses', () => {
    expect(eligibility({ ...base, jurisdiction: 'OTHER', city: 'Almaty' }, settingsOf)).toMatchObject({
      status: 'partner',
      reviewerJurisdictions: ['RU', 'CN'],
    });
    expect(
      eligibility({ ...base, jurisdiction: 'OTHER', city: 'Moscow', reviewerJurisdiction: 'CN' }, settingsOf),
    ).toMatchObject({ status: 'partner', reviewerJurisdictions: ['CN'] });
  });

  it('refuses members, open applications and the excluded during the waiting period', () => {
    expect(eligibility({ ...base, jurisdiction: 'RU', city: 'Moscow', status: 'participant' }, settingsOf).reason).toBe(
      'registry_already_member',
    );
    expect(
      eligibility({ ...base, jurisdiction: 'RU', city: 'Moscow', hasOpenApplication: true }, settingsOf).reason,
    ).toBe('application_open');
    expect(eligibility({ ...base, jurisdiction: 'RU', city: 'Moscow', status: 'suspended' }, settingsOf).reason).toBe(
      'status_not_applicable',
    );
    const excluded = {
      ...base,
      jurisdiction: 'RU' as const,
      city: 'Moscow',
      status: 'excluded' as const,
      statusSince: new Date('2026-02-01T00:00:00Z'),
    };
    expect(eligibility(excluded, settingsOf)).toMatchObject({
      canApply: false,
      reason: 'reapply_waiting',
      reapplyAfter: new Date('2026-08-01T00:00:00Z'),
    });
    expect(eligibility({ ...excluded, now: new Date('2026-08-01T00:00:00Z') }, settingsOf)).toMatchObject({
      canApply: true,
    });
  });
});
