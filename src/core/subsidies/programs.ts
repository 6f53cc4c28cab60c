/**
 * The subsidy programs a DX sheet usually flags. A city can replace them in its settings
 * (WorkbookSettings.subsidyPrograms); patterns are compared after NFKC.
 */
import type { SubsidyProgram } from '../config';

export const DEFAULT_SUBSIDY_PROGRAMS: readonly SubsidyProgram[] = [
  {
    id: 'digiden',
    name: 'デジタル田園都市国家構想交付金',
    patterns: [
      'デジタル田園都市国家構想推進交付金',
      'デジタル田園都市国家構想交付金',
      'デジタル田園都市国家構想',
      'デジ田',
    ],
    variants: ['地域間連携', 'デジタル実装タイプ'],
    // デジタル実装タイプ: 1/2 of the eligible cost.
    defaultRate: 0.5,
    startUpCostsOnly: true,
  },
  {
    id: 'chiho-sosei',
    name: '新しい地方経済・生活環境創生交付金',
    patterns: [
      '新しい地方経済・生活環境創生交付金',
      '新しい地方経済・生活環境創生',
      '第2世代交付金',
      '地方創生2.0交付金',
    ],
    variants: [],
    defaultRate: null,
    startUpCostsOnly: false,
  },
  {
    id: 'tokubetsu-kofuzei',
    name: '特別交付税措置',
    patterns: ['特別交付税措置', '特別交付税'],
    variants: [],
    // The rate (措置率) depends on the measure; only a rate stated in the text is used.
    defaultRate: null,
    startUpCostsOnly: false,
  },
  {
    id: 'chiiki-digital',
    name: '地域デジタル基盤活用推進事業',
    patterns: ['地域デジタル基盤活用推進事業'],
    variants: [],
    defaultRate: null,
    startUpCostsOnly: false,
  },
];
