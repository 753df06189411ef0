import type { ServiceBodyParsed } from '@innobridge/contracts';

/**
 * Support services of the demo: both operators' and three partners' (a Moscow university, a Moscow
 * investor, a Beijing fund), in one to three languages, with eligibility rules and forms. `provider`
 * is an operator's jurisdiction or a demo organisation's key; `draft` ones stay unpublished.
 */
export type DemoService = {
  provider: 'RU' | 'CN' | string;
  by: string;
  draft?: true;
  body: Omit<ServiceBodyParsed, 'providerId'>;
};

const team = {
  key: 'team_size',
  type: 'number' as const,
  label: { ru: 'Численность команды', zh: '团队人数', en: 'Team size' },
  required: true,
};
const goal = {
  key: 'goal',
  type: 'text' as const,
  label: { ru: 'Что вы хотите получить', zh: '您希望获得什么', en: 'What you want to achieve' },
  required: true,
};
const start = {
  key: 'start',
  type: 'date' as const,
  label: { ru: 'Желаемая дата начала', zh: '希望开始日期', en: 'Preferred start date' },
  required: false,
};

export const demoServices: DemoService[] = [
  {
    provider: 'RU',
    by: 'operatorRu',
    body: {
      category: 'soft_landing',
      title: {
        ru: 'Мягкая посадка в Москве для китайских технологических компаний',
        zh: '中国科技企业莫斯科软着陆服务',
        en: 'Soft landing in Moscow for Chinese technology companies',
      },
      description: {
        ru: 'Рабочие места в технопарке на три месяца, наставник из кластера, знакомство с заказчиками и помощь с открытием представительства.',
        zh: '科技园三个月办公工位、集群导师、对接潜在客户，并协助设立代表处。',
        en: 'Desks in a technopark for three months, a cluster mentor, introductions to customers and help opening a representative office.',
      },
      cost: { kind: 'free' },
      budget: null,
      deadlineDays: 10,
      rules: [
        { kind: 'status', statuses: ['participant', 'partner'] },
        { kind: 'jurisdiction', jurisdictions: ['CN'] },
        { kind: 'not_received_within', months: 24 },
      ],
      form: { fields: [team, goal, start] },
    },
  },
  {
    provider: 'RU',
    by: 'operatorRu',
    body: {
      category: 'grant_subsidy',
      title: { ru: 'Грант на совместные российско-китайские НИОКР', en: 'Grant for joint Russian–Chinese R&D' },
      description: {
        ru: 'До 5 млн рублей на совместный проект участника кластера с китайским партнёром; софинансирование не меньше 20 %.',
        en: 'Up to 5 million roubles for a joint project of a cluster participant with a Chinese partner; at least 20% co-financing.',
      },
      cost: { kind: 'free' },
      budget: { amount: 60_000_000, currency: 'RUB' },
      deadlineDays: 20,
      rules: [
        { kind: 'status', statuses: ['participant'] },
        { kind: 'jurisdiction', jurisdictions: ['RU'] },
        { kind: 'age', minMonths: 1 },
      ],
      form: {
        fields: [
          goal,
          { ...team, key: 'researchers', label: { ru: 'Число исследователей', zh: '研究人员人数', en: 'Researchers' } },
        ],
      },
    },
  },
  {
    provider: 'RU',
    by: 'operatorRu',
    body: {
      category: 'legal',
      title: {
        ru: 'Юридическая проверка контракта с китайским партнёром',
        zh: '与中方合作伙伴合同的法律审查',
        en: 'Legal review of a contract with a Chinese partner',
      },
      description: {
        ru: 'Юристы кластера проверяют проект контракта, условия об арбитраже и валютные оговорки.',
        zh: '集群律师审查合同草案、仲裁条款和外汇条款。',
        en: 'The cluster’s lawyers review the draft contract, its arbitration clause and currency terms.',
      },
      cost: { kind: 'fixed', amount: 30_000, currency: 'RUB' },
      budget: null,
      deadlineDays: 7,
      rules: [{ kind: 'status', statuses: ['participant', 'partner'] }],
      form: { fields: [goal] },
    },
  },
  {
    provider: 'RU',
    by: 'operatorRu',
    body: {
      category: 'export_support',
      title: {
        ru: 'Выставочный стенд кластера на CIIE в Шанхае',
        en: 'A place on the cluster’s stand at CIIE in Shanghai',
      },
      description: {
        ru: 'Место на коллективном стенде, перевод материалов и деловая программа.',
        en: 'A place on the joint stand, translated materials and a business programme.',
      },
      cost: { kind: 'quote' },
      budget: null,
      deadlineDays: 15,
      rules: [{ kind: 'jurisdiction', jurisdictions: ['RU'] }],
      form: { fields: [goal] },
    },
  },
  {
    provider: 'CN',
    by: 'operatorCn',
    body: {
      category: 'soft_landing',
      title: {
        zh: '俄罗斯企业中关村软着陆',
        ru: 'Мягкая посадка в Чжунгуаньцуне для российских компаний',
        en: 'Soft landing in Zhongguancun for Russian companies',
      },
      description: {
        zh: '中关村孵化器工位、工商注册指导和投资人对接。',
        ru: 'Рабочие места в инкубаторе, помощь с регистрацией компании и встречи с инвесторами.',
        en: 'Incubator desks, help registering a company and meetings with investors.',
      },
      cost: { kind: 'free' },
      budget: null,
      deadlineDays: 10,
      rules: [
        { kind: 'status', statuses: ['participant', 'partner'] },
        { kind: 'jurisdiction', jurisdictions: ['RU'] },
      ],
      form: { fields: [team, goal] },
    },
  },
  {
    provider: 'CN',
    by: 'operatorCn',
    body: {
      category: 'ip',
      title: { zh: '中国专利申请辅导', en: 'Guidance on filing a patent in China' },
      description: {
        zh: '专利代理人评估可专利性并指导向国家知识产权局提交申请。',
        en: 'A patent attorney assesses patentability and guides the filing with CNIPA.',
      },
      cost: { kind: 'fixed', amount: 8_000, currency: 'CNY' },
      budget: null,
      deadlineDays: 10,
      rules: [{ kind: 'status', statuses: ['participant', 'partner'] }],
      form: { fields: [goal] },
    },
  },
  {
    provider: 'CN',
    by: 'operatorCn',
    body: {
      category: 'translation',
      title: { zh: '技术文件中俄互译', ru: 'Перевод технической документации с китайского и на китайский' },
      description: {
        zh: '由具备行业背景的译员翻译技术文件，每页按报价计费。',
        ru: 'Перевод технической документации переводчиками с отраслевым опытом; цена по запросу за страницу.',
      },
      cost: { kind: 'quote' },
      budget: null,
      deadlineDays: 5,
      rules: [],
      form: { fields: [goal] },
    },
  },
  {
    provider: 'CN',
    by: 'operatorCn',
    body: {
      category: 'certification',
      title: { zh: '中国强制性产品认证（CCC）咨询', en: 'China Compulsory Certification (CCC) advice' },
      description: {
        zh: '确定产品是否需要CCC认证并准备申请材料。',
        en: 'Whether a product needs CCC certification, and the application file.',
      },
      cost: { kind: 'fixed', amount: 12_000, currency: 'CNY' },
      budget: null,
      deadlineDays: 15,
      rules: [{ kind: 'organization_type', types: ['company', 'startup', 'corporation'] }],
      form: { fields: [goal] },
    },
  },
  {
    provider: 'moscowEngineering',
    by: 'smirnova',
    body: {
      category: 'testing_ground',
      title: { ru: 'Испытательный полигон для мобильных роботов', en: 'Testing ground for mobile robots' },
      description: {
        ru: 'Площадка 2000 м² с разметкой, препятствиями и системой захвата движения; до пяти дней испытаний.',
        en: 'A 2,000 m² site with markings, obstacles and motion capture; up to five days of tests.',
      },
      cost: { kind: 'fixed', amount: 150_000, currency: 'RUB' },
      budget: null,
      deadlineDays: 10,
      rules: [{ kind: 'areas', areas: ['manufacturing'] }],
      form: { fields: [goal, start] },
    },
  },
  {
    provider: 'northernBridge',
    by: 'ivanov',
    body: {
      category: 'financing',
      title: { ru: 'Посевные инвестиции в медицинские технологии', en: 'Seed investment in medical technology' },
      description: {
        ru: 'Инвестиции до 30 млн рублей в стартапы медицинских технологий с китайскими партнёрами.',
        en: 'Up to 30 million roubles for medtech startups with Chinese partners.',
      },
      cost: { kind: 'free' },
      budget: null,
      deadlineDays: 20,
      rules: [
        { kind: 'organization_type', types: ['startup'] },
        { kind: 'areas', areas: ['medtech'] },
        { kind: 'age', maxMonths: 60 },
      ],
      form: { fields: [team, goal] },
    },
  },
  {
    provider: 'silkRoadFund',
    by: 'chen',
    body: {
      category: 'financing',
      title: { zh: '中俄先进材料联合投资', en: 'Joint investment in advanced materials' },
      description: {
        zh: '为中俄先进材料项目提供股权投资，单个项目最高1000万元。',
        en: 'Equity for Russian–Chinese advanced materials projects, up to 10 million yuan each.',
      },
      cost: { kind: 'free' },
      budget: null,
      deadlineDays: 20,
      rules: [
        { kind: 'status', statuses: ['participant', 'partner'] },
        { kind: 'areas', areas: ['materials'] },
        { kind: 'employees', max: 250 },
      ],
      form: { fields: [team, goal] },
    },
  },
  {
    provider: 'RU',
    by: 'operatorRu',
    draft: true,
    body: {
      category: 'other',
      title: { ru: 'Стажировка инженеров в Пекине (готовится)' },
      description: { ru: 'Программа на весну: описание готовится.' },
      cost: { kind: 'free' },
      budget: null,
      deadlineDays: 10,
      rules: [],
      form: { fields: [] },
    },
  },
];
