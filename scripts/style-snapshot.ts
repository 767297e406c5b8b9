/**
 * What a reader sees of a page, element by element: the computed value of a fixed list of
 * visual properties and the bounding box of every element under <html> (and of its ::before
 * and ::after, where they draw something), in document order. An element that draws nothing
 * in that view (display: none, or inside such an element: the navigation on paper, a closed
 * <details>) keeps only its `display`, so hiding or showing it still counts and what cannot
 * be seen does not. Two snapshots of the same page from two builds are compared by
 * `diffSnapshots`; `npm run compare:styles` uses both.
 */
import type { Page } from 'playwright-core';

/** The properties compared: everything that changes how an element looks or where it sits. */
export const VISUAL_PROPERTIES = [
  'display',
  'position',
  'top',
  'right',
  'bottom',
  'left',
  'z-index',
  'float',
  'box-sizing',
  'width',
  'height',
  'min-width',
  'min-height',
  'max-width',
  'max-height',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-right-style',
  'border-bottom-style',
  'border-left-style',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'border-top-left-radius',
  'border-top-right-radius',
  'border-bottom-right-radius',
  'border-bottom-left-radius',
  'outline-style',
  'outline-width',
  'outline-color',
  'outline-offset',
  'box-shadow',
  'color',
  'background-color',
  'background-image',
  'opacity',
  'visibility',
  'overflow-x',
  'overflow-y',
  'clip-path',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-align',
  'text-indent',
  'text-transform',
  'text-decoration-line',
  'text-decoration-style',
  'text-decoration-color',
  'text-decoration-thickness',
  'text-underline-offset',
  'text-wrap-mode',
  'text-wrap-style',
  'white-space-collapse',
  'word-break',
  'overflow-wrap',
  'line-break',
  'hanging-punctuation',
  'text-spacing-trim',
  'text-autospace',
  'vertical-align',
  'list-style-type',
  'list-style-position',
  'flex-direction',
  'flex-wrap',
  'flex-grow',
  'flex-shrink',
  'flex-basis',
  'justify-content',
  'justify-self',
  'align-items',
  'align-self',
  'row-gap',
  'column-gap',
  'grid-template-columns',
  'grid-column-start',
  'grid-column-end',
  'grid-row-start',
  'grid-row-end',
  'caption-side',
  'border-collapse',
  'table-layout',
  'content',
  'counter-reset',
  'counter-increment',
  'cursor',
  'user-select',
  'scroll-margin-top',
  'break-before',
  'break-after',
  'break-inside',
  'orphans',
  'widows',
  'animation-name',
  'animation-duration',
  'print-color-adjust',
  'forced-color-adjust',
  'color-scheme',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'paint-order',
] as const;

/** One element (or pseudo-element) as drawn: who it is, its box, its property values in VISUAL_PROPERTIES order. */
export interface ElementStyle {
  /** A readable path, e.g. `main#main > div.page > p#p3.para::before`. */
  name: string;
  tag: string;
  box: [x: number, y: number, width: number, height: number];
  values: string[];
}

export interface PageSnapshot {
  elements: ElementStyle[];
}

/**
 * Snapshots the page as it is now. Runs any pending animation to its end first, so a
 * :target's arrival flash never lands in the comparison half-way.
 */
export async function snapshotPage(page: Page): Promise<PageSnapshot> {
  // One self-contained function with no named function inside: tsx wraps those in a call
  // to its `__name` helper, which does not exist in the page. It returns JSON text, which
  // crosses to Node many times faster than the same data as objects.
  const json = await page.evaluate((properties: readonly string[]) => {
    for (const animation of document.getAnimations()) animation.finish();
    const elements: { name: string; tag: string; box: [number, number, number, number]; values: string[] }[] = [];
    const names = new Map<Element, string>();
    for (const el of [document.documentElement, ...document.documentElement.querySelectorAll('body, body *')]) {
      const tag = el.tagName.toLowerCase();
      if (tag === 'script' || tag === 'style' || tag === 'template' || tag === 'noscript') continue;
      const classes = typeof el.className === 'string' && el.className.trim() !== '' ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const self = `${tag}${el.id ? `#${el.id}` : ''}${classes}`;
      const parent = el.parentElement ? names.get(el.parentElement) : undefined;
      // Paths start at the nearest ancestor with an id, which keeps them short (main#main, p#p3).
      const name = el.id || parent === undefined ? self : `${parent} > ${self}`;
      names.set(el, name);
      const r = el.getBoundingClientRect();
      const box = [r.x + window.scrollX, r.y + window.scrollY, r.width, r.height].map((n) => Math.round(n * 100) / 100) as [
        number,
        number,
        number,
        number,
      ];
      const style = getComputedStyle(el);
      // What is not drawn (display: none, or inside it) keeps only its display to compare.
      const drawn = el.checkVisibility();
      elements.push({ name, tag, box, values: properties.map((p) => (drawn || p === 'display' ? style.getPropertyValue(p) : '')) });
      for (const pseudo of ['::before', '::after']) {
        const ps = getComputedStyle(el, pseudo);
        const content = ps.getPropertyValue('content');
        if (content === 'none' || content === 'normal') continue;
        elements.push({
          name: `${name}${pseudo}`,
          tag: `${tag}${pseudo}`,
          box,
          values: properties.map((p) => (drawn || p === 'display' ? ps.getPropertyValue(p) : '')),
        });
      }
    }
    return JSON.stringify({ elements });
  }, VISUAL_PROPERTIES);
  return JSON.parse(json) as PageSnapshot;
}
