import { useEffect, useState } from 'preact/hooks';
import { en } from './en.ts';
import { fr, type MessageKey } from './fr.ts';

export type Lang = 'fr' | 'en';
export type { MessageKey };

const STORAGE_KEY = 'vigie.lang';
const messages: Record<Lang, Record<MessageKey, string>> = { fr, en };
const listeners = new Set<(lang: Lang) => void>();

function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'fr' || stored === 'en') return stored;
  } catch {
    /* storage may be disabled: French by default */
  }
  return 'fr';
}

let current: Lang = initialLang();

/** The current language; French unless the user chose English (persisted in localStorage). */
export const getLang = (): Lang => current;

/** The BCP 47 locale used for dates and numbers. */
export const locale = (): string => (current === 'fr' ? 'fr-FR' : 'en-GB');

/** Switches the language, remembers it and re-renders every component that uses `useLang`. */
export function setLang(lang: Lang): void {
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* not persisted, still switched */
  }
  document.documentElement.lang = lang;
  for (const listener of listeners) listener(lang);
}

/** Calls `listener` on each language change, outside components (a map's controls); returns the unsubscribe. */
export function onLangChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Subscribes a component to language changes; returns the current language. */
export function useLang(): Lang {
  const [lang, setState] = useState(current);
  useEffect(() => {
    listeners.add(setState);
    return () => {
      listeners.delete(setState);
    };
  }, []);
  return lang;
}

/** Translates a key, replacing `{name}` placeholders with the given parameters. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = messages[current][key] ?? fr[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

type EnumGroup =
  | 'event_type'
  | 'target_kind'
  | 'signature_kind'
  | 'status'
  | 'time_precision'
  | 'place_precision'
  | 'source_kind'
  | 'facility_kind'
  | 'role'
  | 'organisation_kind'
  | 'site_spot';

/** The label of a value of a closed vocabulary; an unknown value (newer server) shows as itself. */
export function label(group: EnumGroup, value: string): string {
  const key = `${group}.${value}` as MessageKey;
  return key in fr ? t(key) : value.replace(/_/g, ' ');
}
