/**
 * Seed of the trilingual (ru / zh / en) two-level technology taxonomy used by the exchange and by matchmaking.
 *
 * Level 1 areas are broad domains (`parent: null`); level 2 areas are `<domain>.<area>` and point to their domain.
 * Labels are the canonical names; synonyms are the words, phrases and abbreviations professionals actually type
 * in each language. Codes are stable identifiers: never rename or reuse one once it has been seeded.
 */

export type TaxonomyTerm = { ru: string; zh: string; en: string };
export type TaxonomySeedArea = {
  /** Stable, kebab-case code, e.g. 'energy' (level 1) or 'energy.batteries' (level 2). */
  code: string;
  /** Level-1 code for level-2 areas; null for level-1 areas. */
  parent: string | null;
  /** The area's name in each language. */
  label: TaxonomyTerm;
  /** Words and phrases people use for the area, in each language. */
  synonyms: { ru: string[]; zh: string[]; en: string[] };
};

export const TAXONOMY_SEED: TaxonomySeedArea[] = [
  // ───────────────────────────── Energy & storage ─────────────────────────────
  {
    code: 'energy',
    parent: null,
    label: { ru: 'энергетика и накопление энергии', zh: '能源与储能', en: 'energy and energy storage' },
    synonyms: {
      ru: ['энергетика', 'электроэнергетика', 'ТЭК', 'энергосистемы', 'новая энергетика'],
      zh: ['能源', '新能源', '能源技术', '电力', '清洁能源'],
      en: ['energy', 'power', 'power sector', 'energy technologies', 'clean energy'],
    },
  },
  {
    code: 'energy.batteries',
    parent: 'energy',
    label: { ru: 'литий-ионные аккумуляторы', zh: '锂离子电池', en: 'lithium-ion batteries' },
    synonyms: {
      ru: [
        'литиевые батареи',
        'АКБ',
        'Li-ion',
        'литий-ионные батареи',
        'тяговые аккумуляторы',
        'аккумуляторные ячейки',
      ],
      zh: ['锂电池', '动力电池', '储能电池', '电芯', '磷酸铁锂电池', '三元锂电池'],
      en: ['Li-ion', 'lithium batteries', 'battery cells', 'traction batteries', 'LFP batteries', 'NMC batteries'],
    },
  },
  {
    code: 'energy.battery-recycling',
    parent: 'energy',
    label: { ru: 'переработка аккумуляторов', zh: '电池回收', en: 'battery recycling' },
    synonyms: {
      ru: [
        'утилизация аккумуляторов',
        'рециклинг батарей',
        'переработка литий-ионных батарей',
        'вторичное использование аккумуляторов',
        'извлечение лития',
      ],
      zh: ['动力电池回收', '废旧电池回收', '锂电池回收', '梯次利用', '再生利用'],
      en: ['Li-ion recycling', 'battery second life', 'battery reuse', 'black mass', 'end-of-life batteries'],
    },
  },
  {
    code: 'energy.hydrogen',
    parent: 'energy',
    label: { ru: 'водородная энергетика и топливные элементы', zh: '氢能与燃料电池', en: 'hydrogen and fuel cells' },
    synonyms: {
      ru: [
        'водород',
        'топливные элементы',
        'электролизёры',
        'водородные технологии',
        'зелёный водород',
        'хранение водорода',
      ],
      zh: ['氢能', '燃料电池', '电解槽', '绿氢', '制氢', '储氢'],
      en: ['hydrogen', 'fuel cells', 'electrolysers', 'green hydrogen', 'PEM fuel cells', 'hydrogen storage'],
    },
  },
  {
    code: 'energy.solar',
    parent: 'energy',
    label: { ru: 'солнечная энергетика', zh: '光伏', en: 'solar photovoltaics' },
    synonyms: {
      ru: [
        'солнечные панели',
        'солнечные батареи',
        'фотоэлектрические модули',
        'СЭС',
        'фотовольтаика',
        'солнечные электростанции',
      ],
      zh: ['太阳能光伏', '太阳能电池', '光伏组件', '光伏电站', '太阳能发电', '分布式光伏'],
      en: ['solar PV', 'PV modules', 'solar panels', 'solar cells', 'solar power plants', 'solar energy'],
    },
  },
  {
    code: 'energy.wind',
    parent: 'energy',
    label: { ru: 'ветроэнергетика', zh: '风电', en: 'wind power' },
    synonyms: {
      ru: ['ветрогенераторы', 'ВЭУ', 'ветроустановки', 'ветровые электростанции', 'ВЭС', 'морская ветроэнергетика'],
      zh: ['风力发电', '风电机组', '风机', '海上风电', '风能'],
      en: ['wind energy', 'wind turbines', 'wind farms', 'offshore wind', 'WTG'],
    },
  },
  {
    code: 'energy.smart-grid',
    parent: 'energy',
    label: { ru: 'электросети и интеллектуальные сети', zh: '智能电网', en: 'power grids and smart grid' },
    synonyms: {
      ru: [
        'умные сети',
        'Smart Grid',
        'интеллектуальная энергосистема',
        'цифровые подстанции',
        'распределительные сети',
        'микросети',
      ],
      zh: ['电网', '配电网', '特高压', '数字化变电站', '虚拟电厂', '微电网'],
      en: [
        'smart grid',
        'microgrids',
        'virtual power plants',
        'digital substations',
        'UHV transmission',
        'grid automation',
      ],
    },
  },
  {
    code: 'energy.storage-systems',
    parent: 'energy',
    label: { ru: 'системы накопления энергии', zh: '储能系统', en: 'energy storage systems' },
    synonyms: {
      ru: ['СНЭ', 'накопители энергии', 'промышленные накопители', 'BESS', 'сетевые накопители', 'проточные батареи'],
      zh: ['储能', '电化学储能', '新型储能', '储能电站', '液流电池', 'BESS'],
      en: ['ESS', 'BESS', 'battery energy storage', 'grid-scale storage', 'flow batteries'],
    },
  },
  {
    code: 'energy.nuclear',
    parent: 'energy',
    label: { ru: 'атомная энергетика', zh: '核能', en: 'nuclear power' },
    synonyms: {
      ru: ['АЭС', 'ядерная энергетика', 'малые модульные реакторы', 'ММР', 'ядерное топливо'],
      zh: ['核电', '核电站', '小型模块化反应堆', 'SMR', '核燃料'],
      en: ['nuclear energy', 'NPP', 'small modular reactors', 'SMR', 'nuclear fuel'],
    },
  },
  {
    code: 'energy.oil-gas',
    parent: 'energy',
    label: { ru: 'нефтегазовые технологии', zh: '油气技术', en: 'oil and gas technologies' },
    synonyms: {
      ru: ['нефтегаз', 'добыча нефти и газа', 'нефтесервис', 'СПГ', 'нефтепереработка', 'газохимия'],
      zh: ['石油天然气', '油气开采', '油田服务', '液化天然气', 'LNG', '炼化'],
      en: ['oil and gas', 'upstream', 'oilfield services', 'LNG', 'refining', 'petrochemicals'],
    },
  },
  {
    code: 'energy.efficiency',
    parent: 'energy',
    label: { ru: 'энергоэффективность', zh: '节能与能效', en: 'energy efficiency' },
    synonyms: {
      ru: ['энергосбережение', 'энергоаудит', 'рекуперация тепла', 'энергоменеджмент', 'энергосервис'],
      zh: ['节能', '节能技术', '能效提升', '余热回收', '能源管理'],
      en: ['energy saving', 'energy audit', 'waste heat recovery', 'energy management', 'ESCO'],
    },
  },

  // ───────────────────────── New-energy vehicles & transport ─────────────────────────
  {
    code: 'transport',
    parent: null,
    label: { ru: 'электромобили и транспорт', zh: '新能源汽车与交通', en: 'new-energy vehicles and transport' },
    synonyms: {
      ru: ['транспорт', 'автомобилестроение', 'автопром', 'электротранспорт', 'транспортная мобильность'],
      zh: ['新能源汽车', '汽车产业', '交通运输', '出行', '电动汽车'],
      en: ['NEV', 'electric vehicles', 'EV', 'automotive', 'transportation', 'mobility'],
    },
  },
  {
    code: 'transport.ev-powertrain',
    parent: 'transport',
    label: { ru: 'силовые установки электромобилей', zh: '电驱动系统', en: 'EV powertrains' },
    synonyms: {
      ru: [
        'электропривод',
        'тяговые электродвигатели',
        'электротрансмиссия',
        'тяговый инвертор',
        'BMS',
        'гибридные силовые установки',
      ],
      zh: ['电驱', '三电系统', '驱动电机', '电机控制器', '电池管理系统', '混合动力系统'],
      en: ['electric drivetrain', 'e-axle', 'traction motors', 'motor controllers', 'BMS', 'hybrid powertrains'],
    },
  },
  {
    code: 'transport.charging',
    parent: 'transport',
    label: { ru: 'зарядная инфраструктура', zh: '充电基础设施', en: 'EV charging infrastructure' },
    synonyms: {
      ru: [
        'зарядные станции',
        'ЭЗС',
        'электрозаправки',
        'быстрая зарядка',
        'зарядки для электромобилей',
        'замена батарей',
      ],
      zh: ['充电桩', '充电站', '超充', '快充', '换电', '车网互动'],
      en: ['charging stations', 'EV chargers', 'EVSE', 'fast charging', 'battery swapping', 'V2G'],
    },
  },
  {
    code: 'transport.autonomous-driving',
    parent: 'transport',
    label: { ru: 'беспилотные автомобили', zh: '自动驾驶', en: 'autonomous driving' },
    synonyms: {
      ru: ['автономное вождение', 'беспилотный транспорт', 'ADAS', 'системы помощи водителю', 'автопилот', 'роботакси'],
      zh: ['无人驾驶', '智能驾驶', '辅助驾驶', 'ADAS', '高阶智驾', 'Robotaxi'],
      en: ['self-driving', 'driverless vehicles', 'ADAS', 'driver assistance', 'autopilot', 'robotaxi'],
    },
  },
  {
    code: 'transport.connected-vehicles',
    parent: 'transport',
    label: { ru: 'подключённые автомобили и телематика', zh: '智能网联汽车', en: 'connected vehicles' },
    synonyms: {
      ru: [
        'телематика',
        'V2X',
        'подключённый автомобиль',
        'бортовые системы',
        'автомобильная электроника',
        'ЭРА-ГЛОНАСС',
      ],
      zh: ['车联网', 'V2X', '智能座舱', '车载系统', 'ICV', '汽车电子'],
      en: [
        'V2X',
        'telematics',
        'intelligent connected vehicles',
        'smart cockpit',
        'infotainment',
        'automotive electronics',
      ],
    },
  },
  {
    code: 'transport.rail',
    parent: 'transport',
    label: { ru: 'железнодорожный транспорт', zh: '轨道交通', en: 'rail transport' },
    synonyms: {
      ru: [
        'ж/д транспорт',
        'подвижной состав',
        'высокоскоростные магистрали',
        'ВСМ',
        'метрополитен',
        'рельсовый транспорт',
      ],
      zh: ['铁路', '高铁', '城市轨道交通', '地铁', '动车组', '机车车辆'],
      en: ['railways', 'rolling stock', 'high-speed rail', 'HSR', 'metro', 'urban rail transit'],
    },
  },
  {
    code: 'transport.commercial-vehicles',
    parent: 'transport',
    label: { ru: 'грузовой и коммерческий транспорт', zh: '商用车', en: 'commercial vehicles' },
    synonyms: {
      ru: ['грузовики', 'электробусы', 'коммерческий транспорт', 'спецтехника', 'тягачи'],
      zh: ['重卡', '电动重卡', '新能源客车', '电动公交', '专用车'],
      en: ['trucks', 'heavy-duty trucks', 'electric buses', 'special-purpose vehicles', 'electric trucks'],
    },
  },
  {
    code: 'transport.maritime',
    parent: 'transport',
    label: { ru: 'судостроение и водный транспорт', zh: '船舶与海运', en: 'shipbuilding and maritime' },
    synonyms: {
      ru: ['судостроение', 'морской транспорт', 'судоходство', 'электросуда', 'верфи', 'Северный морской путь'],
      zh: ['船舶制造', '造船', '航运', '电动船舶', '海洋工程', '北极航道'],
      en: [
        'shipbuilding',
        'maritime transport',
        'shipping',
        'electric ships',
        'offshore engineering',
        'Northern Sea Route',
      ],
    },
  },

  // ───────────────────── Advanced manufacturing & robotics ─────────────────────
  {
    code: 'manufacturing',
    parent: null,
    label: {
      ru: 'передовое производство и робототехника',
      zh: '先进制造与机器人',
      en: 'advanced manufacturing and robotics',
    },
    synonyms: {
      ru: ['промышленность', 'машиностроение', 'умное производство', 'Индустрия 4.0', 'цифровое производство'],
      zh: ['智能制造', '高端装备', '先进制造', '工业4.0', '装备制造'],
      en: ['smart manufacturing', 'Industry 4.0', 'machinery', 'industrial equipment', 'robotics'],
    },
  },
  {
    code: 'manufacturing.industrial-robots',
    parent: 'manufacturing',
    label: { ru: 'промышленные роботы', zh: '工业机器人', en: 'industrial robots' },
    synonyms: {
      ru: ['робототехника', 'роботизация', 'манипуляторы', 'коботы', 'коллаборативные роботы', 'сварочные роботы'],
      zh: ['机械臂', '协作机器人', '焊接机器人', '机器人集成', '六轴机器人'],
      en: ['robot arms', 'cobots', 'collaborative robots', 'welding robots', 'robotic automation'],
    },
  },
  {
    code: 'manufacturing.service-robots',
    parent: 'manufacturing',
    label: { ru: 'сервисные и человекоподобные роботы', zh: '服务机器人', en: 'service and humanoid robots' },
    synonyms: {
      ru: [
        'сервисная робототехника',
        'человекоподобные роботы',
        'гуманоидные роботы',
        'роботы-доставщики',
        'воплощённый ИИ',
      ],
      zh: ['人形机器人', '具身智能', '配送机器人', '特种机器人', '商用服务机器人'],
      en: ['service robots', 'humanoid robots', 'embodied AI', 'delivery robots', 'specialty robots'],
    },
  },
  {
    code: 'manufacturing.cnc-machine-tools',
    parent: 'manufacturing',
    label: { ru: 'станки с ЧПУ', zh: '数控机床', en: 'CNC machine tools' },
    synonyms: {
      ru: ['станкостроение', 'металлорежущие станки', 'ЧПУ', 'обрабатывающие центры', 'CNC', 'пятиосевая обработка'],
      zh: ['机床', 'CNC', '加工中心', '五轴机床', '数控系统', '工业母机'],
      en: ['CNC', 'machine tools', 'machining centres', '5-axis machining', 'CNC controllers'],
    },
  },
  {
    code: 'manufacturing.additive',
    parent: 'manufacturing',
    label: { ru: 'аддитивные технологии', zh: '增材制造', en: 'additive manufacturing' },
    synonyms: {
      ru: ['3D-печать', 'аддитивное производство', '3D-принтеры', 'печать металлом', 'SLM'],
      zh: ['3D打印', '金属3D打印', '3D打印机', '激光选区熔化', 'SLM'],
      en: ['3D printing', 'AM', 'metal 3D printing', '3D printers', 'SLM'],
    },
  },
  {
    code: 'manufacturing.industrial-iot',
    parent: 'manufacturing',
    label: { ru: 'промышленный интернет вещей', zh: '工业互联网', en: 'industrial IoT' },
    synonyms: {
      ru: ['IIoT', 'промышленный IoT', 'интернет вещей', 'мониторинг оборудования', 'предиктивное обслуживание'],
      zh: ['工业物联网', 'IIoT', '设备联网', '预测性维护', '工业互联网平台', '物联网'],
      en: [
        'IIoT',
        'Industrial Internet of Things',
        'IoT',
        'predictive maintenance',
        'equipment monitoring',
        'connected factory',
      ],
    },
  },
  {
    code: 'manufacturing.automation',
    parent: 'manufacturing',
    label: { ru: 'промышленная автоматизация', zh: '工业自动化', en: 'industrial automation' },
    synonyms: {
      ru: ['АСУ ТП', 'ПЛК', 'SCADA', 'автоматизация производства', 'промышленные контроллеры', 'КИПиА'],
      zh: ['自动化', 'PLC', 'DCS', 'SCADA', '工控', '自动化产线'],
      en: ['PLC', 'SCADA', 'DCS', 'process control', 'factory automation', 'control systems'],
    },
  },
  {
    code: 'manufacturing.industrial-software',
    parent: 'manufacturing',
    label: { ru: 'промышленное ПО и цифровые двойники', zh: '工业软件', en: 'industrial software and digital twins' },
    synonyms: {
      ru: ['цифровой двойник', 'САПР', 'CAD', 'CAE', 'MES', 'PLM'],
      zh: ['数字孪生', 'CAD', 'CAE', 'MES', 'PLM', '研发设计软件'],
      en: ['digital twin', 'CAD', 'CAE', 'MES', 'PLM', 'simulation software'],
    },
  },
  {
    code: 'manufacturing.machine-vision',
    parent: 'manufacturing',
    label: { ru: 'машинное зрение и контроль качества', zh: '机器视觉与检测', en: 'machine vision and inspection' },
    synonyms: {
      ru: [
        'машинное зрение',
        'неразрушающий контроль',
        'НК',
        'автоматическая инспекция',
        'метрология',
        'дефектоскопия',
      ],
      zh: ['机器视觉', '工业视觉', '无损检测', '质量检测', '缺陷检测', '计量'],
      en: ['machine vision', 'NDT', 'non-destructive testing', 'quality inspection', 'defect detection', 'metrology'],
    },
  },
  {
    code: 'manufacturing.laser',
    parent: 'manufacturing',
    label: { ru: 'лазерная обработка', zh: '激光加工', en: 'laser processing' },
    synonyms: {
      ru: ['лазерная резка', 'лазерная сварка', 'лазерные станки', 'волоконные лазеры', 'лазерные технологии'],
      zh: ['激光切割', '激光焊接', '光纤激光器', '激光设备', '激光器'],
      en: ['laser cutting', 'laser welding', 'fiber lasers', 'industrial lasers', 'laser equipment'],
    },
  },

  // ───────────────────────── Electronics & semiconductors ─────────────────────────
  {
    code: 'electronics',
    parent: null,
    label: { ru: 'электроника и полупроводники', zh: '电子与半导体', en: 'electronics and semiconductors' },
    synonyms: {
      ru: ['микроэлектроника', 'электроника', 'полупроводники', 'электронная компонентная база', 'ЭКБ'],
      zh: ['半导体', '集成电路', '电子信息', '芯片', '电子元器件'],
      en: ['semiconductors', 'microelectronics', 'electronics', 'integrated circuits', 'chips'],
    },
  },
  {
    code: 'electronics.chip-design',
    parent: 'electronics',
    label: { ru: 'проектирование микросхем', zh: '芯片设计', en: 'chip design' },
    synonyms: {
      ru: ['микросхемы', 'интегральные схемы', 'fabless', 'ASIC', 'система на кристалле', 'EDA'],
      zh: ['集成电路设计', 'IC设计', '芯片', 'SoC', 'EDA', '无晶圆厂'],
      en: ['IC design', 'integrated circuits', 'ASIC', 'SoC', 'fabless', 'EDA'],
    },
  },
  {
    code: 'electronics.semiconductor-manufacturing',
    parent: 'electronics',
    label: { ru: 'производство полупроводников', zh: '半导体制造', en: 'semiconductor manufacturing' },
    synonyms: {
      ru: [
        'фабрика микроэлектроники',
        'литография',
        'полупроводниковое оборудование',
        'кремниевые пластины',
        'корпусирование',
        'техпроцесс',
      ],
      zh: ['晶圆制造', '晶圆代工', '光刻', '半导体设备', '封装测试', '封测'],
      en: ['wafer fabrication', 'foundry', 'fab', 'lithography', 'semiconductor equipment', 'packaging and testing'],
    },
  },
  {
    code: 'electronics.power-electronics',
    parent: 'electronics',
    label: { ru: 'силовая электроника', zh: '电力电子', en: 'power electronics' },
    synonyms: {
      ru: ['силовые полупроводники', 'IGBT', 'карбид кремния', 'SiC', 'нитрид галлия', 'преобразователи напряжения'],
      zh: ['功率半导体', '功率器件', 'IGBT', '碳化硅', '氮化镓', '变流器'],
      en: ['power semiconductors', 'IGBT', 'SiC', 'GaN', 'power converters', 'inverters'],
    },
  },
  {
    code: 'electronics.sensors-mems',
    parent: 'electronics',
    label: { ru: 'датчики и МЭМС', zh: '传感器与MEMS', en: 'sensors and MEMS' },
    synonyms: {
      ru: ['сенсоры', 'датчики', 'МЭМС', 'MEMS', 'датчики давления', 'инерциальные датчики'],
      zh: ['传感器', 'MEMS', '微机电系统', '压力传感器', '惯性传感器', '智能传感器'],
      en: [
        'sensors',
        'MEMS',
        'microelectromechanical systems',
        'pressure sensors',
        'inertial sensors',
        'smart sensors',
      ],
    },
  },
  {
    code: 'electronics.photonics',
    parent: 'electronics',
    label: { ru: 'фотоника и оптоэлектроника', zh: '光电子与光子学', en: 'photonics and optoelectronics' },
    synonyms: {
      ru: ['фотоника', 'оптоэлектроника', 'лазеры', 'волоконная оптика', 'оптические модули', 'кремниевая фотоника'],
      zh: ['光电子', '光子学', '光通信', '光模块', '光纤', '硅光'],
      en: ['photonics', 'optoelectronics', 'lasers', 'fiber optics', 'optical modules', 'silicon photonics'],
    },
  },
  {
    code: 'electronics.displays',
    parent: 'electronics',
    label: { ru: 'дисплеи', zh: '新型显示', en: 'displays' },
    synonyms: {
      ru: ['дисплейные панели', 'OLED', 'ЖК-дисплеи', 'LCD', 'светодиодные экраны', 'MicroLED'],
      zh: ['显示面板', 'OLED', 'LCD', 'Micro LED', 'LED显示屏', '柔性屏'],
      en: ['display panels', 'OLED', 'LCD', 'MicroLED', 'LED screens', 'flexible displays'],
    },
  },
  {
    code: 'electronics.components',
    parent: 'electronics',
    label: {
      ru: 'электронные компоненты и печатные платы',
      zh: '电子元器件与PCB',
      en: 'electronic components and PCBs',
    },
    synonyms: {
      ru: [
        'ЭКБ',
        'печатные платы',
        'пассивные компоненты',
        'разъёмы',
        'контрактное производство электроники',
        'SMT-монтаж',
      ],
      zh: ['电子元器件', 'PCB', '印制电路板', '被动元件', '连接器', 'EMS'],
      en: [
        'PCB',
        'printed circuit boards',
        'passive components',
        'connectors',
        'EMS',
        'electronics manufacturing services',
      ],
    },
  },
  {
    code: 'electronics.consumer-electronics',
    parent: 'electronics',
    label: { ru: 'бытовая электроника', zh: '消费电子', en: 'consumer electronics' },
    synonyms: {
      ru: ['потребительская электроника', 'смартфоны', 'умный дом', 'носимые устройства', 'гаджеты', 'бытовая техника'],
      zh: ['智能手机', '智能家居', '可穿戴设备', '家电', '智能硬件'],
      en: ['smartphones', 'smart home', 'wearables', 'home appliances', 'smart devices'],
    },
  },

  // ─────────────────────────────── ICT & AI ───────────────────────────────
  {
    code: 'ict',
    parent: null,
    label: { ru: 'ИКТ и искусственный интеллект', zh: '信息通信与人工智能', en: 'ICT and AI' },
    synonyms: {
      ru: [
        'ИТ',
        'информационные технологии',
        'ИИ',
        'искусственный интеллект',
        'цифровые технологии',
        'программное обеспечение',
      ],
      zh: ['信息技术', 'IT', '人工智能', 'AI', '数字技术', '软件'],
      en: ['IT', 'information technology', 'AI', 'artificial intelligence', 'digital technologies', 'software'],
    },
  },
  {
    code: 'ict.machine-learning',
    parent: 'ict',
    label: {
      ru: 'машинное обучение и генеративный ИИ',
      zh: '机器学习与大模型',
      en: 'machine learning and generative AI',
    },
    synonyms: {
      ru: ['машинное обучение', 'нейросети', 'ML', 'генеративный ИИ', 'большие языковые модели', 'LLM'],
      zh: ['机器学习', '深度学习', '神经网络', '大模型', '生成式人工智能', 'AIGC'],
      en: ['machine learning', 'ML', 'deep learning', 'neural networks', 'LLM', 'generative AI'],
    },
  },
  {
    code: 'ict.computer-vision',
    parent: 'ict',
    label: { ru: 'компьютерное зрение', zh: '计算机视觉', en: 'computer vision' },
    synonyms: {
      ru: ['распознавание изображений', 'видеоаналитика', 'распознавание лиц', 'CV', 'обработка изображений'],
      zh: ['图像识别', '视频分析', '人脸识别', 'CV', '视觉AI'],
      en: ['CV', 'image recognition', 'video analytics', 'face recognition', 'image processing'],
    },
  },
  {
    code: 'ict.nlp',
    parent: 'ict',
    label: {
      ru: 'обработка естественного языка и машинный перевод',
      zh: '自然语言处理与机器翻译',
      en: 'NLP and machine translation',
    },
    synonyms: {
      ru: ['NLP', 'машинный перевод', 'обработка текстов', 'анализ текстов', 'чат-боты', 'автоматический перевод'],
      zh: ['自然语言处理', 'NLP', '机器翻译', '文本分析', '智能客服', '聊天机器人'],
      en: ['NLP', 'natural language processing', 'machine translation', 'MT', 'text analytics', 'chatbots'],
    },
  },
  {
    code: 'ict.speech',
    parent: 'ict',
    label: { ru: 'речевые технологии', zh: '语音技术', en: 'speech technologies' },
    synonyms: {
      ru: ['распознавание речи', 'синтез речи', 'голосовые помощники', 'ASR', 'TTS'],
      zh: ['语音识别', '语音合成', '智能语音', '语音助手', 'ASR', 'TTS'],
      en: ['speech recognition', 'speech synthesis', 'voice assistants', 'ASR', 'TTS'],
    },
  },
  {
    code: 'ict.big-data',
    parent: 'ict',
    label: { ru: 'большие данные и аналитика', zh: '大数据', en: 'big data and analytics' },
    synonyms: {
      ru: ['Big Data', 'большие данные', 'аналитика данных', 'BI', 'хранилища данных', 'Data Science'],
      zh: ['数据分析', '数据挖掘', '数据中台', '商业智能', 'BI', '数据仓库'],
      en: ['big data', 'data analytics', 'business intelligence', 'BI', 'data warehouses', 'data science'],
    },
  },
  {
    code: 'ict.cybersecurity',
    parent: 'ict',
    label: { ru: 'информационная безопасность', zh: '网络安全', en: 'cybersecurity' },
    synonyms: {
      ru: ['кибербезопасность', 'ИБ', 'защита информации', 'киберзащита', 'защита данных', 'SOC'],
      zh: ['信息安全', '数据安全', '网安', '等保', '工控安全', '安全运营中心'],
      en: ['information security', 'infosec', 'data protection', 'network security', 'SOC', 'cyber defence'],
    },
  },
  {
    code: 'ict.cloud-edge',
    parent: 'ict',
    label: { ru: 'облачные и периферийные вычисления', zh: '云计算与边缘计算', en: 'cloud and edge computing' },
    synonyms: {
      ru: ['облачные технологии', 'облака', 'граничные вычисления', 'edge computing', 'ЦОД', 'дата-центры'],
      zh: ['云计算', '边缘计算', '云服务', '数据中心', 'IDC', '算力'],
      en: ['cloud computing', 'edge computing', 'cloud services', 'data centres', 'SaaS', 'IaaS'],
    },
  },
  {
    code: 'ict.telecom',
    parent: 'ict',
    label: { ru: 'телекоммуникации и 5G', zh: '通信与5G', en: 'telecommunications and 5G' },
    synonyms: {
      ru: ['связь', 'телеком', '5G', 'мобильная связь', 'сети связи', 'телекоммуникационное оборудование'],
      zh: ['5G', '6G', '通信设备', '移动通信', '通信网络', '无线通信'],
      en: ['telecom', '5G', '6G', 'mobile networks', 'communication equipment', 'wireless communications'],
    },
  },
  {
    code: 'ict.quantum',
    parent: 'ict',
    label: { ru: 'квантовые технологии', zh: '量子科技', en: 'quantum technologies' },
    synonyms: {
      ru: [
        'квантовые вычисления',
        'квантовый компьютер',
        'квантовые коммуникации',
        'квантовое распределение ключей',
        'КРК',
      ],
      zh: ['量子计算', '量子计算机', '量子通信', '量子密钥分发', 'QKD'],
      en: ['quantum computing', 'quantum computers', 'quantum communication', 'quantum key distribution', 'QKD'],
    },
  },
  {
    code: 'ict.enterprise-software',
    parent: 'ict',
    label: { ru: 'корпоративное ПО', zh: '企业软件', en: 'enterprise software' },
    synonyms: {
      ru: ['ERP', 'CRM', 'бизнес-приложения', 'автоматизация бизнеса', 'электронный документооборот', 'СЭД'],
      zh: ['ERP', 'CRM', '企业管理软件', '办公软件', '协同办公', 'SaaS'],
      en: ['ERP', 'CRM', 'business applications', 'document management', 'office software', 'SaaS'],
    },
  },
  {
    code: 'ict.blockchain',
    parent: 'ict',
    label: { ru: 'блокчейн и распределённые реестры', zh: '区块链', en: 'blockchain and distributed ledgers' },
    synonyms: {
      ru: ['блокчейн', 'распределённый реестр', 'DLT', 'смарт-контракты', 'токенизация'],
      zh: ['区块链技术', '分布式账本', 'DLT', '智能合约', '联盟链'],
      en: ['blockchain', 'DLT', 'distributed ledger', 'smart contracts', 'tokenization'],
    },
  },
  {
    code: 'ict.xr',
    parent: 'ict',
    label: {
      ru: 'виртуальная и дополненная реальность',
      zh: '虚拟现实与增强现实',
      en: 'virtual and augmented reality',
    },
    synonyms: {
      ru: ['VR', 'AR', 'XR', 'метавселенная', 'иммерсивные технологии'],
      zh: ['VR', 'AR', 'XR', '虚拟现实', '元宇宙'],
      en: ['VR', 'AR', 'XR', 'metaverse', 'immersive technologies'],
    },
  },

  // ───────────────────────────── Biotech & pharma ─────────────────────────────
  {
    code: 'biotech',
    parent: null,
    label: { ru: 'биотехнологии и фармацевтика', zh: '生物技术与医药', en: 'biotech and pharma' },
    synonyms: {
      ru: ['биотех', 'фарма', 'фармацевтика', 'биофарма', 'лекарственные препараты'],
      zh: ['生物医药', '生物技术', '医药', '制药', '生物科技'],
      en: ['biotechnology', 'pharmaceuticals', 'pharma', 'life sciences', 'drugs'],
    },
  },
  {
    code: 'biotech.drug-discovery',
    parent: 'biotech',
    label: { ru: 'разработка лекарств', zh: '新药研发', en: 'drug discovery and development' },
    synonyms: {
      ru: [
        'оригинальные препараты',
        'инновационные лекарства',
        'доклинические исследования',
        'клинические исследования',
        'КИ',
        'поиск лекарственных кандидатов',
      ],
      zh: ['创新药', '药物发现', '临床前研究', '临床试验', 'CRO', '原研药'],
      en: ['drug discovery', 'novel drugs', 'preclinical research', 'clinical trials', 'CRO', 'drug candidates'],
    },
  },
  {
    code: 'biotech.biologics',
    parent: 'biotech',
    label: { ru: 'биопрепараты', zh: '生物药', en: 'biologics' },
    synonyms: {
      ru: ['биологические препараты', 'моноклональные антитела', 'рекомбинантные белки', 'биоаналоги', 'биосимиляры'],
      zh: ['生物制品', '单克隆抗体', '单抗', '重组蛋白', '生物类似药', '抗体药物'],
      en: ['biopharmaceuticals', 'monoclonal antibodies', 'mAbs', 'recombinant proteins', 'biosimilars'],
    },
  },
  {
    code: 'biotech.vaccines',
    parent: 'biotech',
    label: { ru: 'вакцины', zh: '疫苗', en: 'vaccines' },
    synonyms: {
      ru: ['вакцинация', 'мРНК-вакцины', 'иммунобиологические препараты', 'вакцинопрофилактика', 'производство вакцин'],
      zh: ['mRNA疫苗', '重组疫苗', '疫苗研发', '疫苗生产', '预防接种'],
      en: ['vaccine development', 'mRNA vaccines', 'immunization', 'vaccine manufacturing', 'immunobiologicals'],
    },
  },
  {
    code: 'biotech.cell-gene-therapy',
    parent: 'biotech',
    label: { ru: 'клеточная и генная терапия', zh: '细胞与基因治疗', en: 'cell and gene therapy' },
    synonyms: {
      ru: ['генная терапия', 'клеточная терапия', 'генотерапия', 'CAR-T', 'редактирование генома', 'CRISPR'],
      zh: ['基因治疗', '细胞治疗', 'CAR-T', '基因编辑', 'CRISPR', 'CGT'],
      en: ['gene therapy', 'cell therapy', 'CAR-T', 'gene editing', 'CRISPR', 'CGT'],
    },
  },
  {
    code: 'biotech.genomics',
    parent: 'biotech',
    label: { ru: 'геномика и секвенирование', zh: '基因组学与测序', en: 'genomics and sequencing' },
    synonyms: {
      ru: ['секвенирование', 'геномика', 'NGS', 'генетический анализ', 'биоинформатика', 'ДНК-диагностика'],
      zh: ['基因测序', '高通量测序', 'NGS', '基因组学', '生物信息学', '基因检测'],
      en: ['genomics', 'DNA sequencing', 'NGS', 'bioinformatics', 'genetic testing'],
    },
  },
  {
    code: 'biotech.synthetic-biology',
    parent: 'biotech',
    label: {
      ru: 'промышленная биотехнология и синтетическая биология',
      zh: '合成生物学与生物制造',
      en: 'industrial biotech and synthetic biology',
    },
    synonyms: {
      ru: [
        'синтетическая биология',
        'промышленные биотехнологии',
        'биосинтез',
        'ферментация',
        'ферменты',
        'биоэкономика',
      ],
      zh: ['合成生物学', '生物制造', '工业生物技术', '发酵', '酶制剂', '生物基材料'],
      en: ['synthetic biology', 'synbio', 'biomanufacturing', 'fermentation', 'enzymes', 'bio-based materials'],
    },
  },
  {
    code: 'biotech.generics-api',
    parent: 'biotech',
    label: { ru: 'дженерики и фармсубстанции', zh: '仿制药与原料药', en: 'generics and APIs' },
    synonyms: {
      ru: [
        'дженерики',
        'воспроизведённые препараты',
        'фармацевтические субстанции',
        'АФС',
        'контрактное производство лекарств',
        'GMP',
      ],
      zh: ['仿制药', '原料药', 'API', 'CDMO', 'GMP', '制剂'],
      en: ['generic drugs', 'active pharmaceutical ingredients', 'API', 'CDMO', 'GMP manufacturing'],
    },
  },
  {
    code: 'biotech.tcm',
    parent: 'biotech',
    label: {
      ru: 'традиционная китайская медицина и фитопрепараты',
      zh: '中医药',
      en: 'traditional Chinese medicine and botanicals',
    },
    synonyms: {
      ru: ['ТКМ', 'китайская медицина', 'фитотерапия', 'растительные препараты', 'лекарственные растения'],
      zh: ['中药', '中成药', '中医', '中药材', '植物药'],
      en: ['TCM', 'Chinese medicine', 'herbal medicine', 'botanical drugs', 'phytopharmaceuticals'],
    },
  },

  // ──────────────────────── Medical devices & healthcare ────────────────────────
  {
    code: 'medtech',
    parent: null,
    label: { ru: 'медицинская техника и здравоохранение', zh: '医疗器械与健康', en: 'medical devices and healthcare' },
    synonyms: {
      ru: ['медтех', 'медицинские изделия', 'медоборудование', 'здравоохранение', 'медицина'],
      zh: ['医疗器械', '医疗设备', '医疗健康', '大健康', '医疗'],
      en: ['medtech', 'medical devices', 'medical equipment', 'healthcare', 'health'],
    },
  },
  {
    code: 'medtech.imaging',
    parent: 'medtech',
    label: { ru: 'медицинская визуализация', zh: '医学影像', en: 'medical imaging' },
    synonyms: {
      ru: ['лучевая диагностика', 'КТ', 'МРТ', 'УЗИ', 'рентген', 'ПЭТ'],
      zh: ['影像设备', 'CT', 'MRI', '核磁共振', '超声', 'DR'],
      en: ['diagnostic imaging', 'CT', 'MRI', 'ultrasound', 'X-ray', 'PET'],
    },
  },
  {
    code: 'medtech.ivd',
    parent: 'medtech',
    label: { ru: 'лабораторная диагностика', zh: '体外诊断', en: 'in vitro diagnostics' },
    synonyms: {
      ru: ['IVD', 'диагностика in vitro', 'тест-системы', 'ПЦР-тесты', 'лабораторные анализаторы', 'экспресс-тесты'],
      zh: ['IVD', '诊断试剂', 'POCT', '分子诊断', '免疫诊断', '生化分析仪'],
      en: ['IVD', 'diagnostic tests', 'POCT', 'molecular diagnostics', 'PCR tests', 'lab analyzers'],
    },
  },
  {
    code: 'medtech.surgical',
    parent: 'medtech',
    label: {
      ru: 'хирургическое оборудование и роботы',
      zh: '手术设备与手术机器人',
      en: 'surgical equipment and robotics',
    },
    synonyms: {
      ru: [
        'хирургические роботы',
        'эндоскопия',
        'малоинвазивная хирургия',
        'хирургические инструменты',
        'операционное оборудование',
      ],
      zh: ['手术机器人', '内窥镜', '微创手术', '手术器械', '高值耗材'],
      en: [
        'surgical robots',
        'endoscopy',
        'minimally invasive surgery',
        'surgical instruments',
        'operating room equipment',
      ],
    },
  },
  {
    code: 'medtech.implants',
    parent: 'medtech',
    label: { ru: 'имплантаты и ортопедия', zh: '植入器械与骨科', en: 'implants and orthopaedics' },
    synonyms: {
      ru: ['имплантаты', 'эндопротезы', 'стенты', 'ортопедические изделия', 'кардиоимплантаты'],
      zh: ['植入物', '骨科植入物', '人工关节', '支架', '心血管介入'],
      en: ['implants', 'orthopaedic implants', 'joint replacement', 'stents', 'cardiovascular devices'],
    },
  },
  {
    code: 'medtech.digital-health',
    parent: 'medtech',
    label: {
      ru: 'цифровое здравоохранение и телемедицина',
      zh: '数字医疗与远程医疗',
      en: 'digital health and telemedicine',
    },
    synonyms: {
      ru: [
        'телемедицина',
        'цифровая медицина',
        'МИС',
        'электронная медкарта',
        'дистанционный мониторинг',
        'онлайн-консультации',
      ],
      zh: ['互联网医疗', '远程医疗', '智慧医疗', '电子病历', 'HIS', '在线问诊'],
      en: ['telemedicine', 'telehealth', 'eHealth', 'EHR', 'remote patient monitoring', 'hospital information systems'],
    },
  },
  {
    code: 'medtech.medical-ai',
    parent: 'medtech',
    label: { ru: 'искусственный интеллект в медицине', zh: '医疗人工智能', en: 'AI in healthcare' },
    synonyms: {
      ru: ['ИИ в медицине', 'медицинский ИИ', 'СППВР', 'анализ медицинских изображений', 'ИИ-диагностика'],
      zh: ['医疗AI', 'AI辅助诊断', '辅助诊断', '医学影像AI', '智能影像'],
      en: ['medical AI', 'AI diagnostics', 'clinical decision support', 'CDSS', 'medical image analysis'],
    },
  },
  {
    code: 'medtech.monitoring-wearables',
    parent: 'medtech',
    label: {
      ru: 'носимые медицинские устройства и мониторинг',
      zh: '可穿戴医疗与监护',
      en: 'wearable medical devices and monitoring',
    },
    synonyms: {
      ru: ['носимые устройства', 'мониторы пациента', 'кардиомониторы', 'глюкометры', 'домашние медицинские приборы'],
      zh: ['可穿戴医疗设备', '监护仪', '家用医疗器械', '血糖仪', '动态心电'],
      en: ['medical wearables', 'patient monitors', 'home medical devices', 'glucose meters', 'ECG monitoring'],
    },
  },
  {
    code: 'medtech.rehabilitation',
    parent: 'medtech',
    label: { ru: 'реабилитация и уход за пожилыми', zh: '康复与养老', en: 'rehabilitation and elderly care' },
    synonyms: {
      ru: ['реабилитационное оборудование', 'экзоскелеты', 'протезы', 'ассистивные технологии', 'серебряная экономика'],
      zh: ['康复设备', '康复机器人', '外骨骼', '假肢', '智慧养老', '银发经济'],
      en: [
        'rehabilitation equipment',
        'exoskeletons',
        'prosthetics',
        'assistive technologies',
        'eldercare',
        'silver economy',
      ],
    },
  },

  // ─────────────────────────── New materials & chemistry ───────────────────────────
  {
    code: 'materials',
    parent: null,
    label: { ru: 'новые материалы и химия', zh: '新材料与化工', en: 'new materials and chemistry' },
    synonyms: {
      ru: ['новые материалы', 'перспективные материалы', 'материаловедение', 'химия', 'химическая промышленность'],
      zh: ['新材料', '先进材料', '材料', '化工', '化学工业'],
      en: ['advanced materials', 'new materials', 'materials science', 'chemicals', 'chemical industry'],
    },
  },
  {
    code: 'materials.composites',
    parent: 'materials',
    label: { ru: 'композиционные материалы', zh: '复合材料', en: 'composite materials' },
    synonyms: {
      ru: ['композиты', 'ПКМ', 'углепластик', 'углеродное волокно', 'карбон', 'стеклопластик'],
      zh: ['碳纤维', '碳纤维复合材料', '玻璃纤维', '玻璃钢', '树脂基复合材料'],
      en: ['composites', 'carbon fibre', 'CFRP', 'fiberglass', 'GFRP'],
    },
  },
  {
    code: 'materials.metals-alloys',
    parent: 'materials',
    label: { ru: 'металлы и сплавы', zh: '金属材料', en: 'metals and alloys' },
    synonyms: {
      ru: [
        'металлургия',
        'специальные сплавы',
        'титановые сплавы',
        'алюминиевые сплавы',
        'жаропрочные сплавы',
        'порошковая металлургия',
      ],
      zh: ['合金', '特种合金', '钛合金', '铝合金', '高温合金', '粉末冶金'],
      en: ['alloys', 'metallurgy', 'titanium alloys', 'aluminium alloys', 'superalloys', 'powder metallurgy'],
    },
  },
  {
    code: 'materials.polymers',
    parent: 'materials',
    label: { ru: 'полимеры и пластики', zh: '高分子材料', en: 'polymers and plastics' },
    synonyms: {
      ru: [
        'полимерные материалы',
        'пластмассы',
        'инженерные пластики',
        'биоразлагаемые пластики',
        'каучуки',
        'эластомеры',
      ],
      zh: ['聚合物', '塑料', '工程塑料', '可降解塑料', '橡胶', '弹性体'],
      en: ['polymers', 'plastics', 'engineering plastics', 'biodegradable plastics', 'rubber', 'elastomers'],
    },
  },
  {
    code: 'materials.nanomaterials',
    parent: 'materials',
    label: { ru: 'наноматериалы', zh: '纳米材料', en: 'nanomaterials' },
    synonyms: {
      ru: ['нанотехнологии', 'графен', 'углеродные нанотрубки', 'УНТ', 'нанопокрытия'],
      zh: ['纳米技术', '石墨烯', '碳纳米管', '纳米涂层', '二维材料'],
      en: ['nanotechnology', 'graphene', 'carbon nanotubes', 'CNT', 'nanocoatings', '2D materials'],
    },
  },
  {
    code: 'materials.rare-earths',
    parent: 'materials',
    label: { ru: 'редкоземельные металлы и магниты', zh: '稀土材料', en: 'rare earths and magnets' },
    synonyms: {
      ru: ['РЗМ', 'редкоземельные элементы', 'постоянные магниты', 'неодимовые магниты', 'редкие металлы'],
      zh: ['稀土', '稀土永磁', '钕铁硼', '永磁材料', '稀有金属'],
      en: ['rare earth elements', 'REE', 'permanent magnets', 'NdFeB magnets', 'rare metals'],
    },
  },
  {
    code: 'materials.battery-materials',
    parent: 'materials',
    label: { ru: 'материалы для аккумуляторов', zh: '电池材料', en: 'battery materials' },
    synonyms: {
      ru: ['катодные материалы', 'анодные материалы', 'электролиты', 'сепараторы', 'литий', 'соединения лития'],
      zh: ['正极材料', '负极材料', '电解液', '隔膜', '锂资源', '碳酸锂'],
      en: ['cathode materials', 'anode materials', 'electrolytes', 'separators', 'lithium', 'lithium carbonate'],
    },
  },
  {
    code: 'materials.specialty-chemicals',
    parent: 'materials',
    label: { ru: 'специальная и тонкая химия', zh: '精细化工', en: 'specialty and fine chemicals' },
    synonyms: {
      ru: [
        'малотоннажная химия',
        'тонкий органический синтез',
        'катализаторы',
        'химические реагенты',
        'присадки',
        'лакокрасочные материалы',
      ],
      zh: ['专用化学品', '催化剂', '化学试剂', '添加剂', '涂料', '电子化学品'],
      en: ['fine chemicals', 'specialty chemicals', 'catalysts', 'reagents', 'additives', 'coatings'],
    },
  },
  {
    code: 'materials.ceramics-glass',
    parent: 'materials',
    label: { ru: 'техническая керамика и стекло', zh: '先进陶瓷与玻璃', en: 'advanced ceramics and glass' },
    synonyms: {
      ru: [
        'техническая керамика',
        'конструкционная керамика',
        'функциональная керамика',
        'оптическое стекло',
        'кварцевое стекло',
      ],
      zh: ['先进陶瓷', '特种陶瓷', '结构陶瓷', '光学玻璃', '石英玻璃'],
      en: ['technical ceramics', 'advanced ceramics', 'structural ceramics', 'optical glass', 'quartz glass'],
    },
  },

  // ───────────────────────────── Agriculture & food ─────────────────────────────
  {
    code: 'agrifood',
    parent: null,
    label: { ru: 'сельское хозяйство и продукты питания', zh: '农业与食品', en: 'agriculture and food' },
    synonyms: {
      ru: ['АПК', 'агропромышленный комплекс', 'сельское хозяйство', 'агротех', 'пищевая промышленность'],
      zh: ['农业', '现代农业', '农业科技', '食品工业', '食品'],
      en: ['agriculture', 'agritech', 'farming', 'food industry', 'agrifood'],
    },
  },
  {
    code: 'agrifood.precision-agriculture',
    parent: 'agrifood',
    label: { ru: 'точное земледелие', zh: '智慧农业', en: 'precision agriculture' },
    synonyms: {
      ru: [
        'цифровое сельское хозяйство',
        'умное сельское хозяйство',
        'агродроны',
        'спутниковый мониторинг полей',
        'агроаналитика',
      ],
      zh: ['精准农业', '数字农业', '植保无人机', '农业物联网', '农业大数据'],
      en: ['smart farming', 'digital agriculture', 'agricultural drones', 'farm IoT', 'crop monitoring'],
    },
  },
  {
    code: 'agrifood.seeds-breeding',
    parent: 'agrifood',
    label: { ru: 'селекция и семеноводство', zh: '种业与育种', en: 'seeds and breeding' },
    synonyms: {
      ru: ['селекция', 'семена', 'семеноводство', 'гибриды', 'геномная селекция', 'генетика растений'],
      zh: ['种子', '种业', '育种', '分子育种', '杂交种'],
      en: ['seeds', 'plant breeding', 'crop genetics', 'hybrids', 'genomic selection'],
    },
  },
  {
    code: 'agrifood.crop-protection',
    parent: 'agrifood',
    label: { ru: 'средства защиты растений и удобрения', zh: '农药与化肥', en: 'crop protection and fertilizers' },
    synonyms: {
      ru: ['СЗР', 'пестициды', 'агрохимия', 'удобрения', 'минеральные удобрения', 'биологические СЗР'],
      zh: ['植保', '农药', '化肥', '肥料', '生物农药', '农化'],
      en: ['crop protection', 'pesticides', 'agrochemicals', 'fertilizers', 'biopesticides', 'biofertilizers'],
    },
  },
  {
    code: 'agrifood.livestock',
    parent: 'agrifood',
    label: { ru: 'животноводство и ветеринария', zh: '畜牧与兽医', en: 'livestock and veterinary' },
    synonyms: {
      ru: ['животноводство', 'ветеринария', 'ветпрепараты', 'корма', 'птицеводство', 'свиноводство'],
      zh: ['畜牧业', '养殖', '兽药', '饲料', '家禽养殖', '生猪养殖'],
      en: ['livestock', 'animal husbandry', 'veterinary medicine', 'animal feed', 'poultry', 'pig farming'],
    },
  },
  {
    code: 'agrifood.aquaculture',
    parent: 'agrifood',
    label: { ru: 'аквакультура и рыболовство', zh: '水产养殖与渔业', en: 'aquaculture and fisheries' },
    synonyms: {
      ru: ['аквакультура', 'рыбоводство', 'рыболовство', 'морепродукты', 'УЗВ'],
      zh: ['水产养殖', '渔业', '海水养殖', '水产品', '循环水养殖'],
      en: ['aquaculture', 'fish farming', 'fisheries', 'seafood', 'RAS'],
    },
  },
  {
    code: 'agrifood.food-processing',
    parent: 'agrifood',
    label: { ru: 'пищевая промышленность и переработка', zh: '食品加工', en: 'food processing' },
    synonyms: {
      ru: [
        'пищевые технологии',
        'переработка сельхозпродукции',
        'пищевое производство',
        'упаковка продуктов',
        'функциональное питание',
        'альтернативный белок',
      ],
      zh: ['农产品加工', '食品科技', '食品包装', '功能食品', '替代蛋白', '食品安全'],
      en: [
        'food technology',
        'food tech',
        'agri-processing',
        'food packaging',
        'functional foods',
        'alternative proteins',
      ],
    },
  },
  {
    code: 'agrifood.agri-machinery',
    parent: 'agrifood',
    label: { ru: 'сельхозтехника', zh: '农业机械', en: 'agricultural machinery' },
    synonyms: {
      ru: ['сельскохозяйственная техника', 'тракторы', 'комбайны', 'агротехника', 'беспилотные тракторы'],
      zh: ['农机', '拖拉机', '收割机', '智能农机', '农机装备'],
      en: ['farm machinery', 'tractors', 'combine harvesters', 'ag equipment', 'autonomous tractors'],
    },
  },
  {
    code: 'agrifood.greenhouses',
    parent: 'agrifood',
    label: { ru: 'тепличные технологии и сити-фермы', zh: '设施农业', en: 'greenhouses and vertical farming' },
    synonyms: {
      ru: ['теплицы', 'защищённый грунт', 'вертикальные фермы', 'гидропоника', 'сити-фермерство'],
      zh: ['温室', '智能温室', '植物工厂', '垂直农业', '水培'],
      en: [
        'greenhouses',
        'controlled environment agriculture',
        'CEA',
        'vertical farms',
        'hydroponics',
        'plant factories',
      ],
    },
  },

  // ───────────────────────── Environment & circular economy ─────────────────────────
  {
    code: 'environment',
    parent: null,
    label: {
      ru: 'экология и экономика замкнутого цикла',
      zh: '环保与循环经济',
      en: 'environment and circular economy',
    },
    synonyms: {
      ru: [
        'экология',
        'охрана окружающей среды',
        'экономика замкнутого цикла',
        'зелёные технологии',
        'природоохранные технологии',
        'ESG',
      ],
      zh: ['环保', '节能环保', '循环经济', '绿色技术', '生态环境', '双碳'],
      en: ['environmental protection', 'circular economy', 'cleantech', 'green technologies', 'sustainability', 'ESG'],
    },
  },
  {
    code: 'environment.water-treatment',
    parent: 'environment',
    label: { ru: 'водоподготовка и очистка сточных вод', zh: '水处理', en: 'water and wastewater treatment' },
    synonyms: {
      ru: [
        'очистка воды',
        'водоочистка',
        'очистные сооружения',
        'мембранные технологии',
        'опреснение',
        'водоснабжение',
      ],
      zh: ['污水处理', '水净化', '膜技术', '海水淡化', '中水回用', '净水'],
      en: [
        'water treatment',
        'wastewater treatment',
        'water purification',
        'membrane technologies',
        'desalination',
        'water reuse',
      ],
    },
  },
  {
    code: 'environment.waste-management',
    parent: 'environment',
    label: {
      ru: 'обращение с отходами и вторичная переработка',
      zh: '固废处理与资源化',
      en: 'waste management and recycling',
    },
    synonyms: {
      ru: ['утилизация отходов', 'переработка отходов', 'ТКО', 'рециклинг', 'сортировка мусора', 'вторсырьё'],
      zh: ['固废处理', '垃圾分类', '垃圾焚烧', '资源回收', '再生资源', '废物资源化'],
      en: ['waste management', 'recycling', 'MSW', 'waste sorting', 'waste-to-energy', 'secondary raw materials'],
    },
  },
  {
    code: 'environment.air-pollution',
    parent: 'environment',
    label: { ru: 'газоочистка и защита атмосферного воздуха', zh: '大气污染治理', en: 'air pollution control' },
    synonyms: {
      ru: [
        'газоочистка',
        'очистка выбросов',
        'пылеулавливание',
        'снижение выбросов',
        'фильтрация воздуха',
        'десульфуризация',
      ],
      zh: ['废气处理', '除尘', '脱硫脱硝', 'VOCs治理', '超低排放', '空气净化'],
      en: [
        'flue gas cleaning',
        'emission control',
        'dust collection',
        'desulfurization',
        'VOC abatement',
        'air purification',
      ],
    },
  },
  {
    code: 'environment.ccus',
    parent: 'environment',
    label: {
      ru: 'улавливание и хранение углерода',
      zh: '碳捕集利用与封存',
      en: 'carbon capture, utilization and storage',
    },
    synonyms: {
      ru: [
        'CCUS',
        'CCS',
        'улавливание CO2',
        'декарбонизация',
        'низкоуглеродные технологии',
        'снижение углеродного следа',
      ],
      zh: ['CCUS', '碳捕集', '碳中和', '碳达峰', '减碳', '低碳技术'],
      en: ['CCUS', 'CCS', 'carbon capture', 'decarbonization', 'low-carbon technologies', 'direct air capture'],
    },
  },
  {
    code: 'environment.carbon-management',
    parent: 'environment',
    label: { ru: 'углеродный менеджмент и ESG', zh: '碳管理与碳交易', en: 'carbon management and ESG' },
    synonyms: {
      ru: [
        'углеродная отчётность',
        'углеродные единицы',
        'углеродный след',
        'климатические проекты',
        'торговля выбросами',
        'ESG-отчётность',
      ],
      zh: ['碳交易', '碳排放权', '碳足迹', '碳核算', '碳资产', 'ESG'],
      en: [
        'carbon accounting',
        'carbon credits',
        'carbon footprint',
        'emissions trading',
        'carbon markets',
        'ESG reporting',
      ],
    },
  },
  {
    code: 'environment.monitoring',
    parent: 'environment',
    label: { ru: 'экологический мониторинг', zh: '环境监测', en: 'environmental monitoring' },
    synonyms: {
      ru: [
        'мониторинг окружающей среды',
        'экомониторинг',
        'мониторинг качества воздуха',
        'контроль выбросов',
        'газоанализаторы',
      ],
      zh: ['生态环境监测', '在线监测', '空气质量监测', '水质监测', '气体分析仪'],
      en: ['air quality monitoring', 'water quality monitoring', 'emission monitoring', 'CEMS', 'gas analyzers'],
    },
  },
  {
    code: 'environment.remediation',
    parent: 'environment',
    label: { ru: 'рекультивация и восстановление земель', zh: '土壤与生态修复', en: 'soil and land remediation' },
    synonyms: {
      ru: [
        'рекультивация',
        'ремедиация почв',
        'очистка почв',
        'ликвидация накопленного вреда',
        'восстановление экосистем',
      ],
      zh: ['土壤修复', '土壤污染治理', '生态修复', '矿山修复', '污染场地修复'],
      en: [
        'soil remediation',
        'land reclamation',
        'contaminated sites',
        'ecological restoration',
        'brownfield remediation',
      ],
    },
  },

  // ───────────────────────── Smart city & construction ─────────────────────────
  {
    code: 'smart-city',
    parent: null,
    label: { ru: 'умный город и строительство', zh: '智慧城市与建筑', en: 'smart city and construction' },
    synonyms: {
      ru: ['умный город', 'строительство', 'городская среда', 'урбанистика', 'ЖКХ'],
      zh: ['智慧城市', '建筑业', '城市建设', '城市更新', '新型城镇化'],
      en: ['smart city', 'construction', 'urban development', 'built environment', 'urban tech'],
    },
  },
  {
    code: 'smart-city.urban-platforms',
    parent: 'smart-city',
    label: { ru: 'цифровые платформы управления городом', zh: '城市大脑与数字政府', en: 'city management platforms' },
    synonyms: {
      ru: [
        'цифровая платформа города',
        'ситуационные центры',
        'цифровой двойник города',
        'городские данные',
        'электронное правительство',
        'госуслуги',
      ],
      zh: ['城市大脑', '城市运营管理平台', '城市数字孪生', '一网统管', '数字政府', '智慧政务'],
      en: [
        'urban operating platforms',
        'city digital twin',
        'city brain',
        'urban data platforms',
        'e-government',
        'digital government',
      ],
    },
  },
  {
    code: 'smart-city.intelligent-transport',
    parent: 'smart-city',
    label: { ru: 'интеллектуальные транспортные системы', zh: '智能交通系统', en: 'intelligent transport systems' },
    synonyms: {
      ru: ['ИТС', 'управление дорожным движением', 'умные светофоры', 'фотовидеофиксация', 'умные парковки'],
      zh: ['智能交通', 'ITS', '交通信号控制', '智慧停车', '车路协同'],
      en: ['ITS', 'traffic management', 'smart traffic lights', 'smart parking', 'vehicle-road cooperation'],
    },
  },
  {
    code: 'smart-city.public-safety',
    parent: 'smart-city',
    label: { ru: 'безопасный город и видеонаблюдение', zh: '智慧安防', en: 'public safety and video surveillance' },
    synonyms: {
      ru: ['безопасный город', 'видеонаблюдение', 'камеры видеонаблюдения', 'системы безопасности', 'СКУД'],
      zh: ['安防', '视频监控', '平安城市', '门禁系统', '雪亮工程'],
      en: ['video surveillance', 'CCTV', 'safe city', 'access control', 'security systems'],
    },
  },
  {
    code: 'smart-city.bim',
    parent: 'smart-city',
    label: {
      ru: 'информационное моделирование и цифровое строительство',
      zh: 'BIM与智能建造',
      en: 'BIM and construction tech',
    },
    synonyms: {
      ru: ['BIM', 'ТИМ', 'технологии информационного моделирования', 'цифровизация строительства', 'ConTech'],
      zh: ['BIM', '建筑信息模型', '智能建造', '数字建造', '智慧工地'],
      en: ['BIM', 'building information modelling', 'construction technology', 'ConTech', 'digital construction'],
    },
  },
  {
    code: 'smart-city.prefab',
    parent: 'smart-city',
    label: {
      ru: 'модульное и индустриальное домостроение',
      zh: '装配式建筑',
      en: 'prefabricated and modular construction',
    },
    synonyms: {
      ru: [
        'модульное строительство',
        'сборные конструкции',
        'префаб',
        'быстровозводимые здания',
        'сборный железобетон',
        '3D-печать зданий',
      ],
      zh: ['装配式', '模块化建筑', '预制构件', '钢结构建筑', '建筑3D打印'],
      en: ['prefab', 'modular construction', 'precast concrete', 'off-site construction', '3D-printed buildings'],
    },
  },
  {
    code: 'smart-city.green-buildings',
    parent: 'smart-city',
    label: { ru: 'зелёные и энергоэффективные здания', zh: '绿色建筑', en: 'green and energy-efficient buildings' },
    synonyms: {
      ru: [
        'зелёное строительство',
        'энергоэффективные здания',
        'пассивный дом',
        'автоматизация зданий',
        'диспетчеризация зданий',
      ],
      zh: ['节能建筑', '被动房', '超低能耗建筑', '近零能耗建筑', '楼宇自控'],
      en: [
        'green buildings',
        'energy-efficient buildings',
        'passive house',
        'net-zero buildings',
        'building automation',
      ],
    },
  },
  {
    code: 'smart-city.building-materials',
    parent: 'smart-city',
    label: { ru: 'строительные материалы', zh: '新型建材', en: 'building materials' },
    synonyms: {
      ru: ['стройматериалы', 'цемент', 'бетон', 'теплоизоляционные материалы', 'сухие строительные смеси'],
      zh: ['建材', '绿色建材', '保温材料', '混凝土', '水泥'],
      en: ['construction materials', 'cement', 'concrete', 'insulation materials', 'green building materials'],
    },
  },
  {
    code: 'smart-city.utilities',
    parent: 'smart-city',
    label: { ru: 'цифровое ЖКХ и коммунальные сети', zh: '智慧公用事业', en: 'smart utilities' },
    synonyms: {
      ru: [
        'умный учёт',
        'умные счётчики',
        'теплоснабжение',
        'водоканал',
        'коммунальная инфраструктура',
        'цифровое ЖКХ',
      ],
      zh: ['智能表计', '智能电表', '智慧水务', '智慧燃气', '供热', '城市管网'],
      en: ['smart metering', 'smart meters', 'district heating', 'water utilities', 'smart water', 'utility networks'],
    },
  },

  // ───────────────────────────────── Aerospace ─────────────────────────────────
  {
    code: 'aerospace',
    parent: null,
    label: { ru: 'авиация и космос', zh: '航空航天', en: 'aerospace' },
    synonyms: {
      ru: ['аэрокосмическая отрасль', 'авиастроение', 'космос', 'ракетно-космическая промышленность', 'авиакосмос'],
      zh: ['航空', '航天', '商业航天', '航空工业', '空天'],
      en: ['aviation', 'space', 'space industry', 'aircraft industry', 'NewSpace'],
    },
  },
  {
    code: 'aerospace.satellites',
    parent: 'aerospace',
    label: { ru: 'спутники и космические аппараты', zh: '卫星与航天器', en: 'satellites and spacecraft' },
    synonyms: {
      ru: [
        'спутники',
        'малые спутники',
        'кубсаты',
        'спутниковая связь',
        'спутниковый интернет',
        'орбитальные группировки',
      ],
      zh: ['卫星', '小卫星', '立方星', '卫星通信', '卫星互联网', '卫星星座'],
      en: [
        'satellites',
        'small satellites',
        'CubeSats',
        'satellite communications',
        'satellite internet',
        'constellations',
      ],
    },
  },
  {
    code: 'aerospace.navigation',
    parent: 'aerospace',
    label: { ru: 'спутниковая навигация', zh: '卫星导航', en: 'satellite navigation' },
    synonyms: {
      ru: ['ГЛОНАСС', 'ГНСС', 'навигационные приёмники', 'высокоточное позиционирование', 'геолокация'],
      zh: ['北斗', '北斗导航', 'GNSS', '高精度定位', '导航定位'],
      en: ['GNSS', 'GLONASS', 'BeiDou', 'GPS', 'precise positioning'],
    },
  },
  {
    code: 'aerospace.remote-sensing',
    parent: 'aerospace',
    label: { ru: 'дистанционное зондирование Земли', zh: '遥感', en: 'remote sensing' },
    synonyms: {
      ru: ['ДЗЗ', 'спутниковые снимки', 'космическая съёмка', 'геоинформационные системы', 'ГИС'],
      zh: ['卫星遥感', '遥感影像', '对地观测', '地理信息系统', 'GIS'],
      en: ['Earth observation', 'EO', 'satellite imagery', 'GIS', 'geospatial analytics'],
    },
  },
  {
    code: 'aerospace.drones',
    parent: 'aerospace',
    label: { ru: 'беспилотные авиационные системы', zh: '无人机', en: 'drones and unmanned aircraft' },
    synonyms: {
      ru: ['БПЛА', 'БАС', 'беспилотники', 'дроны', 'мультикоптеры', 'беспилотные летательные аппараты'],
      zh: ['无人驾驶航空器', 'UAV', '工业无人机', '多旋翼', 'eVTOL', '低空经济'],
      en: ['drones', 'UAV', 'UAS', 'multicopters', 'eVTOL', 'low-altitude economy'],
    },
  },
  {
    code: 'aerospace.aviation',
    parent: 'aerospace',
    label: { ru: 'авиастроение и авиадвигатели', zh: '航空制造', en: 'aircraft and aero engines' },
    synonyms: {
      ru: ['самолёты', 'гражданская авиация', 'авиадвигатели', 'вертолёты', 'авиакомпоненты', 'ТОиР воздушных судов'],
      zh: ['民用航空', '大飞机', '航空发动机', '直升机', '航空零部件', '航空维修'],
      en: ['civil aviation', 'aircraft manufacturing', 'aero engines', 'helicopters', 'aircraft components', 'MRO'],
    },
  },
  {
    code: 'aerospace.launch',
    parent: 'aerospace',
    label: { ru: 'ракеты-носители и космические запуски', zh: '运载火箭', en: 'launch vehicles' },
    synonyms: {
      ru: ['ракеты-носители', 'РН', 'космические запуски', 'ракетные двигатели', 'многоразовые ракеты'],
      zh: ['火箭', '商业火箭', '火箭发动机', '可重复使用火箭', '发射服务'],
      en: ['rockets', 'space launch', 'rocket engines', 'reusable rockets', 'launch services'],
    },
  },

  // ───────────────────────────── Finance & fintech ─────────────────────────────
  {
    code: 'fintech',
    parent: null,
    label: { ru: 'финансы и финтех', zh: '金融与金融科技', en: 'finance and fintech' },
    synonyms: {
      ru: ['финтех', 'финансовые технологии', 'цифровые финансы', 'финансовые услуги', 'банки'],
      zh: ['金融科技', '数字金融', '金融服务', '银行', 'Fintech'],
      en: ['fintech', 'financial technology', 'digital finance', 'financial services', 'banking'],
    },
  },
  {
    code: 'fintech.payments',
    parent: 'fintech',
    label: { ru: 'платежи и трансграничные расчёты', zh: '支付与跨境结算', en: 'payments and cross-border settlement' },
    synonyms: {
      ru: ['платёжные системы', 'трансграничные платежи', 'мобильные платежи', 'QR-платежи', 'эквайринг', 'СБП'],
      zh: ['移动支付', '跨境支付', '第三方支付', '扫码支付', '收单', 'CIPS'],
      en: ['payment systems', 'cross-border payments', 'mobile payments', 'QR payments', 'acquiring'],
    },
  },
  {
    code: 'fintech.digital-currencies',
    parent: 'fintech',
    label: {
      ru: 'цифровые валюты и цифровые активы',
      zh: '数字货币与数字资产',
      en: 'digital currencies and digital assets',
    },
    synonyms: {
      ru: ['цифровой рубль', 'ЦВЦБ', 'CBDC', 'цифровые финансовые активы', 'ЦФА', 'стейблкоины'],
      zh: ['数字人民币', 'e-CNY', '央行数字货币', 'CBDC', '数字资产', '稳定币'],
      en: ['CBDC', 'central bank digital currency', 'digital ruble', 'e-CNY', 'digital assets', 'stablecoins'],
    },
  },
  {
    code: 'fintech.risk-regtech',
    parent: 'fintech',
    label: {
      ru: 'скоринг, риск-менеджмент и RegTech',
      zh: '智能风控与监管科技',
      en: 'credit scoring, risk and RegTech',
    },
    synonyms: {
      ru: ['кредитный скоринг', 'антифрод', 'риск-менеджмент', 'RegTech', 'ПОД/ФТ', 'KYC'],
      zh: ['风控', '信用评分', '反欺诈', '反洗钱', '监管科技', 'KYC'],
      en: ['credit scoring', 'anti-fraud', 'risk management', 'RegTech', 'AML', 'KYC'],
    },
  },
  {
    code: 'fintech.digital-banking',
    parent: 'fintech',
    label: { ru: 'цифровой банкинг', zh: '数字银行', en: 'digital banking' },
    synonyms: {
      ru: ['онлайн-банкинг', 'мобильный банк', 'необанки', 'открытый банкинг', 'банковское ПО'],
      zh: ['网上银行', '手机银行', '开放银行', '直销银行', '银行IT'],
      en: ['online banking', 'mobile banking', 'neobanks', 'open banking', 'core banking software'],
    },
  },
  {
    code: 'fintech.insurtech',
    parent: 'fintech',
    label: { ru: 'страховые технологии', zh: '保险科技', en: 'insurtech' },
    synonyms: {
      ru: [
        'инсуртех',
        'InsurTech',
        'цифровое страхование',
        'онлайн-страхование',
        'автоматизация урегулирования убытков',
      ],
      zh: ['互联网保险', '数字保险', 'InsurTech', '智能理赔', '保险数字化'],
      en: ['insurance technology', 'digital insurance', 'online insurance', 'claims automation'],
    },
  },
  {
    code: 'fintech.trade-finance',
    parent: 'fintech',
    label: { ru: 'торговое финансирование', zh: '贸易融资与供应链金融', en: 'trade finance' },
    synonyms: {
      ru: [
        'аккредитивы',
        'факторинг',
        'экспортное кредитование',
        'финансирование цепочек поставок',
        'банковские гарантии',
      ],
      zh: ['贸易融资', '供应链金融', '信用证', '保理', '出口信贷', '跨境融资'],
      en: ['supply chain finance', 'letters of credit', 'factoring', 'export credit', 'bank guarantees'],
    },
  },
  {
    code: 'fintech.investment-platforms',
    parent: 'fintech',
    label: { ru: 'инвестиционные платформы', zh: '财富管理与投资科技', en: 'investment platforms and wealthtech' },
    synonyms: {
      ru: ['краудфандинг', 'краудинвестинг', 'робоэдвайзеры', 'венчурное финансирование', 'управление активами'],
      zh: ['智能投顾', '股权众筹', '财富管理', '投资平台', '创业投资'],
      en: ['wealthtech', 'robo-advisors', 'crowdfunding', 'crowdinvesting', 'venture financing'],
    },
  },

  // ───────────────────────────── Logistics & supply chain ─────────────────────────────
  {
    code: 'logistics',
    parent: null,
    label: { ru: 'логистика и цепочки поставок', zh: '物流与供应链', en: 'logistics and supply chain' },
    synonyms: {
      ru: ['логистика', 'грузоперевозки', 'цепи поставок', 'SCM', 'транспортная логистика'],
      zh: ['物流', '供应链', '智慧物流', '货运', '仓储物流'],
      en: ['logistics', 'supply chain', 'freight', 'SCM', 'transportation logistics'],
    },
  },
  {
    code: 'logistics.warehouse-automation',
    parent: 'logistics',
    label: { ru: 'автоматизация складов', zh: '智能仓储', en: 'warehouse automation' },
    synonyms: {
      ru: [
        'автоматизированный склад',
        'роботизированный склад',
        'складская робототехника',
        'WMS',
        'складская логистика',
      ],
      zh: ['自动化立体仓库', '立体库', 'AGV', 'AMR', '仓储机器人', 'WMS'],
      en: ['AS/RS', 'automated warehouses', 'warehouse robotics', 'AGV', 'AMR', 'WMS'],
    },
  },
  {
    code: 'logistics.freight-multimodal',
    parent: 'logistics',
    label: {
      ru: 'мультимодальные и железнодорожные грузоперевозки',
      zh: '多式联运与铁路货运',
      en: 'multimodal and rail freight',
    },
    synonyms: {
      ru: [
        'мультимодальные перевозки',
        'контейнерные перевозки',
        'ж/д грузоперевозки',
        'транзит Китай–Европа',
        'автоперевозки',
        'экспедирование',
      ],
      zh: ['多式联运', '集装箱运输', '铁路货运', '中欧班列', '公路货运', '国际货代'],
      en: [
        'multimodal transport',
        'container shipping',
        'rail freight',
        'China–Europe rail',
        'trucking',
        'freight forwarding',
      ],
    },
  },
  {
    code: 'logistics.cross-border-ecommerce',
    parent: 'logistics',
    label: { ru: 'трансграничная электронная торговля', zh: '跨境电商', en: 'cross-border e-commerce' },
    synonyms: {
      ru: ['трансграничный e-commerce', 'кросс-бордер', 'маркетплейсы', 'интернет-торговля', 'электронная коммерция'],
      zh: ['跨境电子商务', '电子商务', '电商平台', '海外仓', '直播电商'],
      en: ['e-commerce', 'marketplaces', 'online retail', 'overseas warehouses', 'cross-border trade'],
    },
  },
  {
    code: 'logistics.cold-chain',
    parent: 'logistics',
    label: { ru: 'холодовая цепь', zh: '冷链物流', en: 'cold chain logistics' },
    synonyms: {
      ru: [
        'холодовая логистика',
        'рефрижераторные перевозки',
        'рефконтейнеры',
        'склады-холодильники',
        'температурная логистика',
      ],
      zh: ['冷链', '冷链运输', '冷库', '冷藏集装箱', '温控物流'],
      en: ['cold chain', 'reefer transport', 'reefer containers', 'cold storage', 'temperature-controlled logistics'],
    },
  },
  {
    code: 'logistics.last-mile',
    parent: 'logistics',
    label: { ru: 'доставка последней мили', zh: '末端配送', en: 'last-mile delivery' },
    synonyms: {
      ru: ['последняя миля', 'курьерская доставка', 'экспресс-доставка', 'постаматы', 'автономная доставка'],
      zh: ['最后一公里', '快递', '即时配送', '无人配送', '智能快递柜'],
      en: ['last mile', 'courier delivery', 'express delivery', 'parcel lockers', 'autonomous delivery'],
    },
  },
  {
    code: 'logistics.scm-software',
    parent: 'logistics',
    label: {
      ru: 'управление цепочками поставок и прослеживаемость',
      zh: '供应链管理与追溯',
      en: 'supply chain management and traceability',
    },
    synonyms: {
      ru: ['SCM-системы', 'TMS', 'отслеживание грузов', 'прослеживаемость', 'маркировка товаров', 'цифровая логистика'],
      zh: ['供应链管理', 'TMS', '物流追踪', '货物追踪', '溯源', '数字供应链'],
      en: ['SCM software', 'TMS', 'shipment tracking', 'track and trace', 'traceability', 'digital supply chain'],
    },
  },
  {
    code: 'logistics.customs',
    parent: 'logistics',
    label: { ru: 'таможенные технологии и ВЭД', zh: '智慧通关', en: 'customs and trade compliance' },
    synonyms: {
      ru: [
        'таможенное оформление',
        'ВЭД',
        'электронное декларирование',
        'таможенный брокер',
        'инспекционно-досмотровые комплексы',
      ],
      zh: ['通关', '报关', '单一窗口', '海关查验', '跨境贸易便利化'],
      en: ['customs clearance', 'customs brokerage', 'single window', 'e-declaration', 'cargo inspection systems'],
    },
  },
];
