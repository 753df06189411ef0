import type { EventBody } from '@innobridge/contracts';

/**
 * Demo events, dated from the day the demo is seeded (`daysFrom`): a forum in Beijing with B2B
 * meetings, a technology-transfer session in Moscow, an online roadshow, and a past exhibition.
 */
export type DemoEvent = {
  daysFrom: number;
  days: number;
  body: Omit<EventBody, 'startsAt' | 'endsAt' | 'sessions'> & {
    from: string;
    to: string;
    sessions: {
      day: number;
      from: string;
      to: string;
      title: EventBody['title'];
      speakers: { name: Record<string, string>; affiliation?: Record<string, string> }[];
    }[];
  };
};

export const demoEvents: DemoEvent[] = [
  {
    daysFrom: 45,
    days: 2,
    body: {
      kind: 'forum',
      title: {
        zh: '中关村论坛·中俄科技合作专场',
        ru: 'Форум Чжунгуаньцунь: российско-китайская сессия',
        en: 'Zhongguancun Forum: Russian–Chinese session',
      },
      summary: {
        zh: '中俄科技企业、园区与投资机构面对面交流，设一对一商务对接会谈。',
        ru: 'Технологические компании, технопарки и инвесторы двух стран встречаются лично; деловые встречи один на один.',
        en: 'Technology companies, parks and investors from both countries meet in person, with one-to-one B2B meetings.',
      },
      format: 'hybrid',
      venue: {
        zh: '中关村国际创新中心',
        ru: 'Международный инновационный центр Чжунгуаньцунь',
        en: 'Zhongguancun International Innovation Centre',
      },
      place: 'CN-BJ-ZGC',
      onlineUrl: 'https://live.example.cn/zgc-forum',
      timeZone: 'Asia/Shanghai',
      from: '09:00',
      to: '18:00',
      capacity: 300,
      meetings: true,
      meetingMode: 'pick',
      sessions: [
        {
          day: 0,
          from: '09:00',
          to: '10:30',
          title: { zh: '开幕式与主旨演讲', ru: 'Открытие и пленарные доклады', en: 'Opening and keynotes' },
          speakers: [
            {
              name: { zh: '王伟', ru: 'Ван Вэй', en: 'Wang Wei' },
              affiliation: { zh: '中关村管委会', en: 'Zhongguancun Administrative Committee' },
            },
          ],
        },
        {
          day: 0,
          from: '11:00',
          to: '12:30',
          title: { zh: '新材料与电池技术', ru: 'Новые материалы и аккумуляторы', en: 'New materials and batteries' },
          speakers: [
            { name: { ru: 'Ирина Соколова', en: 'Irina Sokolova' }, affiliation: { ru: 'Технопарк «Сколково»' } },
          ],
        },
      ],
    },
  },
  {
    daysFrom: 20,
    days: 1,
    body: {
      kind: 'tech_transfer',
      title: {
        ru: 'Сессия трансфера технологий: медицина и биотех',
        zh: '技术转移对接会：医疗与生物技术',
        en: 'Technology-transfer session: medicine and biotech',
      },
      summary: {
        ru: 'Университеты Москвы представляют разработки, готовые к лицензированию, китайским партнёрам.',
        zh: '莫斯科高校向中国合作伙伴展示可供许可的科研成果。',
        en: 'Moscow universities present licensable research to Chinese partners.',
      },
      format: 'in_person',
      venue: { ru: 'Технопарк «Сколково», Большой бульвар, 42', en: 'Skolkovo Technopark, 42 Bolshoy Boulevard' },
      place: 'RU-MOW-SKO',
      onlineUrl: null,
      timeZone: 'Europe/Moscow',
      from: '10:00',
      to: '17:00',
      capacity: 80,
      meetings: false,
      meetingMode: 'pick',
      sessions: [
        {
          day: 0,
          from: '10:00',
          to: '11:30',
          title: { ru: 'Питч-сессия университетов', zh: '高校项目路演', en: 'University pitches' },
          speakers: [
            { name: { ru: 'Алексей Иванов', en: 'Alexey Ivanov' }, affiliation: { ru: 'МГУ имени М. В. Ломоносова' } },
          ],
        },
      ],
    },
  },
  {
    daysFrom: 10,
    days: 1,
    body: {
      kind: 'roadshow',
      title: {
        zh: '线上路演：俄罗斯工业软件',
        ru: 'Онлайн-роуд-шоу: российское промышленное ПО',
        en: 'Online roadshow: Russian industrial software',
      },
      summary: {
        zh: '五家俄罗斯工业软件企业面向中国制造企业在线路演。',
        ru: 'Пять российских разработчиков промышленного ПО представляют решения китайским производителям.',
        en: 'Five Russian industrial software makers present to Chinese manufacturers.',
      },
      format: 'online',
      venue: {},
      place: 'other',
      onlineUrl: 'https://meet.example.ru/roadshow',
      timeZone: 'Europe/Moscow',
      from: '11:00',
      to: '13:00',
      capacity: null,
      meetings: false,
      meetingMode: 'pick',
      sessions: [],
    },
  },
  {
    daysFrom: -30,
    days: 3,
    body: {
      kind: 'exhibition',
      title: {
        ru: 'Выставка «Иннопром. Китай»',
        zh: '中国国际工业博览会俄罗斯馆',
        en: 'Innoprom China: the Russian pavilion',
      },
      summary: {
        ru: 'Российский павильон на промышленной выставке.',
        zh: '工业博览会上的俄罗斯展馆。',
        en: 'The Russian pavilion at the industrial fair.',
      },
      format: 'in_person',
      venue: { zh: '上海国家会展中心', en: 'National Exhibition and Convention Center, Shanghai' },
      place: 'CN-SH',
      onlineUrl: null,
      timeZone: 'Asia/Shanghai',
      from: '09:30',
      to: '17:00',
      capacity: 500,
      meetings: false,
      meetingMode: 'pick',
      sessions: [],
    },
  },
];

/** A demo event's body, its days counted from `today` (a calendar day, YYYY-MM-DD). */
export function demoEventBody(event: DemoEvent, today: Date): EventBody {
  const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const { from, to, sessions, ...rest } = event.body;
  return {
    ...rest,
    startsAt: `${day(event.daysFrom)}T${from}`,
    endsAt: `${day(event.daysFrom + event.days - 1)}T${to}`,
    sessions: sessions.map((s) => ({
      title: s.title,
      startsAt: `${day(event.daysFrom + s.day)}T${s.from}`,
      endsAt: `${day(event.daysFrom + s.day)}T${s.to}`,
      speakers: s.speakers.map((p) => ({ name: p.name, affiliation: p.affiliation ?? {} })),
    })),
  };
}
