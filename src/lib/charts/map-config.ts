/**
 * The pairing map's fixed layout: sizes, the two detail frames and where each label sits.
 * Presentation only; the facts come from the programme data and content/gazetteer.json.
 * The labels here are hand-tuned overrides: a place or supporter not listed gets a label
 * placed by the layout (map-layout.ts, besidePoint).
 */
import type { BasemapOptions } from './basemap';
import type { Frame, LabelSpec } from './map-layout';

/** The overview: the part of China the pairings span. */
export const OVERVIEW: BasemapOptions = {
  width: 720,
  margin: 0,
  // From the Pamirs to the coast of Zhejiang and Shandong: the provinces south of
  // Zhejiang and the far north-east, which no pairing involves, are cut off.
  frame: [
    [73.4, 26.4],
    [124.2, 49.6],
  ],
  minArea: 1.5,
  minRingArea: 8,
  neighbourFactor: 6,
};

interface DetailPanel {
  id: 'north' | 'south';
  frame: Frame;
  options: BasemapOptions;
  /** Scale bar length in km. */
  scaleKm: number;
  labels: Record<string, LabelSpec>;
}

const NORTH: Frame = [
  [86.95, 43.68],
  [88.35, 44.42],
];
const SOUTH: Frame = [
  [75.3, 38.95],
  [82.1, 41.15],
];
const DETAIL_OPTIONS = { width: 360, margin: 0, minArea: 0.8, minRingArea: 6, neighbourFactor: 1 };

/** The two detail panels: around Ürümqi, and the south-west (Kashgar–Aksu–Alar). */
export const DETAILS: DetailPanel[] = [
  {
    id: 'north',
    frame: NORTH,
    options: { ...DETAIL_OPTIONS, frame: NORTH },
    scaleKm: 20,
    labels: {
      changji: { dx: -9, dy: 4, anchor: 'end' },
      wujiaqu: { dx: -9, dy: -6, anchor: 'end' },
      fukang: { dx: 8, dy: -8, anchor: 'start' },
      'xpcc-12th-division': { dx: -9, dy: 5, anchor: 'end' },
      'xpcc-12th-222nd-regiment': { dx: -9, dy: -6, anchor: 'end' },
    },
  },
  {
    id: 'south',
    frame: SOUTH,
    options: { ...DETAIL_OPTIONS, frame: SOUTH },
    scaleKm: 100,
    labels: {
      shule: { dx: 0, dy: -11, anchor: 'middle' },
      keping: { dx: 0, dy: -11, anchor: 'middle' },
      'xpcc-1st-3rd-regiment': { dx: -9, dy: -5, anchor: 'end' },
      alar: { dx: 0, dy: -11, anchor: 'middle' },
    },
  },
];

/** Labels on the overview (places inside the northern detail frame go unlabelled there). */
export const OVERVIEW_LABELS: Record<string, LabelSpec> = {
  shule: { dx: -7, dy: 4, anchor: 'end' },
  keping: { dx: -4, dy: -8, anchor: 'end' },
  'xpcc-1st-3rd-regiment': { dx: -2, dy: 16, anchor: 'middle' },
  alar: { dx: 5, dy: 15, anchor: 'start' },
};

/** Where a supporting province's name goes, relative to its centroid, where the layout's placement would not do. */
export const SUPPORTER_LABELS: Record<string, LabelSpec> = {
  shandong: { dx: 26, dy: 4, anchor: 'start' },
  zhejiang: { dx: -16, dy: 20, anchor: 'end' },
  shanxi: { dx: -16, dy: 4, anchor: 'end' },
};
