import type { GlossaryConcept } from '../glossary/glossary-data.js';
import type { IndexArea } from './concept-index.js';

/** A small taxonomy and glossary for the matcher's tests, independent of the shipped data. */
export const AREAS: IndexArea[] = [
  {
    code: 'energy',
    parent: null,
    label: { ru: 'энергетика', zh: '能源', en: 'energy' },
    synonyms: { ru: ['электроэнергетика'], zh: ['新能源'], en: ['power sector'] },
  },
  {
    code: 'energy.batteries',
    parent: 'energy',
    label: { ru: 'литий-ионные аккумуляторы', zh: '锂离子电池', en: 'lithium-ion batteries' },
    synonyms: { ru: ['Li-ion', 'литиевые батареи'], zh: ['锂电池', '动力电池'], en: ['Li-ion', 'battery cells'] },
  },
  {
    code: 'energy.hydrogen',
    parent: 'energy',
    label: { ru: 'водородная энергетика', zh: '氢能', en: 'hydrogen energy' },
    synonyms: { ru: ['электролизеры', 'водород'], zh: ['电解槽', '制氢'], en: ['electrolysers', 'hydrogen'] },
  },
  {
    code: 'transport',
    parent: null,
    label: { ru: 'транспорт', zh: '交通运输', en: 'transport' },
    synonyms: { ru: [], zh: [], en: [] },
  },
  {
    code: 'transport.autonomous',
    parent: 'transport',
    label: { ru: 'беспилотный транспорт', zh: '自动驾驶', en: 'autonomous vehicles' },
    synonyms: { ru: ['беспилотные автомобили'], zh: ['无人驾驶'], en: ['self-driving cars'] },
  },
];

export const GLOSSARY: GlossaryConcept[] = [
  {
    id: 'batteries.solid-state',
    area: 'energy.batteries',
    ru: ['твердотельный аккумулятор', 'твердотельная батарея'],
    zh: ['固态电池'],
    en: ['solid-state battery', 'solid state battery'],
  },
  {
    id: 'batteries.battery',
    area: 'energy.batteries',
    ru: ['аккумулятор', 'аккумуляторная батарея'],
    zh: ['电池'],
    en: ['battery', 'rechargeable battery'],
  },
  {
    id: 'batteries.sodium-ion',
    area: 'energy.batteries',
    ru: ['натрий-ионный аккумулятор'],
    zh: ['钠离子电池'],
    en: ['sodium-ion battery', 'Na-ion battery'],
  },
  {
    id: 'hydrogen.pem-electrolyser',
    area: 'energy.hydrogen',
    ru: ['PEM-электролизер', 'электролизер с протонообменной мембраной'],
    zh: ['PEM电解槽', '质子交换膜电解槽'],
    en: ['PEM electrolyser', 'PEM electrolyzer', 'proton exchange membrane electrolyser'],
  },
  {
    id: 'sensing.lidar',
    area: 'transport.autonomous',
    ru: ['лидар'],
    zh: ['激光雷达'],
    en: ['LiDAR', 'laser radar'],
  },
  {
    id: 'batteries.thermal-runaway',
    area: 'energy.batteries',
    ru: ['тепловой разгон'],
    zh: ['热失控'],
    en: ['thermal runaway'],
  },
];
