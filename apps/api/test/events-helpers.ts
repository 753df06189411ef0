import type { Session, TestApp } from './test-app.js';

/** A forum in Beijing on Beijing's clock, as an operator's form sends it. */
export const beijingForum = (over: Record<string, unknown> = {}) => ({
  kind: 'forum',
  title: { zh: '中关村论坛', ru: 'Форум Чжунгуаньцунь', en: 'Zhongguancun Forum' },
  summary: {
    zh: '中俄科技合作',
    ru: 'Российско-китайское технологическое сотрудничество',
    en: 'Russian–Chinese technology cooperation',
  },
  format: 'hybrid',
  venue: { zh: '中关村国际创新中心', en: 'Zhongguancun International Innovation Centre' },
  place: 'CN-BJ-ZGC',
  onlineUrl: 'https://live.example.cn/zgc',
  timeZone: 'Asia/Shanghai',
  startsAt: '2026-09-10T09:00',
  endsAt: '2026-09-11T18:00',
  capacity: 100,
  sessions: [
    {
      title: { zh: '开幕式', en: 'Opening' },
      startsAt: '2026-09-10T09:00',
      endsAt: '2026-09-10T10:30',
      speakers: [{ name: { zh: '王伟', en: 'Wang Wei' }, affiliation: { zh: '中关村管委会' } }],
    },
  ],
  ...over,
});

/** Creates an event as `as` and publishes it; answers its id. */
export async function publishedEvent(t: TestApp, as: Session, over: Record<string, unknown> = {}): Promise<string> {
  const created = await t.call('POST', '/api/v1/events', { as, body: beijingForum(over) });
  if (created.statusCode !== 201) throw new Error(`create: ${created.body}`);
  const id = created.json().id as string;
  const published = await t.call('POST', `/api/v1/events/${id}/publish`, { as });
  if (published.statusCode !== 200) throw new Error(`publish: ${published.body}`);
  return id;
}
