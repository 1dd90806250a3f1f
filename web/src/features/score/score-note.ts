// The engine writes each note as "中文 (English)": one sentence in each language, the English in
// the last parentheses. The page shows the one of its language.
import type { Language } from '../../i18n/language';

/** The note in `language`; a note without an English gloss is shown as it is. */
export function noteIn(note: string, language: Language): string {
  const trimmed = note.trim();
  if (!trimmed.endsWith(')')) return trimmed;
  // Walk back from the last ")" to its "(" (the English may hold parentheses of its own).
  let depth = 0;
  for (let i = trimmed.length - 1; i >= 0; i--) {
    const c = trimmed[i];
    if (c === ')') depth++;
    else if (c === '(' && --depth === 0) {
      if (i === 0 || trimmed[i - 1] !== ' ') return trimmed;
      const zh = trimmed.slice(0, i - 1).trim();
      const en = trimmed.slice(i + 1, -1).trim();
      if (!/[\u4e00-\u9fff]/.test(zh)) return trimmed;
      return language === 'zh' ? zh : en;
    }
  }
  return trimmed;
}
