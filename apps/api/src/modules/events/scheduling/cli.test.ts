/**
 * `npm run schedule` as a person runs it: the command in a child process, its stdout, stderr and exit
 * status; the schedule it prints passes the independent checker.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type CheckedInstance, checkSchedule } from '../../../../test/schedule-checker.js';

const root = fileURLToPath(new URL('../../../../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'schedule-cli-'));
afterAll(() => {
  spawnSync('rm', ['-rf', dir]);
});

function run(args: string[]) {
  // npm's own lines ("> schedule …") are left out with --silent, so stdout holds the JSON alone.
  const child = spawnSync('npm', ['run', '--silent', 'schedule', '--', ...args], { cwd: root, encoding: 'utf8' });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const slot = (id: string, tables: number) => ({
  id,
  start: '2026-09-10T10:00:00+08:00',
  end: '2026-09-10T10:20:00+08:00',
  tables,
});

const instance = {
  slots: [slot('s1', 1), slot('s2', 2)],
  participants: [
    { id: 'p1', available: ['s1', 's2'], maxMeetings: 6 },
    { id: 'p2', available: ['s1', 's2'] },
    { id: 'p3', available: ['s2'] },
    { id: 'p4', available: ['s1'] },
  ],
  requests: [
    { id: 'm1', a: 'p1', b: 'p2', priority: 1, locked: { slot: 's1', table: 1 } },
    { id: 'm2', a: 'p1', b: 'p3', priority: 3 },
    { id: 'm3', a: 'p2', b: 'p3', priority: 2 },
    { id: 'm4', a: 'p3', b: 'p4' },
  ],
};

describe('npm run schedule', () => {
  it('prints the schedule as JSON on stdout and a summary on stderr', () => {
    const { status, stdout, stderr } = run([file('instance.json', instance), '--time-limit', '10']);
    expect(status).toBe(0);
    const schedule = JSON.parse(stdout);
    expect(checkSchedule(instance as CheckedInstance, schedule).errors).toEqual([]);
    // m2 and m3 both need p3 in s2, the heavier m2 wins; p3 and p4 share no slot, so m4 cannot be.
    expect(schedule).toMatchObject({
      meetings: [
        { request: 'm1', slot: 's1', table: 1 },
        { request: 'm2', slot: 's2', table: 1 },
      ],
      unscheduled: ['m3', 'm4'],
      stats: { scheduled: 2, upperBound: 4 },
    });
    expect(typeof schedule.stats.seconds).toBe('number');
    expect(stderr).toMatch(/scheduled 2 of 4 meetings, total priority 4; upper bound 4 .*gap 0\.00%/);
  });

  it('refuses an instance that contradicts itself: exit status 2, the conflict named, nothing on stdout', () => {
    const contradictory = structuredClone(instance);
    contradictory.requests[2] = { id: 'm3', a: 'p2', b: 'p3', priority: 2, locked: { slot: 's1', table: 1 } };
    const { status, stdout, stderr } = run([file('contradictory.json', contradictory)]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('requests "m1" and "m3" are both locked at table 1 in slot "s1"');
    expect(stderr).toContain('request "m3" is locked in slot "s1", where participant "p3" is not available');
  });

  it('says what is wrong with a file that is not JSON, not an instance, or not there', () => {
    const broken = run([file('broken.json', '{"slots": [')]);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toContain('is not valid JSON');

    const shapeless = run([file('shapeless.json', { slots: [{ id: 's1' }], participants: [], requests: [] })]);
    expect(shapeless.status).toBe(1);
    expect(shapeless.stdout).toBe('');
    expect(shapeless.stderr).toContain('is not a scheduling instance');
    expect(shapeless.stderr).toContain('tables');

    const missing = run([join(dir, 'missing.json')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read');

    const noFile = run([]);
    expect(noFile.status).toBe(1);
    expect(noFile.stderr).toContain('usage: npm run schedule');

    const badLimit = run([file('ok.json', instance), '--time-limit', 'soon']);
    expect(badLimit.status).toBe(1);
    expect(badLimit.stderr).toContain('--time-limit needs a positive number of seconds');
  });
});
