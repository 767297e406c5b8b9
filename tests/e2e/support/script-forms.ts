/**
 * Which characters belong to only one script, decided by OpenCC's dictionaries: a
 * character is Simplified-only when OpenCC changes it on the way to Traditional and no
 * Traditional word in the dictionaries has it (干 stays in 干涉, 余 in 余三勝, so neither
 * counts); Traditional-only likewise the other way (著 is Simplified too, as in 著录).
 */
import * as OpenCC from 'opencc-js';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWPhrases from 'opencc-js/dict/TWPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';

type Script = 'zh-Hans' | 'zh-Hant';

/** Every character of the keys (side 0) or of the values (side 1) of opencc-js dictionaries ("key value value|…"). */
const side = (which: 0 | 1, ...dicts: string[]): string[] =>
  dicts.flatMap((d) => d.split('|').flatMap((entry) => [...(which === 0 ? entry.split(' ')[0]! : entry.split(' ').slice(1).join(''))]));

const toHans = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
const keptInHant = new Set([...side(1, STCharacters, STPhrases, TWPhrases, TWVariants), ...side(0, TSCharacters, TSPhrases)]);
const keptInHans = new Set([...side(1, TSCharacters, TSPhrases), ...side(0, STCharacters, STPhrases)]);

/** True when `c` is a character that a page in `script` should not show in its own words. */
export function foreignTo(script: Script, c: string): boolean {
  return script === 'zh-Hant' ? toHant(c) !== c && !keptInHant.has(c) : toHans(c) !== c && !keptInHans.has(c);
}
