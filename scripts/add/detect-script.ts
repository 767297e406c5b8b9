/**
 * Which script a capture is printed in, decided by the characters OpenCC would change:
 * converting Simplified → Traditional changes the Simplified-only characters, and
 * Traditional → Simplified the Traditional-only ones. The script with more characters of
 * its own wins; a capture with too few of either cannot be decided.
 */
import * as OpenCC from 'opencc-js';
import type { Script } from './options';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Fewer characters of its own than this, or no clear majority, and the script is not guessed. */
const MINIMUM = 5;

export interface ScriptCount {
  'zh-Hans': number;
  'zh-Hant': number;
}

function changed(text: string, converted: string): number {
  const after = [...converted];
  return [...text].filter((char, index) => char !== after[index]).length;
}

export function countScriptForms(text: string): ScriptCount {
  const chars = [...text].filter((char) => /\p{Script=Han}/u.test(char)).join('');
  return { 'zh-Hans': changed(chars, toTraditional(chars)), 'zh-Hant': changed(chars, toSimplified(chars)) };
}

/** The script, or undefined when the text does not say clearly (the caller asks for --script). */
export function detectScript(text: string): Script | undefined {
  const count = countScriptForms(text);
  const [winner, loser]: Script[] = count['zh-Hans'] >= count['zh-Hant'] ? ['zh-Hans', 'zh-Hant'] : ['zh-Hant', 'zh-Hans'];
  return count[winner!] >= MINIMUM && count[winner!] >= 4 * count[loser!] ? winner : undefined;
}
