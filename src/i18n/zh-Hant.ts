/**
 * The interface wording in Traditional Chinese: zh-Hans.ts converted at build time with
 * the same OpenCC conversion as our other words on Traditional pages (ourWordsIn), plus
 * the reviewed overrides below. Nothing here is written by hand but the overrides.
 */
import { ourWordsIn } from '../lib/apparatus/convert';
import { deriveDictionary, type Override } from './derive';
import { zhHans, type Dictionary } from './zh-Hans';

const PUBLISH =
  '发布 is 發布 in the Taiwan standard (MOE dictionary) and in the archive’s own Traditional capture (shandong-12th-division, p12: 發布崗位信息); OpenCC’s phrase table gives 發佈';

export const HANT_OVERRIDES: readonly Override[] = [
  { key: 'report.published', from: '發佈', to: '發布', reason: PUBLISH },
  { key: 'report.estimatedNote', from: '發佈', to: '發布', reason: PUBLISH },
  { key: 'report.dateEstimated', from: '發佈', to: '發布', reason: PUBLISH },
  { key: 'apparatus.noChanges', from: '發佈', to: '發布', reason: PUBLISH },
  {
    key: 'report.gbtNote',
    from: '注於',
    to: '註於',
    reason:
      '注 in the sense of writing a note down is 註 in Taiwan usage, as OpenCC itself gives for 注明 → 註明 in our wording; it has no phrase for 注于',
  },
  {
    key: 'apparatus.keyTo.certain',
    from: '碼錶',
    to: '碼表',
    reason: 'GBK 码表 is the code table (表); OpenCC’s phrase table reads 码表 as 碼錶, a stopwatch or odometer',
  },
  {
    key: 'apparatus.scriptLabel.zh-Hans',
    from: '簡體',
    to: '简体',
    reason: 'each script’s name is shown in its own script on every page (marked lang="zh-Hans")',
  },
];

export const zhHant: Dictionary = deriveDictionary(zhHans, (text) => ourWordsIn('zh-Hant', text), HANT_OVERRIDES);
