import { type Token, tokenize } from './concept-index.js';

/**
 * The words of an opportunity's texts for the text similarity within a language (ADR 0024): Russian and
 * English words by their stems (abbreviations as written), Chinese by pairs of adjacent characters. The
 * words every opportunity writes (company, technology, partner; 公司, 技术, 合作) are left out: they
 * would make any two texts of one language alike. Keys carry a `~` so that they never meet a concept's id
 * in the frequencies.
 */

/** Stems of words that tell nothing about a technology (their forms are stemmed when the set is built). */
const GENERIC_WORDS = `
компания предприятие организация технология решение система разработка разработчик партнер партнёр
поиск ищем ищет нужен нужна нужно требуется предлагаем предлагает проект продукт услуга производство
производитель сотрудничество внедрение опыт год лет тыс млн млрд руб рублей россия российский россии
китай китайский московский москва также который которые наш наша наши свой своя более менее около весь
рынок клиент заказчик готов готовы можем может работа работаем использование применение объект этап
задача качество новый современный основа основе возможность интерес требование высокий низкий
company companies technology technologies solution solutions system systems develop developer
development partner partners seek seeking looking need needs require required offer offers provide
product products project service services production producer cooperation experience year years
million billion china chinese russia russian moscow beijing also which our we us their its can
will new based using use used work market customer client ready high low more less per about
including include plus any all other such well this that these those has have been be is are
`;

/** Pairs of Chinese characters that tell nothing about a technology. */
const GENERIC_BIGRAMS = new Set(
  `公司 企业 技术 合作 寻找 寻求 需要 我们 我司 提供 产品 项目 方案 解决 系统 开发 研发 生产 服务 应用
  用于 具有 能够 可以 希望 欢迎 要求 实现 进行 以及 相关 具备 经验 中国 俄罗斯 北京 莫斯科 国内 国际
  市场 客户 合作伙 伙伴 成熟 领域 行业 目前 已经 包括 主要 年产 万元 亿元 以上 以下 方式 能力 支持
  平台 征集 采购 供应 单位 工厂 设备 材料 工艺 质量 效率 成本 降低 提高 提升 数据`.split(/\s+/),
);

const HAN_RUN = /\p{Script=Han}+/gu;
let genericStems: Set<string> | undefined;

const stemsOf = (tokens: Token[]) => tokens.map((t) => t.caps ?? t.stem);

/** The text's keys with their counts. */
export function textTerms(texts: string[]): Map<string, number> {
  genericStems ??= new Set(stemsOf(tokenize(GENERIC_WORDS)));
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const text of texts) {
    for (const t of tokenize(text)) {
      if (genericStems.has(t.stem) || (!t.caps && t.stem.length < 3) || /^\d+$/.test(t.stem)) continue;
      // A short Russian stem joins unrelated words: its form is the key (it starts with ~ already).
      add(t.caps ? `~${t.caps}` : (t.form ?? `~${t.stem}`));
    }
    for (const run of text.match(HAN_RUN) ?? []) {
      for (let i = 0; i + 1 < run.length; i++) {
        const pair = run.slice(i, i + 2);
        if (!GENERIC_BIGRAMS.has(pair)) add(`~${pair}`);
      }
    }
  }
  return counts;
}
