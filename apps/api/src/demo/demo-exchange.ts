import type { OpportunityBody } from '@innobridge/contracts';

/** A demo opportunity: its organisation (by demo key), its state, and what its owner wrote. */
export type DemoOpportunity = {
  key: string;
  organizationKey: string;
  /** Published by the organisation's operator, or left for moderation / as a draft. */
  state: 'published' | 'submitted' | 'draft';
  body: Omit<OpportunityBody, 'organizationId'>;
};

export const demoOpportunities: DemoOpportunity[] = [
  {
    key: 'batteryRecycling',
    organizationKey: 'vtorLitiy',
    state: 'published',
    body: {
      type: 'technology_offer',
      title: {
        ru: 'Гидрометаллургическая переработка литий-ионных аккумуляторов',
        zh: '锂离子电池湿法冶金回收技术',
        en: 'Hydrometallurgical recycling of lithium-ion batteries',
      },
      summary: {
        ru: 'Извлечение лития, никеля и кобальта из отработанных аккумуляторов электромобилей с выходом более 95%.',
        zh: '从新能源汽车退役电池中回收锂、镍、钴，回收率超过95%。',
        en: 'Recovery of lithium, nickel and cobalt from spent electric-vehicle batteries at over 95% yield.',
      },
      description: {
        ru: 'Пилотная линия мощностью 2 000 т в год работает в Зеленограде. Предлагаем лицензию или совместное предприятие для линии в Китае.',
        zh: '年处理能力2000吨的中试线已在泽列诺格勒运行。可提供技术许可或在中国合资建线。',
        en: 'A 2,000-tonne-a-year pilot line runs in Zelenograd. We offer a licence or a joint venture for a line in China.',
      },
      areas: ['energy.battery-recycling', 'materials.battery-materials'],
      trl: 7,
      ipStatus: 'patented',
      cooperationForms: ['licence', 'joint_venture'],
      targetCountries: ['CN'],
    },
  },
  {
    key: 'gripperRobots',
    organizationKey: 'roboprivod',
    state: 'published',
    body: {
      type: 'business_offer',
      title: {
        ru: 'Сервоприводы и захваты для промышленных роботов — поставки в Китай',
        zh: '工业机器人伺服驱动与夹爪——寻求中国分销商',
        en: 'Servo drives and grippers for industrial robots — distribution in China',
      },
      summary: {
        ru: 'Ищем дистрибьютора сервоприводов и адаптивных захватов для рынка Китая.',
        zh: '为伺服驱动器和自适应夹爪寻找中国市场分销合作伙伴。',
        en: 'Looking for a distributor of our servo drives and adaptive grippers for the Chinese market.',
      },
      areas: ['manufacturing.industrial-robots', 'manufacturing.automation'],
      trl: 9,
      cooperationForms: ['distribution'],
      targetCountries: ['CN'],
    },
  },
  {
    key: 'coatingsRnd',
    organizationKey: 'nskMaterials',
    state: 'published',
    body: {
      type: 'rd_partner_search',
      title: {
        ru: 'Совместные исследования износостойких покрытий для лопаток турбин',
        en: 'Joint research on wear-resistant coatings for turbine blades',
      },
      summary: {
        ru: 'Ищем партнёра с опытом плазменного напыления для совместной программы НИОКР на три года.',
        en: 'Looking for a partner experienced in plasma spraying for a three-year joint R&D programme.',
      },
      areas: ['materials.ceramics-glass', 'aerospace.aviation'],
      trl: 4,
      ipStatus: 'know_how',
      cooperationForms: ['joint_rnd'],
      targetCountries: ['CN', 'RU'],
    },
  },
  {
    key: 'visionInspection',
    organizationKey: 'vizium',
    state: 'published',
    body: {
      type: 'investment_raising',
      title: {
        ru: 'Визиум: машинное зрение для контроля качества — раунд A',
        zh: '维视智能：质量检测机器视觉——A轮融资',
        en: 'Vizium: machine vision for quality inspection — Series A',
      },
      summary: {
        ru: 'Привлекаем инвестиции для выхода на заводы Китая; 40 внедрений в России.',
        zh: '为进入中国工厂市场寻求投资；已在俄罗斯完成40个项目落地。',
        en: 'Raising to enter Chinese factories; 40 deployments in Russia.',
      },
      areas: ['manufacturing.machine-vision', 'ict.computer-vision'],
      trl: 8,
      cooperationForms: ['investment'],
      targetCountries: ['CN'],
      amount: { min: 150_000_000_00, max: 250_000_000_00, currency: 'RUB' },
    },
  },
  {
    key: 'batteryRequest',
    organizationKey: 'guli',
    state: 'published',
    body: {
      type: 'technology_request',
      title: {
        zh: '寻求新能源汽车电池回收技术',
        ru: 'Ищем технологию переработки аккумуляторов электромобилей',
        en: 'Seeking battery recycling technology for new-energy vehicles',
      },
      summary: {
        zh: '合肥工厂计划建设退役动力电池回收产线，寻求成熟的湿法冶金工艺。',
        ru: 'Завод в Хэфэе планирует линию переработки отработанных тяговых аккумуляторов и ищет отработанную гидрометаллургическую технологию.',
        en: 'Our Hefei plant plans a line for spent traction batteries and seeks a proven hydrometallurgical process.',
      },
      areas: ['energy.battery-recycling'],
      trl: 6,
      cooperationForms: ['licence', 'joint_venture'],
      targetCountries: ['RU'],
      deadline: '2027-06-30',
    },
  },
  {
    key: 'warehouseRobots',
    organizationKey: 'lingqing',
    state: 'published',
    body: {
      type: 'technology_offer',
      title: {
        zh: '仓储物流自主移动机器人',
        en: 'Autonomous mobile robots for warehouse logistics',
      },
      summary: {
        zh: '激光导航AMR，载重1吨，已在300多个仓库部署，寻求俄罗斯集成商。',
        en: 'Laser-navigated AMRs carrying up to one tonne, deployed in over 300 warehouses; seeking integrators in Russia.',
      },
      areas: ['logistics.warehouse-automation', 'manufacturing.service-robots'],
      trl: 9,
      ipStatus: 'patented',
      cooperationForms: ['distribution', 'pilot'],
      targetCountries: ['RU', 'KZ'],
    },
  },
  {
    key: 'medicalAi',
    organizationKey: 'shiheng',
    state: 'published',
    body: {
      type: 'pilot_request',
      title: {
        zh: '医学影像AI辅助诊断——寻求俄罗斯医院试点',
        ru: 'ИИ для анализа медицинских изображений — ищем клинику для пилота',
        en: 'AI for medical imaging — seeking a hospital for a pilot',
      },
      summary: {
        zh: '肺结节CT辅助诊断系统，已获NMPA三类证，希望在莫斯科医院开展临床试点。',
        ru: 'Система поддержки диагностики узлов в лёгких по КТ с регистрацией NMPA класса III; ищем московскую клинику для пилота.',
        en: 'Lung-nodule CT decision support with NMPA class III clearance; looking for a Moscow hospital for a pilot.',
      },
      areas: ['medtech.medical-ai', 'medtech.imaging'],
      trl: 8,
      cooperationForms: ['pilot'],
      targetCountries: ['RU'],
    },
  },
  {
    key: 'chargingChallenge',
    organizationKey: 'shenchi',
    state: 'published',
    body: {
      type: 'corporate_challenge',
      title: {
        zh: '极寒地区电动汽车快速充电挑战',
        ru: 'Вызов: быстрая зарядка электромобилей в условиях сильных морозов',
        en: 'Challenge: fast EV charging in extreme cold',
      },
      summary: {
        zh: '寻求零下30度环境下电池快速预热与充电方案。',
        ru: 'Ищем решения для быстрого подогрева и зарядки батареи при −30 °C.',
        en: 'Looking for solutions that preheat and fast-charge batteries at −30 °C.',
      },
      offer: {
        zh: '入选团队可获得整车测试平台、联合开发合同及首批采购订单。',
        ru: 'Отобранные команды получат испытательную платформу, договор на совместную разработку и первый заказ.',
        en: 'Selected teams get a vehicle test platform, a joint development contract and a first order.',
      },
      areas: ['transport.charging', 'transport.ev-powertrain'],
      cooperationForms: ['joint_rnd', 'pilot'],
      targetCountries: ['RU'],
      deadline: '2027-03-31',
    },
  },
  {
    key: 'fundThesis',
    organizationKey: 'silkRoadFund',
    state: 'published',
    body: {
      type: 'investor_thesis',
      title: {
        zh: '丝路科技基金：硬科技早期投资方向',
        ru: 'Фонд «Шёлковый путь — технологии»: ранние инвестиции в технологические компании',
        en: 'Silk Road Tech Fund: early-stage deep-tech investment thesis',
      },
      summary: {
        zh: '投资A轮前后的新材料、机器人和医疗器械企业，单笔500万至3000万元人民币。',
        ru: 'Инвестируем в компании новых материалов, робототехники и медицинских изделий на стадии около раунда A: от 5 до 30 млн юаней.',
        en: 'We invest around Series A in new materials, robotics and medical devices: CNY 5–30 million per deal.',
      },
      areas: ['materials', 'manufacturing.industrial-robots', 'medtech'],
      cooperationForms: ['investment'],
      targetCountries: ['RU', 'CN'],
      amount: { min: 5_000_000_00, max: 30_000_000_00, currency: 'CNY' },
    },
  },
  {
    key: 'sensorsDraft',
    organizationKey: 'kremniy',
    state: 'submitted',
    body: {
      type: 'business_request',
      title: {
        ru: 'Контрактное производство МЭМС-датчиков давления',
        en: 'Contract manufacturing of MEMS pressure sensors',
      },
      summary: {
        ru: 'Ищем фабрику для выпуска 500 тыс. датчиков в год по нашей документации.',
        en: 'Looking for a fab to make 500,000 sensors a year to our design.',
      },
      areas: ['electronics.sensors-mems'],
      trl: 7,
      cooperationForms: ['contract_manufacturing'],
      targetCountries: ['CN'],
    },
  },
];

/** Demo interests: one accepted with a conversation under way, one waiting for an answer. */
export const demoInterests = [
  {
    opportunityKey: 'batteryRecycling',
    fromOrganizationKey: 'guli',
    senderKey: 'wang',
    message: '我们在合肥计划建设电池回收产线，希望了解贵公司湿法冶金技术的许可条件。',
    accept: true,
    messages: [
      { from: 'owner', body: 'Здравствуйте! Рады интересу. Готовы провести видеовстречу на следующей неделе.' },
      { from: 'sender', body: '好的，我们周三下午方便。请提前发送技术参数。' },
    ],
  },
  {
    opportunityKey: 'medicalAi',
    fromOrganizationKey: 'moscowEngineering',
    senderKey: 'smirnova',
    message: 'Наша университетская клиника готова обсудить пилот на базе отделения лучевой диагностики.',
    accept: false,
    messages: [],
  },
] as const;
