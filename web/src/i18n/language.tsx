import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { MESSAGES, type MessageKey } from './messages';

export type Language = 'zh' | 'en';

const STORAGE_KEY = 'points.language';

interface LanguageContextValue {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
}

const LanguageContext = createContext<LanguageContextValue | undefined>(undefined);

function initialLanguage(): Language {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function translate(
  language: Language,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  return MESSAGES[key][language].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** Chinese first; the English switch is remembered in this browser. */
export function LanguageProvider({
  children,
  language: fixed,
}: {
  children: ReactNode;
  language?: Language;
}) {
  const [language, setState] = useState<Language>(fixed ?? initialLanguage);
  const value = useMemo<LanguageContextValue>(
    () => ({
      language,
      setLanguage(next) {
        setState(next);
        try {
          window.localStorage.setItem(STORAGE_KEY, next);
        } catch {
          /* private mode: the switch lasts for this page */
        }
        document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
      },
      t: (key, values) => translate(language, key, values),
    }),
    [language],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage outside LanguageProvider');
  return value;
}
