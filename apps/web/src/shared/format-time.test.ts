import { loadWebMessages } from '@innobridge/i18n/web';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Translate, timeFormat } from './format-time.js';

// 07:42 UTC: 10:42 in Moscow, 15:42 in Beijing.
const MESSAGE_AT = '2026-12-03T07:42:00.000Z';
// The end of 10 December 2026, a Beijing working day (23:59:59.999 at UTC+8), as the API computes it.
const BEIJING_DEADLINE = '2026-12-10T15:59:59.999Z';
const MOSCOW_DEADLINE = '2026-12-10T20:59:59.999Z';

const TAGS = { ru: 'ru', zh: 'zh-CN', en: 'en' } as const;
let translators: Record<keyof typeof TAGS, Translate>;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: {
      en: { app: await loadWebMessages('en', 'app') },
      ru: { app: await loadWebMessages('ru', 'app') },
      zh: { app: await loadWebMessages('zh', 'app') },
    },
    defaultNS: 'app',
    interpolation: { escapeValue: false },
  });
  translators = {
    ru: (key, params) => i18n.getFixedT('ru', 'app')(key, params),
    zh: (key, params) => i18n.getFixedT('zh', 'app')(key, params),
    en: (key, params) => i18n.getFixedT('en', 'app')(key, params),
  };
});
const format = (locale: keyof typeof TAGS, zone: string) => timeFormat(TAGS[locale], zone, translators[locale]);

describe('an instant', () => {
  it('reads in each side’s own zone, with that zone named, in the reader’s language', () => {
    expect(format('ru', 'Europe/Moscow').instant(MESSAGE_AT)).toBe('3 дек. 2026 г., 10:42 GMT+3');
    expect(format('zh', 'Asia/Shanghai').instant(MESSAGE_AT)).toBe('2026年12月3日 GMT+8 15:42');
    expect(format('en', 'Europe/Moscow').instant(MESSAGE_AT)).toBe('Dec 3, 2026, 10:42 AM GMT+3');
    expect(format('en', 'UTC').instant(MESSAGE_AT)).toBe('Dec 3, 2026, 7:42 AM UTC');
    expect(format('en', 'UTC').instant(null)).toBe('—');
  });

  it('names the zone in full and gives UTC in the tooltip', () => {
    expect(format('en', 'Europe/Moscow').instantDetail(MESSAGE_AT)).toBe(
      'Dec 3, 2026, 10:42 AM Moscow Standard Time · Dec 3, 2026, 7:42 AM UTC',
    );
    expect(format('zh', 'Asia/Shanghai').instantDetail(MESSAGE_AT)).toContain('中国标准时间');
    expect(format('ru', 'Europe/Moscow').instantDetail(MESSAGE_AT)).toContain('Москва, стандартное время');
    expect(format('en', 'UTC').instantDetail(MESSAGE_AT)).toBe('Dec 3, 2026, 7:42 AM Coordinated Universal Time');
  });
});

describe('a deadline', () => {
  it('says whose working day it ends, and the reader’s own time when their clock differs', () => {
    expect(format('zh', 'Asia/Shanghai').deadline(BEIJING_DEADLINE, 'CN')).toBe(
      '北京工作日 2026年12月10日 结束前（GMT+8 23:59）',
    );
    expect(format('ru', 'Europe/Moscow').deadline(BEIJING_DEADLINE, 'CN')).toBe(
      'до конца рабочего дня 10 дек. 2026 г. по Пекину (23:59 GMT+8; у вас 10 дек. 2026 г., 18:59 GMT+3)',
    );
    expect(format('en', 'Europe/Moscow').deadline(MOSCOW_DEADLINE, 'RU')).toBe(
      'by the end of Dec 10, 2026, a Moscow working day (11:59 PM GMT+3)',
    );
    expect(format('en', 'Asia/Shanghai').deadline(MOSCOW_DEADLINE, 'RU')).toBe(
      'by the end of Dec 10, 2026, a Moscow working day (11:59 PM GMT+3; Dec 11, 2026, 4:59 AM GMT+8 for you)',
    );
    expect(format('zh', 'Asia/Shanghai').deadline(MOSCOW_DEADLINE, 'RU')).toBe(
      '莫斯科工作日 2026年12月10日 结束前（GMT+3 23:59；您的时间 2026年12月11日 GMT+8 04:59）',
    );
  });

  it('fits a table cell in few words', () => {
    expect(format('ru', 'Asia/Shanghai').deadlineShort(MOSCOW_DEADLINE, 'RU')).toBe(
      '10 дек. 2026 г., рабочий день Москвы',
    );
    expect(format('zh', 'Europe/Moscow').deadlineShort(BEIJING_DEADLINE, 'CN')).toBe('2026年12月10日，北京工作日');
    expect(format('en', 'Europe/Moscow').deadlineShort(null, 'CN')).toBe('—');
  });
});
