/**
 * The reviewed restorations of capture 001 (dongying-shule), checked against the raw
 * capture and, where the basis is mechanical, redone byte by byte.
 */
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { restorationFileSchema, type Restoration } from '../../src/core/schemas/restoration';
import { decodeGbkStrict, encodeGbk, isGbkPrivateUse, realignGbk } from '../../scripts/clean/gbk';
import { capturedText, textOf, type ArticleLine } from '../../scripts/clean/model';
import { applyRestorations, findUnreviewedDamage } from '../../scripts/clean/steps/repair-damage';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const CAPTURE = 'content/sources/001_682004c81572a2c1.txt';
const captureLines = read(CAPTURE).split('\n');
const records: Restoration[] = restorationFileSchema.parse(JSON.parse(read('content/restorations/dongying-shule.json')));

/** 1–33: the article (title, deck and body); from 34 on the capture is site chrome. */
const ARTICLE_LAST_LINE = 33;

/** Readings of one character, with tone marks. */
const readings = (char: string): string[] => pinyin(char, { multiple: true, type: 'array' });

/** Every two-byte GBK Han character (user-defined areas excluded), for candidate search. */
let gbkHan: { char: string; lead: number; trail: number }[] | undefined;
function gbkCandidates(reading: string, bytes: { lead?: number; trail?: number }): string[] {
  if (gbkHan === undefined) {
    gbkHan = [];
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        const char = trail === 0x7f ? null : decodeGbkStrict([lead, trail]);
        if (char !== null && /^\p{Script=Han}$/u.test(char)) gbkHan.push({ char, lead, trail });
      }
    }
  }
  return gbkHan
    .filter((c) => (bytes.lead === undefined || c.lead === bytes.lead) && (bytes.trail === undefined || c.trail === bytes.trail))
    .filter((c) => readings(c.char).includes(reading))
    .map((c) => c.char);
}

/** The hosting site narrowed full-width forms (！ Ｊ ，) to ASCII; mojibake shows that way in the capture. */
const narrow = (text: string) => text.replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** A lost character known from the pinyin the site left after its "?". */
interface Lost {
  char: string;
  /** The reading as captured after the "?". */
  reading: string;
  /** A byte of it that is fixed by its neighbours. */
  lead?: number;
  /** Every GBK character with that byte and reading; omitted where no byte is fixed. */
  candidates?: string[];
}

/** One record's explanation, written out so that it can be redone. */
interface Check {
  /** Lost characters, identified by their pinyin (and a fixed byte where there is one). */
  lost?: Lost[];
  /** Visible mojibake plus edge bytes, as realignGbk takes them, and what they decode to. */
  realign?: { mojibake: string; lead?: number; trail?: number; expected: string }[];
  /** Restored characters known only from their pinyin, after the realigned text. */
  then?: string;
  /** Byte pairs for which the site emitted nothing: GBK's user-defined areas (private use). */
  userDefined?: [number, number][];
  /** Byte pairs that are not GBK and came out as "?". */
  invalid?: [number, number][];
  /** Anything else the basis claims. */
  extra?: () => void;
}

/** 數 = 94 B5: 當's trail byte AE 94 + 地's lead byte, lost with its pinyin shù. */
const SHU: Lost = { char: '數', reading: 'shù', lead: 0x94, candidates: ['數'] };

const CHECKS: Record<string, Check> = {
  r1: { lost: [SHU], realign: [{ mojibake: '孛裆', lead: 0xb5, trail: 0xfa, expected: '地民生' }] },
  r2: { lost: [{ char: '動', reading: 'dòng' }] },
  r3: {
    lost: [SHU],
    realign: [
      { mojibake: '匚幕', lead: 0xb5, trail: 0xaf, expected: '地文化' },
      { mojibake: '蝗', lead: 0xbd, trail: 0xda, expected: '交融' },
    ],
    userDefined: [[0xaf, 0xbd]],
    invalid: [[0xda, 0x2c]],
  },
  r4: { lost: [{ char: '動', reading: 'dòng' }] },
  r5: {
    lost: [{ char: '驗', reading: 'yàn', lead: 0xf2, candidates: ['騐', '験', '騴', '驗'] }],
    realign: [{ mojibake: '楦鞣N', lead: 0x9e, expected: '為各種' }],
    extra: () => {
      // Only 驗's trail byte can lead a two-byte character; the others end in ASCII V, Y, z.
      const leads = ['騐', '験', '騴', '驗'].map((c) => encodeGbk(c)[1]!).filter((b) => b >= 0x81);
      expect(leads).toEqual([0x9e]);
    },
  },
  r6: { lost: [SHU], realign: [{ mojibake: '匦哪X', lead: 0xb5, expected: '地心腦' }] },
  r7: {
    lost: [{ char: '側', reading: 'cè', lead: 0x82, candidates: ['側'] }],
    realign: [
      { mojibake: '罕娭', lead: 0xc8, trail: 0xae, expected: '群眾之' },
      { mojibake: '啵', lead: 0xbf, trail: 0xac, expected: '苦，' },
      { mojibake: '馊罕娭', lead: 0xbd, trail: 0xae, expected: '解群眾之' },
      { mojibake: 'y', lead: 0xeb, expected: '難' },
    ],
    userDefined: [
      [0xae, 0xbf],
      [0xac, 0xbd],
      [0xae, 0xeb],
    ],
    extra: () => {
      expect(encodeGbk('紓')[1]).toBe(0x82);
      // 困 (C0 A7) cannot stand before ，: the byte there is E0.
      expect(encodeGbk('困')[1]).not.toBe(0xe0);
      expect(encodeGbk('苦')[1]).toBe(0xe0);
    },
  },
  r8: { lost: [SHU], realign: [{ mojibake: '蒯t', lead: 0xb5, expected: '地醫' }] },
  r9: {
    lost: [SHU],
    realign: [
      { mojibake: '亓粝铝艘恢', lead: 0xb5, trail: 0xa7, expected: '地留下了一支' },
      { mojibake: 'Р蛔叩膶', lead: 0x8e, trail: 0xa3, expected: '帶不走的專' },
      { mojibake: 'I', lead: 0x98, expected: '業' },
    ],
    userDefined: [
      [0xa7, 0x8e],
      [0xa3, 0x98],
    ],
    extra: () => expect(readings('業')).toContain('yè'),
  },
  r10: {
    realign: [{ mojibake: '！蹦Ｊ', lead: 0xd0, trail: 0xbd, expected: '校”模式' }],
    invalid: [[0xbd, 0x2c]],
  },
  r11: { lost: [SHU], realign: [{ mojibake: '貙W', lead: 0xb5, expected: '地學' }] },
  r12: { lost: [SHU], realign: [{ mojibake: '嘏囵B', lead: 0xb5, expected: '地培養' }] },
  r13: {
    lost: [
      { char: '獎', reading: 'jiǎng', lead: 0xaa, candidates: ['獎'] },
      { char: '務', reading: 'wù', lead: 0x84, candidates: ['務'] },
    ],
    realign: [{ mojibake: '', lead: 0x84, trail: 0xd5, expected: '務' }],
    extra: () => expect(encodeGbk('要')[1]).toBe(0xaa),
  },
  r14: {
    lost: [{ char: '訓', reading: 'xùn', lead: 0xd3, candidates: ['訊', '訓', '訙'] }],
    realign: [{ mojibake: '|', lead: 0x96, expected: '東' }],
    extra: () => {
      expect(encodeGbk('接')[1]).toBe(0xd3);
      const nextChars = ['訊', '訓', '訙'].map((c) => decodeGbkStrict([encodeGbk(c)[1]!, 0x7c]));
      expect(nextChars).toEqual(['峾', '東', '渱']);
    },
  },
  r15: {
    lost: [
      { char: '購', reading: 'gòu', lead: 0xd9, candidates: ['購'] },
      { char: '強', reading: 'qiáng', lead: 0x8f, candidates: ['廧', '強', '彊'] },
    ],
    realign: [{ mojibake: '', lead: 0x8f, trail: 0x8a, expected: '強' }],
    extra: () => expect(encodeGbk('百')[1]).toBe(0xd9),
  },
  r16: { lost: [SHU], realign: [{ mojibake: '禺a', lead: 0xb5, expected: '地產' }] },
  r17: {
    lost: [SHU, { char: '經', reading: 'jīng', lead: 0xbd, candidates: ['経', '經'] }],
    realign: [{ mojibake: '亟', lead: 0xb5, trail: 0x9b, expected: '地經' }],
  },
  r18: {
    lost: [{ char: '優', reading: 'yōu', lead: 0x83, candidates: ['優'] }],
    realign: [{ mojibake: '', lead: 0x83, trail: 0x9e, expected: '優' }],
    extra: () => {
      // ?jī): 績 (BF 83) is the character whose trail 83 leads 優, but its standard
      // reading is jì; no GBK character starting with BF reads jī. Hence "inferred".
      expect(encodeGbk('量')[1]).toBe(0xbf);
      expect(hexOf('績')).toBe('BF 83');
      expect(gbkCandidates('jī', { lead: 0xbf })).toEqual([]);
      expect(gbkCandidates('jì', { lead: 0xbf })).toEqual(['績', '繋']);
    },
  },
  r19: {
    realign: [{ mojibake: '！', lead: 0xa1, trail: 0xb1, expected: '。”' }],
    invalid: [[0xb1, 0x3c]],
  },
  r20: { lost: [SHU], realign: [{ mojibake: '靥峁┚蜆I', lead: 0xb5, expected: '地提供就業' }] },
  r21: {
    lost: [],
    extra: () => {
      expect(hexOf('·')).toBe('A1 A4');
      for (const dot of ['•', '・', '‧']) expect(() => encodeGbk(dot)).toThrow(RangeError);
    },
  },
  r22: {
    lost: [{ char: '項', reading: 'xiàng' }],
    realign: [
      { mojibake: '！棒斀', lead: 0xa1, trail: 0xae, expected: '。“魯疆' },
      { mojibake: '椤笔秤镁', lead: 0xc7, trail: 0xfa, expected: '情”食用菌' },
    ],
    then: '項',
    userDefined: [
      [0xae, 0xc7],
      [0xfa, 0xed],
    ],
    extra: () => {
      // Without a dropped pair the quoted name would be 魯介 (BD E9).
      expect(realignGbk('斀椤', { lead: 0xf4, trail: 0xb1 })).toBe('魯介”');
    },
  },
};

function hexOf(text: string): string {
  return [...encodeGbk(text)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}

describe('content/restorations/dongying-shule.json', () => {
  it('has ids r1, r2, … in reading order', () => {
    expect(records.map((r) => r.id)).toEqual(records.map((_, i) => `r${i + 1}`));
    const positions = records.map((r) => [r.line, captureLines[r.line - 1]!.indexOf(r.garbled)] as const);
    const sorted = [...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(positions).toEqual(sorted);
  });

  it('has every garbled text exactly once in its line of the raw capture, within the article', () => {
    for (const r of records) {
      expect(r.line, r.id).toBeLessThanOrEqual(ARTICLE_LAST_LINE);
      const raw = captureLines[r.line - 1]!;
      const count = raw.split(r.garbled).length - 1;
      expect(count, `${r.id}: ${r.garbled}`).toBe(1);
    }
  });

  it('restores in Traditional script', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    for (const r of records) if (r.restored !== null) expect(toTraditional(r.restored), r.id).toBe(r.restored);
  });

  it('has a mechanical check written out for every record', () => {
    expect(Object.keys(CHECKS).sort()).toEqual(records.map((r) => r.id).sort());
  });
});

describe.each(records.map((r) => [r.id, r] as const))('%s', (id, r) => {
  const check = CHECKS[id]!;

  it('redoes the basis', () => {
    for (const lost of check.lost ?? []) {
      expect(r.garbled, `${lost.char}'s pinyin is in the capture`).toContain(`?${lost.reading})`);
      expect(readings(lost.char)).toContain(lost.reading);
      if (lost.lead !== undefined) expect(encodeGbk(lost.char)[0], `${lost.char}'s lead byte`).toBe(lost.lead);
      if (lost.candidates !== undefined) expect(gbkCandidates(lost.reading, { lead: lost.lead })).toEqual(lost.candidates);
    }
    for (const { mojibake, lead, trail, expected } of check.realign ?? []) {
      expect(r.garbled, 'the mojibake is in the capture').toContain(narrow(mojibake));
      expect(realignGbk(mojibake, { lead, trail }), mojibake).toBe(expected);
    }
    for (const [lead, trail] of check.userDefined ?? []) {
      expect(isGbkPrivateUse(lead, trail)).toBe(true);
      expect(decodeGbkStrict([lead, trail])).toBeNull();
    }
    for (const pair of check.invalid ?? []) {
      expect(isGbkPrivateUse(...pair)).toBe(false);
      expect(decodeGbkStrict(pair)).toBeNull();
    }
    check.extra?.();

    if (r.kind === 'gbk-realigned' || r.kind === 'html-residue') {
      expect(r.restored).toBe((check.realign ?? []).map((x) => x.expected).join('') + (check.then ?? ''));
    }
    if (r.kind === 'lost-character') {
      const [lost] = check.lost ?? [];
      const marker = lost === undefined ? '?' : `?${lost.reading})`;
      expect(r.restored).toBe(r.garbled.replace(marker, lost?.char ?? '·'));
    }
  });
});

describe('capture 001 after its restorations', () => {
  /** Han + `(` + pinyin + `)`: the hosting site's annotation, removed by a later step. */
  const PINYIN = /(\p{Script=Han})\([a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/gu;
  const articleLines: ArticleLine[] = captureLines
    .slice(0, ARTICLE_LAST_LINE)
    .map((raw, i) => ({ number: i + 1, segments: [capturedText(raw.trim())], edits: [] }));

  it('shows damage before the restorations are applied', () => {
    const damaged = articleLines.filter((l) => findUnreviewedDamage(textOf(l.segments)).length > 0).map((l) => l.number);
    expect(damaged).toEqual([4, 7, 9, 11, 12, 13, 16, 17, 20, 22, 23, 25]);
  });

  it('has no damage left once they are applied and the pinyin is stripped', () => {
    const repaired = applyRestorations(articleLines, records, CAPTURE);
    for (const line of repaired) {
      const text = textOf(line.segments).replace(PINYIN, '$1');
      expect(findUnreviewedDamage(text), `line ${line.number}: ${text}`).toEqual([]);
      expect(text, `line ${line.number}`).not.toMatch(/[?\uFFFD]/u);
    }
  });
});
