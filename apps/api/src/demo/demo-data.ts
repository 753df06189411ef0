import type { CreateOrganizationBody } from '@innobridge/contracts';
import { withCheckDigits } from '@innobridge/contracts';

/**
 * Demo data for a new installation: accounts and organisations of the Moscow–Zhongguancun cooperation.
 * Everything here is fictional. Legal identifiers are built from a body plus computed check digits,
 * so that they pass the same validation as real ones; a few organisations are deliberately written in
 * only two languages so that the interface's fallback marking can be seen.
 */

export type DemoAccount = {
  key: string;
  email: string;
  displayName: string;
  locale: 'ru' | 'zh' | 'en';
  roles: { role: 'operator' | 'board_member' | 'admin'; jurisdiction?: 'RU' | 'CN' }[];
};
export type DemoOrganization = { key: string; ownerKey: string; memberKeys?: string[]; body: CreateOrganizationBody };

export const DEMO_PASSWORD = 'innobridge-demo';

const DOMAIN = 'demo.innobridge.local';

export const demoAccounts: DemoAccount[] = [
  { key: 'admin', email: `admin@${DOMAIN}`, displayName: 'Emily Carter', locale: 'en', roles: [{ role: 'admin' }] },
  {
    key: 'operatorRu',
    email: `operator.ru@${DOMAIN}`,
    displayName: 'Елена Соколова',
    locale: 'ru',
    roles: [{ role: 'operator', jurisdiction: 'RU' }],
  },
  {
    key: 'operatorCn',
    email: `operator.cn@${DOMAIN}`,
    displayName: '李静',
    locale: 'zh',
    roles: [{ role: 'operator', jurisdiction: 'CN' }],
  },
  {
    key: 'board',
    email: `board@${DOMAIN}`,
    displayName: 'Михаил Орлов',
    locale: 'ru',
    roles: [{ role: 'board_member' }],
  },
  { key: 'ivanov', email: `ivanov@${DOMAIN}`, displayName: 'Алексей Иванов', locale: 'ru', roles: [] },
  { key: 'smirnova', email: `smirnova@${DOMAIN}`, displayName: 'Анна Смирнова', locale: 'ru', roles: [] },
  { key: 'kovalev', email: `kovalev@${DOMAIN}`, displayName: 'Дмитрий Ковалёв', locale: 'ru', roles: [] },
  { key: 'nurlanova', email: `nurlanova@${DOMAIN}`, displayName: 'Айгерим Нурланова', locale: 'ru', roles: [] },
  { key: 'wang', email: `wang@${DOMAIN}`, displayName: '王伟', locale: 'zh', roles: [] },
  { key: 'zhang', email: `zhang@${DOMAIN}`, displayName: '张丽', locale: 'zh', roles: [] },
  { key: 'chen', email: `chen@${DOMAIN}`, displayName: '陈浩', locale: 'zh', roles: [] },
];

export const demoOrganizations: DemoOrganization[] = [
  // ——— The two operators ———
  {
    key: 'moscowCluster',
    ownerKey: 'operatorRu',
    memberKeys: ['board'],
    body: {
      type: 'development_institution',
      jurisdiction: 'RU',
      place: 'RU-MOW',
      legalId: withCheckDigits('inn', '770412358'),
      name: {
        ru: 'Фонд «Московский инновационный кластер»',
        zh: '莫斯科创新集群基金会',
        en: 'Moscow Innovation Cluster Foundation',
      },
      shortDescription: {
        ru: 'Оператор платформы с российской стороны: связываем московские технологические компании с партнёрами в Китае.',
        zh: '平台俄方运营机构，帮助莫斯科科技企业对接中国合作伙伴。',
        en: "The platform's Russian operator, connecting Moscow technology companies with partners in China.",
      },
      description: {
        ru: 'Фонд создан городом для поддержки инновационного бизнеса и ведёт российскую часть сотрудничества с Чжунгуаньцунем. Мы рассматриваем заявки участников, сопровождаем переговоры и помогаем компаниям выйти на китайский рынок — от поиска партнёра до пилотного проекта. Партнёрский статус организациям присваивает совместный совет с китайской стороной.',
        zh: '基金会由莫斯科市政府设立，旨在扶持创新型企业，负责与中关村合作中的俄方事务。我们审核参与机构的申请，协助双方洽谈，并为企业进入中国市场提供从寻找伙伴到落地试点的全程支持。机构的合作伙伴身份由中俄双方共同组成的理事会审定。',
        en: 'Set up by the city to support innovative businesses, the foundation runs the Russian side of the cooperation with Zhongguancun. We review applications from participants, accompany negotiations and help companies enter the Chinese market, from finding a partner to running a pilot. Partner status is granted by a joint board with the Chinese side.',
      },
      products: {
        ru: 'Акселерационные программы, бизнес-миссии в Пекин, субсидии на пилотные внедрения, экспертиза проектов.',
        zh: '加速器项目、北京商务考察团、试点应用补贴以及项目评估服务。',
        en: 'Acceleration programmes, business missions to Beijing, grants for pilot deployments and project reviews.',
      },
      website: 'https://moscow-cluster.example',
    },
  },
  {
    key: 'zgcAdmin',
    ownerKey: 'operatorCn',
    body: {
      type: 'government_body',
      jurisdiction: 'CN',
      place: 'CN-BJ-HD',
      legalId: withCheckDigits('uscc', '11110108000078213'),
      name: {
        ru: 'Администрация научного парка Чжунгуаньцунь',
        zh: '中关村科技园区管理委员会',
        en: 'Zhongguancun Science Park Administrative Committee',
      },
      shortDescription: {
        ru: 'Оператор платформы с китайской стороны: курирует сотрудничество компаний Чжунгуаньцуня с российскими партнёрами.',
        zh: '平台中方运营机构，统筹中关村企业与俄罗斯伙伴的合作。',
        en: "The platform's Chinese operator, overseeing cooperation between Zhongguancun companies and Russian partners.",
      },
      description: {
        ru: 'Комитет управляет крупнейшим научно-технологическим парком Китая, где работают десятки тысяч высокотехнологичных компаний, ведущие университеты и исследовательские институты. На платформе он рассматривает заявки китайских участников, проводит встречи по подбору партнёров и помогает российским компаниям обосноваться в Пекине.',
        zh: '管委会负责中国规模最大的科技园区的管理与服务，园区汇聚了数万家高新技术企业以及众多知名高校和科研院所。在本平台上，管委会负责中方参与机构的审核、组织对接活动，并为落户北京的俄罗斯企业提供服务。',
        en: "The committee manages China's largest science park, home to tens of thousands of high-tech companies and leading universities and research institutes. On the platform it reviews Chinese applications, organises matchmaking events and helps Russian companies set up in Beijing.",
      },
      products: {
        ru: 'Льготные площади в инкубаторах парка, сопровождение регистрации компаний, отраслевые сессии по подбору партнёров.',
        zh: '园区孵化器优惠办公空间、企业注册落户服务、行业对接会。',
        en: "Subsidised space in the park's incubators, help with company registration and sector matchmaking sessions.",
      },
      website: 'https://zgc-admin.example',
    },
  },

  // ——— Russia ———
  {
    key: 'vtorLitiy',
    ownerKey: 'ivanov',
    body: {
      type: 'startup',
      jurisdiction: 'RU',
      place: 'RU-MOW',
      areas: ['energy.battery-recycling', 'materials.battery-materials'],
      legalId: withCheckDigits('ogrn', '121774648213'),
      name: { ru: 'ВторЛитий', zh: '沃托锂循环', en: 'VtorLithium' },
      shortDescription: {
        ru: 'Перерабатываем отслужившие тяговые батареи электромобилей и возвращаем литий, никель и кобальт в производство.',
        zh: '回收退役动力电池，提取锂、镍、钴并重新用于电池生产。',
        en: 'We recycle spent EV traction batteries and recover lithium, nickel and cobalt for new cells.',
      },
      description: {
        ru: 'Команда выросла из лаборатории гидрометаллургии и с 2021 года отрабатывает технологию на пилотной линии в Подмосковье. Наш процесс извлекает до 95 % лития без высокотемпературного обжига, поэтому расходует заметно меньше энергии. В Китае ищем поставщиков отработанных батарей и производителей катодных материалов, которым нужно вторичное сырьё.',
        zh: '团队源自一个湿法冶金实验室，自2021年起在莫斯科州的中试线上持续打磨工艺。我们的工艺无需高温焙烧，锂回收率可达95%，能耗显著降低。我们希望在中国找到退役电池供应方，以及需要再生原料的正极材料生产商。',
        en: 'The team grew out of a hydrometallurgy lab and has been refining its process on a pilot line outside Moscow since 2021. It recovers up to 95% of the lithium without high-temperature roasting, so it uses far less energy. In China we are looking for suppliers of spent batteries and for cathode-material makers who need recycled feedstock.',
      },
      products: {
        ru: 'Приём и разрядка батарей; карбонат лития, сульфаты никеля и кобальта батарейного качества.',
        zh: '电池回收与放电预处理服务；电池级碳酸锂及硫酸镍、硫酸钴。',
        en: 'Battery collection and discharge; battery-grade lithium carbonate and nickel and cobalt sulphates.',
      },
      website: 'https://vtorlitiy.example',
    },
  },
  {
    key: 'roboprivod',
    ownerKey: 'kovalev',
    body: {
      type: 'company',
      jurisdiction: 'RU',
      place: 'RU-KZN',
      areas: ['manufacturing.industrial-robots', 'manufacturing.automation'],
      legalId: withCheckDigits('inn', '165904217'),
      name: { ru: 'Робопривод', zh: '罗博驱动', en: 'Roboprivod' },
      shortDescription: {
        ru: 'Разрабатываем и выпускаем промышленных роботов для сварки и паллетирования.',
        zh: '研发和生产用于焊接和码垛的工业机器人。',
        en: 'We design and build industrial robots for welding and palletising.',
      },
      description: {
        ru: 'Завод в Казани выпускает шестиосевых роботов грузоподъёмностью от 6 до 210 кг и контроллеры собственной разработки; они работают на автомобильных и мебельных производствах Поволжья. Вместе с китайским партнёром хотим локализовать в России выпуск прецизионных редукторов, а со сварочными ячейками — выйти на рынки Центральной Азии.',
        zh: '公司位于喀山，生产负载6至210公斤的六轴机器人及自主研发的控制器，产品已应用于伏尔加河沿岸地区的汽车和家具工厂。我们希望与中国伙伴合作，在俄罗斯实现精密减速器的本地化生产，并将焊接工作站推向中亚市场。',
        en: 'Our Kazan plant builds six-axis robots with payloads from 6 to 210 kg, along with our own controllers, and they run in car and furniture factories across the Volga region. We want to localise precision gearbox production in Russia with a Chinese partner and take our welding cells to Central Asia.',
      },
      products: {
        ru: 'Роботы серии РП (6–210 кг), роботизированные сварочные ячейки, контроллер «РП-Контроль» с русскоязычным интерфейсом.',
        zh: 'RP系列工业机器人（负载6–210公斤）、机器人焊接工作站、带俄语界面的RP-Control控制器。',
        en: 'RP series robots (6–210 kg), robotic welding cells and the RP-Control controller with a Russian-language interface.',
      },
      website: 'https://roboprivod.example',
    },
  },
  {
    // Russian and English only: shows the fallback marking to Chinese readers.
    key: 'nskMaterials',
    ownerKey: 'smirnova',
    body: {
      type: 'research_institute',
      jurisdiction: 'RU',
      place: 'RU-NVS',
      areas: ['materials.ceramics-glass', 'aerospace.aviation'],
      legalId: withCheckDigits('ogrn', '102540321874'),
      name: { ru: 'Институт перспективных материалов и покрытий', en: 'Institute of Advanced Materials and Coatings' },
      shortDescription: {
        ru: 'Создаём керамические и композиционные материалы для работы в экстремальных условиях.',
        en: 'We develop ceramic and composite materials for extreme environments.',
      },
      description: {
        ru: 'Институт основан в Академгородке в 1998 году, в его лабораториях работают около 120 исследователей. Основные направления — износостойкие покрытия, высокотемпературная керамика и аддитивное производство металлических деталей. Ищем в Китае партнёров для совместных исследований и опытной проверки материалов на производстве.',
        en: 'Founded in Akademgorodok in 1998, the institute has about 120 researchers. Its main lines of work are wear-resistant coatings, high-temperature ceramics and additive manufacturing of metal parts. We are looking for Chinese partners for joint research and for production trials of our materials.',
      },
      products: {
        ru: 'Плазменное напыление покрытий по заказу, опытные партии керамических порошков, испытания материалов.',
        en: 'Contract plasma-spray coating, pilot batches of ceramic powders and materials testing.',
      },
    },
  },
  {
    key: 'moscowEngineering',
    ownerKey: 'smirnova',
    memberKeys: ['ivanov'],
    body: {
      type: 'university',
      jurisdiction: 'RU',
      place: 'RU-MOW',
      areas: ['manufacturing.additive', 'materials.composites'],
      legalId: withCheckDigits('inn', '771834562'),
      name: {
        ru: 'Московский университет инженерных технологий',
        zh: '莫斯科工程技术大学',
        en: 'Moscow University of Engineering Technologies',
      },
      shortDescription: {
        ru: 'Технический университет с сильными школами робототехники, энергетики и искусственного интеллекта.',
        zh: '一所在机器人、能源和人工智能领域实力突出的理工科大学。',
        en: 'A technical university with strong schools of robotics, energy and AI.',
      },
      description: {
        ru: 'У нас учатся около 14 000 студентов, из них более 600 — из Китая. Университет ведёт совместные магистерские программы с китайскими вузами и вместе с промышленными партнёрами открыл лабораторию накопителей энергии. Готовы к совместным грантам, стажировкам студентов и заказным исследованиям для компаний.',
        zh: '学校现有在校生约1.4万人，其中中国留学生600余人。我们与多所中国高校合办硕士项目，并与产业伙伴共建了储能实验室。欢迎开展联合科研、学生实习以及企业委托研究等合作。',
        en: 'About 14,000 students study here, more than 600 of them from China. We run joint master’s programmes with Chinese universities and have opened an energy-storage laboratory with industrial partners. We welcome joint grants, student internships and contract research for companies.',
      },
      products: {
        ru: 'Совместные магистерские программы, заказные НИОКР, центр коллективного пользования с электронной микроскопией.',
        zh: '中外合作硕士项目、委托研发、配备电子显微镜的共享测试中心。',
        en: 'Joint master’s programmes, contract R&D and a shared research facility with electron microscopy.',
      },
      website: 'https://mute-university.example',
    },
  },
  {
    key: 'northernBridge',
    ownerKey: 'ivanov',
    memberKeys: ['smirnova'],
    body: {
      type: 'investor',
      jurisdiction: 'RU',
      place: 'RU-MOW',
      areas: ['ict', 'medtech'],
      legalId: withCheckDigits('ogrn', '119774690531'),
      name: { ru: 'Венчурный фонд «Северный мост»', zh: '北桥创投基金', en: 'Northern Bridge Ventures' },
      shortDescription: {
        ru: 'Инвестируем в технологические компании, готовые работать и в России, и в Китае.',
        zh: '投资有志于同时开拓中俄两国市场的科技企业。',
        en: 'We invest in technology companies ready to work in both Russia and China.',
      },
      description: {
        ru: 'Фонд объёмом 3 млрд рублей инвестирует в компании от раунда A до стадии pre-IPO. Приоритетные отрасли — промышленная автоматизация, новые материалы, медицинская техника и логистика. Помогаем портфельным компаниям найти китайского соинвестора и стратегического партнёра.',
        zh: '基金规模30亿卢布，投资阶段覆盖A轮至Pre-IPO。重点关注工业自动化、新材料、医疗器械和物流领域。我们帮助被投企业在中国寻找联合投资方和战略合作伙伴。',
        en: 'The RUB 3 billion fund invests from Series A to pre-IPO. Its focus sectors are industrial automation, new materials, medical technology and logistics. We help portfolio companies find co-investors and strategic partners in China.',
      },
      products: {
        ru: 'Прямые инвестиции от 50 до 400 млн рублей, совместные сделки с китайскими фондами.',
        zh: '单笔投资5000万至4亿卢布，可与中国基金联合投资。',
        en: 'Equity investments of RUB 50–400 million and co-investment with Chinese funds.',
      },
      website: 'https://northern-bridge.example',
    },
  },
  {
    key: 'kremniy',
    ownerKey: 'kovalev',
    body: {
      type: 'corporation',
      jurisdiction: 'RU',
      place: 'RU-MOW-ZEL',
      areas: ['electronics.sensors-mems', 'electronics.power-electronics'],
      legalId: withCheckDigits('inn', '773541208'),
      name: { ru: 'Группа «Кремний-Системы»', zh: '硅系统集团', en: 'Kremniy Systems Group' },
      shortDescription: {
        ru: 'Разрабатываем и производим микросхемы управления питанием и датчики для промышленности и транспорта.',
        zh: '设计和制造面向工业和交通领域的电源管理芯片与传感器。',
        en: 'We design and make power-management chips and sensors for industry and transport.',
      },
      description: {
        ru: 'В группу входят дизайн-центр, фабрика с топологическими нормами до 180 нм и завод корпусирования в Зеленограде — всего более 2 500 сотрудников. Мы выпускаем силовую электронику для электротранспорта и датчики для систем умного города. С китайскими партнёрами обсуждаем поставки подложек, корпусирование и совместную разработку SiC-транзисторов.',
        zh: '集团旗下拥有设计中心、180纳米工艺晶圆厂和封装测试厂，均位于泽列诺格勒，员工超过2500人。产品包括用于电动交通的功率器件以及智慧城市传感器。目前正与中国伙伴洽谈衬底供应、封装合作以及碳化硅晶体管的联合研发。',
        en: 'The group comprises a design centre, a 180 nm fab and an assembly and test plant in Zelenograd, with more than 2,500 staff. It makes power electronics for electric transport and sensors for smart-city systems. With Chinese partners it is discussing substrate supply, packaging and joint development of SiC transistors.',
      },
      products: {
        ru: 'Микросхемы управления питанием, IGBT-модули, МЭМС-датчики давления, услуги корпусирования.',
        zh: '电源管理芯片、IGBT模块、MEMS压力传感器、封装代工服务。',
        en: 'Power-management ICs, IGBT modules, MEMS pressure sensors and packaging services.',
      },
      website: 'https://kremniy-systems.example',
    },
  },
  {
    key: 'nevamed',
    ownerKey: 'kovalev',
    body: {
      type: 'company',
      jurisdiction: 'RU',
      place: 'RU-SPE',
      areas: ['medtech.implants', 'medtech.surgical'],
      legalId: withCheckDigits('ogrn', '117784703962'),
      name: { ru: 'НеваМед', zh: '涅瓦医疗', en: 'NevaMed' },
      shortDescription: {
        ru: 'Производим портативные аппараты УЗИ с подсказками на основе ИИ для врачей первичного звена.',
        zh: '生产搭载AI辅助诊断的便携式超声设备，服务基层医生。',
        en: 'We make portable ultrasound scanners with AI guidance for primary-care doctors.',
      },
      description: {
        ru: 'Наши ультразвуковые сканеры подключаются к планшету и весят меньше 300 граммов. Нейросеть подсказывает врачу, как держать датчик, и отмечает подозрительные участки. Аппараты зарегистрированы в России и ЕАЭС; для китайского рынка ищем партнёра по регистрации в NMPA и локальной сборке.',
        zh: '公司总部位于圣彼得堡，生产可连接平板电脑、重量不足300克的超声扫描仪。内置神经网络可提示医生调整探头位置，并自动标记可疑区域。产品已在俄罗斯和欧亚经济联盟完成注册，现寻求中国合作伙伴，共同推进NMPA注册和本地化组装。',
        en: 'Based in St Petersburg, we make ultrasound scanners that plug into a tablet and weigh under 300 grams. A neural network guides the doctor’s hand on the probe and flags suspicious areas. The devices are registered in Russia and the EAEU; for China we are seeking a partner for NMPA registration and local assembly.',
      },
      products: {
        ru: 'Сканеры «НеваСкан L» и «НеваСкан C», облачный архив исследований, обучение медицинского персонала.',
        zh: 'NevaScan L与C系列超声扫描仪、云端影像存档、医护人员培训。',
        en: 'NevaScan L and C scanners, a cloud archive of examinations and staff training.',
      },
      website: 'https://nevamed.example',
    },
  },
  {
    key: 'vizium',
    ownerKey: 'ivanov',
    body: {
      type: 'startup',
      jurisdiction: 'RU',
      place: 'RU-MOW',
      areas: ['manufacturing.machine-vision', 'ict.computer-vision'],
      legalId: withCheckDigits('inn', '772705318'),
      name: { ru: 'Визиум', zh: '维视智能', en: 'Vizium' },
      shortDescription: {
        ru: 'Компьютерное зрение для контроля качества на производственных линиях.',
        zh: '面向生产线质量检测的计算机视觉方案。',
        en: 'Computer vision for quality inspection on production lines.',
      },
      description: {
        ru: 'Наши камеры и модели находят дефекты сварных швов, покраски и упаковки прямо на конвейере, не останавливая линию. Чтобы научить систему новому изделию, хватает пары сотен снимков и нескольких дней. Уже работаем на двух автозаводах и металлургическом комбинате, в Китае ищем интеграторов.',
        zh: '我们的相机和算法模型可在传送带上实时发现焊缝、喷涂和包装缺陷，无需停线。针对新产品，只需几百张图像、几天时间即可完成训练。系统已在两家汽车厂和一家钢铁联合企业投入使用，现寻找中国的系统集成商。',
        en: 'Our cameras and models spot defects in welds, paintwork and packaging right on the conveyor, without stopping the line. The system learns a new product in a few days from a couple of hundred images. We already run at two car plants and a steelworks and are looking for integrators in China.',
      },
      products: {
        ru: 'Программно-аппаратный комплекс «Визиум Инспект», разметка данных и дообучение моделей под заказ.',
        zh: '“Vizium Inspect”软硬件一体化检测系统，以及数据标注与模型定制训练服务。',
        en: 'The Vizium Inspect hardware and software system; data labelling and custom model training.',
      },
      website: 'https://vizium.example',
    },
  },
  {
    key: 'likhobory',
    ownerKey: 'smirnova',
    body: {
      type: 'development_institution',
      jurisdiction: 'RU',
      place: 'RU-MOW',
      areas: ['electronics', 'medtech'],
      legalId: withCheckDigits('ogrn', '115774677120'),
      name: { ru: 'Технопарк «Лихоборы»', zh: '利霍博雷科技园', en: 'Likhobory Technopark' },
      shortDescription: {
        ru: 'Технопарк на севере Москвы: производственные площади, лаборатории и офисы для технологических компаний.',
        zh: '位于莫斯科北部的科技园，为科技企业提供生产厂房、实验室和办公空间。',
        en: 'A technology park in the north of Moscow with production space, laboratories and offices for tech companies.',
      },
      description: {
        ru: 'На 85 000 м² работают более 90 резидентов — от стартапов в электронике до производителей медицинских изделий. Резиденты получают городские налоговые льготы, доступ к центру прототипирования и помощь с экспортом. Ждём китайские компании, которые открывают в Москве сборочное производство или R&D-центр.',
        zh: '园区面积8.5万平方米，入驻企业90余家，涵盖电子领域初创企业和医疗器械制造商等。入驻企业可享受莫斯科市税收优惠、使用原型制作中心，并获得出口支持。欢迎计划在莫斯科设立组装线或研发中心的中国企业入驻。',
        en: 'More than 90 residents, from electronics start-ups to medical device makers, work across 85,000 m². Residents get city tax incentives, access to a prototyping centre and export support. We welcome Chinese companies opening assembly or an R&D centre in Moscow.',
      },
      products: {
        ru: 'Аренда производственных и офисных помещений, центр прототипирования, чистые помещения класса ISO 7.',
        zh: '厂房和办公室租赁、原型制作中心、ISO 7级洁净室。',
        en: 'Production and office space to rent, a prototyping centre and ISO 7 clean rooms.',
      },
      website: 'https://likhobory-park.example',
    },
  },
  {
    key: 'rubiconPay',
    ownerKey: 'ivanov',
    body: {
      type: 'company',
      jurisdiction: 'RU',
      place: 'RU-MOW',
      areas: ['fintech.payments', 'fintech.trade-finance'],
      legalId: withCheckDigits('inn', '770345129'),
      name: { ru: 'Рубикон Пэй', zh: '卢比孔支付', en: 'Rubicon Pay' },
      shortDescription: {
        ru: 'Платёжная инфраструктура для расчётов между российскими и китайскими компаниями в рублях и юанях.',
        zh: '为中俄企业间的卢布和人民币结算提供支付基础设施。',
        en: 'Payment infrastructure for settlements in roubles and yuan between Russian and Chinese companies.',
      },
      description: {
        ru: 'Подключаем импортёров и экспортёров к банкам-партнёрам в обеих странах, берём на себя валютный контроль и сверку документов. Платёж по внешнеторговому контракту в среднем проходит за один-два рабочих дня. Для маркетплейсов и логистических операторов есть API.',
        zh: '我们将进出口企业接入两国的合作银行，并承担外汇合规审查和单据核对工作。一笔外贸合同付款平均1至2个工作日即可到账。电商平台和物流企业可通过API接入。',
        en: 'We connect importers and exporters to partner banks in both countries and handle currency control and document checks. A payment under a trade contract clears in one to two working days on average. Marketplaces and logistics operators can connect through our API.',
      },
      products: {
        ru: 'Личный кабинет для расчётов по ВЭД, API для платформ, проверка контрагентов.',
        zh: '外贸结算在线平台、面向平台企业的API、交易对手尽职调查。',
        en: 'An online account for trade settlements, an API for platforms and counterparty checks.',
      },
      website: 'https://rubicon-pay.example',
    },
  },

  // ——— China ———
  {
    key: 'guli',
    ownerKey: 'wang',
    body: {
      type: 'company',
      jurisdiction: 'CN',
      place: 'CN-HF',
      areas: ['energy.battery-recycling', 'energy.batteries'],
      legalId: withCheckDigits('uscc', '91340100MA2T4K7R3'),
      name: {
        ru: '«Гули Нью Энерджи» (Хэфэй)',
        zh: '合肥固锂新能源科技有限公司',
        en: 'Hefei Guli New Energy Technology Co., Ltd.',
      },
      shortDescription: {
        ru: 'Разрабатываем и производим полутвёрдотельные литиевые батареи для электромобилей и накопителей энергии.',
        zh: '专注于动力及储能用半固态锂电池的研发与制造。',
        en: 'We develop and manufacture semi-solid-state lithium batteries for EVs and energy storage.',
      },
      description: {
        ru: 'Компания основана в 2019 году; штаб-квартира и завод ячеек мощностью 4 ГВт·ч в год находятся в Хэфэе. Наши полутвёрдотельные ячейки дают 360 Вт·ч/кг и серийно поставляются нескольким производителям электромобилей. С российскими партнёрами хотим испытать батареи в сильные морозы и наладить в России сборку батарейных модулей.',
        zh: '公司成立于2019年，总部和生产基地位于合肥，已建成年产4GWh的电芯产线。半固态电芯能量密度达360Wh/kg，已为多家新能源汽车品牌批量供货。我们希望与俄罗斯伙伴合作开展极寒环境电池测试，并在俄罗斯建设电池包组装线。',
        en: 'Founded in 2019, the company has its headquarters and a 4 GWh-a-year cell plant in Hefei. Its semi-solid-state cells reach 360 Wh/kg and are supplied in volume to several EV brands. With Russian partners we want to test batteries in severe cold and set up battery-pack assembly in Russia.',
      },
      products: {
        ru: 'Полутвёрдотельные тяговые ячейки, модули и батарейные сборки; промышленные системы накопления энергии.',
        zh: '半固态动力电芯、模组与电池包，工商业储能系统。',
        en: 'Semi-solid-state traction cells, modules and packs; commercial energy-storage systems.',
      },
      website: 'https://guli-energy.example',
    },
  },
  {
    // Chinese and English only: shows the fallback marking to Russian readers.
    key: 'lingqing',
    ownerKey: 'wang',
    body: {
      type: 'startup',
      jurisdiction: 'CN',
      place: 'CN-SZ',
      areas: ['logistics.warehouse-automation', 'manufacturing.service-robots'],
      legalId: withCheckDigits('uscc', '91440300MA5H8P2C6'),
      name: { zh: '深圳灵擎机器人有限公司', en: 'Shenzhen Lingqing Robotics Co., Ltd.' },
      shortDescription: {
        zh: '为协作机器人和人形机器人提供一体化关节模组。',
        en: 'Integrated joint modules for collaborative and humanoid robots.',
      },
      description: {
        zh: '公司2022年成立于深圳，核心成员来自国内头部无人机和伺服电机企业。我们的关节模组将电机、谐波减速器、编码器和驱动器集成于一体，可大幅缩短整机厂商的开发周期。目前已完成A轮融资，正在拓展海外整机厂和科研院所客户。',
        en: 'Founded in Shenzhen in 2022 by engineers from leading Chinese drone and servo-motor makers. Our joint modules combine motor, harmonic reducer, encoder and driver in one unit, cutting development time for robot makers. We have closed a Series A round and are looking for robot makers and research customers abroad.',
      },
      products: {
        zh: 'LQ系列一体化关节（峰值扭矩20–300牛·米）、开发套件及ROS 2驱动。',
        en: 'LQ series integrated joints (20–300 N·m peak torque), developer kits and ROS 2 drivers.',
      },
      website: 'https://lingqing-robotics.example',
    },
  },
  {
    key: 'shiheng',
    ownerKey: 'chen',
    memberKeys: ['wang'],
    body: {
      type: 'company',
      jurisdiction: 'CN',
      place: 'CN-BJ-HD',
      areas: ['medtech.medical-ai', 'medtech.imaging'],
      legalId: withCheckDigits('uscc', '91110108MA01F3W8N'),
      name: { ru: '«Шихэн ИИ» (Пекин)', zh: '北京视衡智能科技有限公司', en: 'Beijing Shiheng AI Technology Co., Ltd.' },
      shortDescription: {
        ru: 'Платформа анализа дорожного движения и общественной безопасности в городах на основе больших визуальных моделей.',
        zh: '基于视觉大模型的城市交通与公共安全分析平台。',
        en: 'A platform for urban traffic and public-safety analytics built on large vision models.',
      },
      description: {
        ru: 'Компания основана в 2017 году в программном парке Чжунгуаньцуня, в команде разработки около 300 человек. Платформа подключается к камерам на перекрёстках, в реальном времени распознаёт заторы, ДТП и нарушения и сама подстраивает режимы светофоров. Система работает более чем в 20 городах Китая; для пилотных проектов ищем российские города и интеграторов.',
        zh: '公司成立于2017年，位于中关村软件园，研发团队约300人。平台接入路口摄像头，实时识别拥堵、事故和违法行为，并自动优化信号灯配时。系统已在国内20多个城市落地，希望与俄罗斯城市及系统集成商合作开展试点。',
        en: 'Founded in 2017 in the Zhongguancun Software Park, the company has an R&D team of about 300. The platform connects to intersection cameras, detects congestion, accidents and violations in real time and retunes traffic-light timing automatically. It runs in more than 20 Chinese cities, and we are looking for Russian cities and integrators for pilots.',
      },
      products: {
        ru: 'Платформа видеоаналитики дорожного движения, периферийные вычислительные модули, адаптивное управление светофорами.',
        zh: '城市交通视觉分析平台、边缘计算盒子、信号灯自适应控制系统。',
        en: 'A traffic video-analytics platform, edge computing boxes and adaptive traffic-signal control.',
      },
      website: 'https://shiheng-ai.example',
    },
  },
  {
    key: 'shenchi',
    ownerKey: 'wang',
    body: {
      type: 'corporation',
      jurisdiction: 'CN',
      place: 'CN-SH-PD',
      areas: ['transport.charging', 'transport.ev-powertrain'],
      legalId: withCheckDigits('uscc', '91310115MA1K3Y6D4'),
      name: {
        ru: 'Автомобильная группа «Шэньчи»',
        zh: '上海申驰新能源汽车集团有限公司',
        en: 'Shenchi New Energy Vehicle Group',
      },
      shortDescription: {
        ru: 'Автомобильная группа, которая разрабатывает, производит и продаёт электромобили и подключаемые гибриды.',
        zh: '集整车研发、制造和销售于一体的新能源汽车集团。',
        en: 'A vehicle group that designs, builds and sells electric and plug-in hybrid cars.',
      },
      description: {
        ru: 'Штаб-квартира группы — в Пудуне, два сборочных завода — в Шанхае и Ухане, мощность — 400 тысяч машин в год: седаны, кроссоверы и лёгкие коммерческие автомобили. Группа уже продаёт машины в Центральной Азии и на Ближнем Востоке. В России ищем дилеров, сервисных партнёров и площадку для локальной сборки, а также технологии терморегулирования батарей для холодного климата.',
        zh: '集团总部位于上海浦东，在上海和武汉设有两大整车工厂，年产能40万辆，产品覆盖轿车、SUV和轻型商用车。近年来集团加快海外布局，已进入中亚和中东市场。我们正在寻找俄罗斯的经销、售后服务和本地化组装合作伙伴，同时关注寒区电池热管理技术。',
        en: 'Headquartered in Pudong, the group runs two vehicle plants in Shanghai and Wuhan with capacity for 400,000 cars a year, covering saloons, SUVs and light commercial vehicles. It already sells in Central Asia and the Middle East. In Russia we are looking for dealers, service partners and a site for local assembly, and we are interested in battery thermal management for cold climates.',
      },
      products: {
        ru: 'Электромобили и подключаемые гибриды, лёгкие электрофургоны для городской логистики, мультимедийные системы собственной разработки.',
        zh: '纯电和插电混动乘用车、轻型电动物流车、智能座舱系统。',
        en: 'Battery-electric and plug-in hybrid cars, light electric delivery vans and in-house smart cockpit systems.',
      },
      website: 'https://shenchi-auto.example',
    },
  },
  {
    key: 'zgcMaterials',
    ownerKey: 'zhang',
    body: {
      type: 'research_institute',
      jurisdiction: 'CN',
      place: 'CN-BJ-HD',
      areas: ['materials.nanomaterials', 'materials.battery-materials'],
      legalId: withCheckDigits('uscc', '12110108400071853'),
      name: {
        ru: 'Институт передовых материалов Чжунгуаньцуня',
        zh: '北京中关村先进材料研究院',
        en: 'Zhongguancun Institute of Advanced Materials',
      },
      shortDescription: {
        ru: 'Исследовательский центр нового типа: графен, жаропрочные сплавы и полупроводниковые материалы третьего поколения.',
        zh: '聚焦石墨烯、高温合金和第三代半导体材料的新型研发机构。',
        en: 'A new-style R&D institute working on graphene, superalloys and third-generation semiconductor materials.',
      },
      description: {
        ru: 'Институт создан районом Хайдянь вместе с несколькими университетами; у него 12 совместных лабораторий и опытная линия графеновых плёнок. Мы не только ведём исследования, но и создаём на их основе компании — их уже больше 30. С российскими институтами хотим вместе работать над жаропрочными материалами и подложками из карбида кремния и обмениваться исследователями.',
        zh: '研究院由海淀区政府与多所高校共建，拥有12个联合实验室和一条石墨烯薄膜中试线。我们采用“研发+孵化”模式，已孵化企业30余家。希望与俄罗斯科研院所在耐高温材料和碳化硅衬底领域开展联合攻关和人才交流。',
        en: 'Set up by the Haidian district government together with several universities, the institute has 12 joint laboratories and a pilot line for graphene films. It combines research with incubation and has spun out more than 30 companies. We want joint projects and researcher exchanges with Russian institutes on high-temperature materials and silicon-carbide substrates.',
      },
      products: {
        ru: 'Графеновые теплопроводящие плёнки, испытания подложек из карбида кремния, анализ и испытания материалов.',
        zh: '石墨烯导热膜、碳化硅衬底测试服务、材料表征与检测。',
        en: 'Graphene thermal films, SiC substrate testing, and materials characterisation and testing.',
      },
      website: 'https://zgc-materials.example',
    },
  },
  {
    key: 'jinghua',
    ownerKey: 'zhang',
    body: {
      type: 'university',
      jurisdiction: 'CN',
      place: 'CN-BJ-HD',
      areas: ['ict.machine-learning', 'electronics.chip-design'],
      legalId: withCheckDigits('uscc', '12110108400083275'),
      name: { ru: 'Технологический университет Цзинхуа', zh: '京华理工大学', en: 'Jinghua University of Technology' },
      shortDescription: {
        ru: 'Исследовательский университет с сильной инженерной школой: умное производство, новая энергетика, ИИ.',
        zh: '以工科见长的研究型大学，在智能制造、新能源和人工智能领域具有优势。',
        en: 'A research university strong in engineering, particularly smart manufacturing, new energy and AI.',
      },
      description: {
        ru: 'В университете около 32 000 студентов и аспирантов; у него соглашения более чем с десятью российскими вузами, по обмену ежегодно ездят свыше 200 студентов. Российско-китайский инженерный институт университета готовит специалистов по робототехнике и системам накопления энергии. Приглашаем российские компании создавать совместные лаборатории, учреждать стипендии и заказывать исследования.',
        zh: '学校现有本科生和研究生约3.2万人，与俄罗斯十余所高校签有合作协议，每年互派交换生200余名。学校设有中俄联合工程学院，开设机器人工程和储能科学与工程专业。欢迎俄罗斯企业与我校共建联合实验室、设立奖学金和开展委托研发。',
        en: 'About 32,000 undergraduate and graduate students study here. The university has agreements with more than ten Russian universities and exchanges over 200 students a year. Its Sino-Russian Engineering College offers degrees in robotics and energy-storage engineering. Russian companies are welcome to set up joint labs, fund scholarships and commission research.',
      },
      products: {
        ru: 'Совместные российско-китайские образовательные программы, заказные исследования и передача технологий, повышение квалификации.',
        zh: '中俄联合学位项目、委托研发与技术转让、高端人才培训。',
        en: 'Joint Sino-Russian degree programmes, contract research and technology transfer, and executive training.',
      },
      website: 'https://jinghua-tech.example',
    },
  },
  {
    key: 'silkRoadFund',
    ownerKey: 'chen',
    body: {
      type: 'investor',
      jurisdiction: 'CN',
      place: 'CN-BJ-HD',
      areas: ['materials', 'manufacturing.industrial-robots', 'medtech'],
      legalId: withCheckDigits('uscc', '91110108MA04R7T2X'),
      name: {
        ru: 'Фонд «Шёлковый путь — технологии» (Чжунгуаньцунь)',
        zh: '中关村丝路科创投资基金',
        en: 'Zhongguancun Silk Road Tech Fund',
      },
      shortDescription: {
        ru: 'Инвестируем в технологические компании Китая и Евразии на ранних стадиях и стадии роста.',
        zh: '专注中国与欧亚地区硬科技企业的早期和成长期投资。',
        en: 'Early- and growth-stage investment in deep-tech companies in China and Eurasia.',
      },
      description: {
        ru: 'Фонд учреждён несколькими промышленными инвесторами Чжунгуаньцуня и городским фондом фондов, под управлением — 1,5 млрд юаней. Вкладываем от 20 до 150 млн юаней в компанию: новая энергетика, интеллектуальное оборудование, новые материалы, биомедицина. Российским компаниям из портфеля помогаем выйти на китайский рынок и найти поставщиков и заказчиков.',
        zh: '基金由中关村多家产业资本和市级引导基金共同发起，管理规模15亿元人民币。重点投资新能源、智能装备、新材料和生物医药领域，单笔投资金额2000万至1.5亿元。我们可协助被投的俄罗斯企业进入中国市场，对接产业链上下游资源。',
        en: 'Backed by several Zhongguancun industrial investors and a municipal fund of funds, it manages RMB 1.5 billion. It invests RMB 20–150 million per company in new energy, smart equipment, new materials and biomedicine, and helps Russian portfolio companies enter China and connect with suppliers and customers.',
      },
      products: {
        ru: 'Прямые инвестиции, совместные трансграничные сделки, поддержка портфельных компаний после сделки.',
        zh: '股权投资、跨境联合投资、投后赋能服务。',
        en: 'Equity investment, cross-border co-investment and post-investment support.',
      },
      website: 'https://silkroad-tech-fund.example',
    },
  },
  {
    key: 'kangying',
    ownerKey: 'zhang',
    body: {
      type: 'company',
      jurisdiction: 'CN',
      place: 'CN-BJ-CP',
      areas: ['medtech.ivd', 'medtech.monitoring-wearables'],
      legalId: withCheckDigits('uscc', '91110114MA00G6L9B'),
      name: {
        ru: '«Канъин Медикал» (Пекин)',
        zh: '北京康影医疗器械有限公司',
        en: 'Beijing Kangying Medical Devices Co., Ltd.',
      },
      shortDescription: {
        ru: 'Разрабатываем и производим одноразовые видеоэндоскопы и системы обработки изображения к ним.',
        zh: '研发和生产一次性电子内窥镜及配套影像处理系统。',
        en: 'We develop and make single-use video endoscopes and the image-processing systems that go with them.',
      },
      description: {
        ru: 'Компания находится в парке Чанпин научного парка Чжунгуаньцунь и имеет более 20 регистрационных удостоверений на медицинские изделия классов II и III. Одноразовые эндоскопы исключают перекрёстное заражение и не требуют сложной обработки; ими уже пользуются более 800 больниц Китая. Планируем зарегистрировать изделия в России и ищем дистрибьюторов и клиники для клинических испытаний.',
        zh: '公司位于中关村昌平园，拥有二类、三类医疗器械注册证20余项。一次性内窥镜可避免交叉感染，省去复杂的清洗消毒流程，已进入国内800多家医院。我们计划在俄罗斯完成产品注册，正在寻找当地经销商和临床合作医院。',
        en: 'Located in the Changping park of Zhongguancun, the company holds more than 20 Class II and III device registrations. Single-use endoscopes rule out cross-infection and need no complex reprocessing; over 800 Chinese hospitals already use them. We plan to register the products in Russia and are looking for distributors and clinical partner hospitals.',
      },
      products: {
        ru: 'Одноразовые бронхоскопы, уретероскопы и дуоденоскопы; видеопроцессор 4K.',
        zh: '一次性支气管镜、输尿管镜和十二指肠镜，4K内窥镜影像处理器。',
        en: 'Single-use bronchoscopes, ureteroscopes and duodenoscopes; a 4K endoscopy image processor.',
      },
      website: 'https://kangying-medical.example',
    },
  },
  {
    key: 'hexin',
    ownerKey: 'zhang',
    body: {
      type: 'startup',
      jurisdiction: 'CN',
      place: 'CN-BJ-HD',
      areas: ['biotech.biologics', 'biotech.drug-discovery'],
      legalId: withCheckDigits('uscc', '91110108MA01N2H4U'),
      name: { ru: '«Хэсинь Биотех» (Пекин)', zh: '北京禾芯生物科技有限公司', en: 'Beijing Hexin Biotech Co., Ltd.' },
      shortDescription: {
        ru: 'Выводим морозоустойчивые и урожайные сорта сои и кукурузы методами молекулярной селекции.',
        zh: '利用基因编辑和分子育种技术培育耐寒、高产的大豆和玉米品种。',
        en: 'We use gene editing and molecular breeding to develop cold-tolerant, high-yield soybean and maize varieties.',
      },
      description: {
        ru: 'Компанию в 2020 году основали выходцы из китайских аграрных НИИ; у нас собственные инструменты геномного редактирования. Мы уже получили скороспелые линии сои для районов севернее 45-й параллели. Ищем агрохолдинги Дальнего Востока и Сибири для сортоиспытаний и семеноводства.',
        zh: '公司成立于2020年，创始团队来自国内农业科研院所，拥有自主知识产权的基因编辑工具。我们已培育出适合北纬45度以北地区种植的早熟大豆品系，希望与俄罗斯远东和西伯利亚的农业企业合作开展品种试种和种子繁育。',
        en: 'Founded in 2020 by scientists from Chinese agricultural research institutes, the company has its own gene-editing tools. It has bred early-maturing soybean lines for regions north of 45° latitude and is looking for farming companies in the Russian Far East and Siberia for variety trials and seed production.',
      },
      products: {
        ru: 'Скороспелые морозоустойчивые линии сои, селекция с молекулярными маркерами по заказу, анализ семян.',
        zh: '早熟耐寒大豆品系、分子标记辅助育种服务、种子检测。',
        en: 'Early-maturing cold-tolerant soybean lines, marker-assisted breeding services and seed testing.',
      },
      website: 'https://hexin-bio.example',
    },
  },

  // ——— Third countries ———
  {
    // Russian and English only, as a Kazakh company would write.
    key: 'steppeLink',
    ownerKey: 'nurlanova',
    body: {
      type: 'company',
      jurisdiction: 'OTHER',
      place: 'other',
      city: 'Almaty',
      areas: ['logistics.freight-multimodal', 'logistics.customs'],
      legalId: 'BIN 180540012345',
      name: { ru: 'Степлинк Логистикс', en: 'SteppeLink Logistics' },
      shortDescription: {
        ru: 'Контейнерные железнодорожные перевозки между Китаем, Казахстаном и Россией.',
        en: 'Rail container freight between China, Kazakhstan and Russia.',
      },
      description: {
        ru: 'Организуем перевозки по маршруту Сиань — Хоргос — Москва с перегрузкой в сухом порту Хоргос. В собственном парке 1 200 фитинговых платформ, путь до Москвы занимает в среднем 14 суток. Берём на себя таможенное оформление в странах ЕАЭС и отслеживание груза в реальном времени.',
        en: 'We run trains on the Xi’an–Khorgos–Moscow route, transshipping at the Khorgos dry port. We own 1,200 container flatcars, and the journey to Moscow takes 14 days on average. We handle customs clearance in the EAEU and real-time cargo tracking.',
      },
      products: {
        ru: 'Регулярные контейнерные поезда, сборные грузы, таможенное оформление, цифровое отслеживание грузов.',
        en: 'Scheduled container trains, groupage cargo, customs clearance and digital tracking.',
      },
      website: 'https://steppelink.example',
    },
  },
  {
    // English and Chinese only.
    key: 'straitsMeridian',
    ownerKey: 'chen',
    memberKeys: ['zhang'],
    body: {
      type: 'investor',
      jurisdiction: 'OTHER',
      place: 'other',
      city: 'Singapore',
      areas: ['fintech.investment-platforms'],
      legalId: 'UEN 201934567K',
      name: { zh: '海峡子午资本', en: 'Straits Meridian Capital' },
      shortDescription: {
        zh: '总部位于新加坡的风险投资基金，投资面向亚洲和欧亚市场的硬科技与气候科技企业。',
        en: 'A Singapore venture fund backing hardware and climate-tech companies that sell across Asia and Eurasia.',
      },
      description: {
        zh: '我们目前管理两期基金，总规模2.2亿美元，投资阶段覆盖种子轮至B轮。依托新加坡的中立法域，我们能够为中国、俄罗斯和中亚的创业者与投资人搭建交易架构。当前重点关注电池回收、冷链物流和工业人工智能。',
        en: 'Straits Meridian manages USD 220 million across two funds and invests from seed to Series B. Singapore’s neutral jurisdiction lets us structure deals between Chinese, Russian and Central Asian founders and investors. Current interests include battery recycling, cold-chain logistics and industrial AI.',
      },
      products: {
        zh: '种子轮至B轮股权投资、风险债务融资、跨境控股架构搭建。',
        en: 'Seed to Series B equity, venture debt and cross-border holding structures.',
      },
      website: 'https://straits-meridian.example',
    },
  },
];
