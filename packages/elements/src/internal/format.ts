import type { TimLang } from './i18n.js';

const DAY = 24 * 60 * 60 * 1000;

/** A short time for lists: "14:05" today, "Mon" this week, "3/14" this year, else "2023/3/14". */
export function formatListTime(ms: number, lang: TimLang, now = Date.now()): string {
  if (!ms) return '';
  const date = new Date(ms);
  const today = new Date(now);
  const startOfToday = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
  if (ms >= startOfToday) {
    return new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' }).format(date);
  }
  if (ms >= startOfToday - 6 * DAY) {
    return new Intl.DateTimeFormat(lang, { weekday: 'short' }).format(date);
  }
  if (date.getFullYear() === today.getFullYear()) {
    return new Intl.DateTimeFormat(lang, { month: 'numeric', day: 'numeric' }).format(date);
  }
  return new Intl.DateTimeFormat(lang, { dateStyle: 'short' }).format(date);
}

/** The time shown beside a message: hours and minutes, with the date when not today. */
export function formatMessageTime(ms: number, lang: TimLang, now = Date.now()): string {
  const date = new Date(ms);
  const sameDay = new Date(now).toDateString() === date.toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: 'numeric', minute: '2-digit' }
    : { month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit' };
  return new Intl.DateTimeFormat(lang, options).format(date);
}

/** A full, unambiguous time for `<time datetime>` titles and screen readers. */
export function formatFullTime(ms: number, lang: TimLang): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(ms),
  );
}

// Built once per language and reused: a list re-renders its counts on every store change.
const countFormats = new Map<TimLang, Intl.NumberFormat>();
const percentFormats = new Map<TimLang, Intl.NumberFormat>();
const pluralRules = new Map<TimLang, Intl.PluralRules>();

function cached<T>(cache: Map<TimLang, T>, lang: TimLang, make: () => T): T {
  let value = cache.get(lang);
  if (value === undefined) {
    value = make();
    cache.set(lang, value);
  }
  return value;
}

/** A count in the language's digits and grouping: 12345 reads "12,345" in English. */
export function formatCount(count: number, lang: TimLang): string {
  return cached(
    countFormats,
    lang,
    () => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }),
  ).format(count);
}

/** A percentage from 0 to 100 as the language writes it ("45%"). */
export function formatPercent(percent: number, lang: TimLang): string {
  return cached(
    percentFormats,
    lang,
    () => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }),
  ).format(percent / 100);
}

/** The word form for a count: `forms.one` for 1 in English; CJK languages only have `other`. */
export function pluralForm(
  count: number,
  lang: TimLang,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  const rule = cached(pluralRules, lang, () => new Intl.PluralRules(lang)).select(count);
  return forms[rule] ?? forms.other;
}

/** "1 member", "12,345 members": the formatted count and its English word form. */
export function countEn(count: number, one: string, other: string): string {
  return `${formatCount(count, 'en')} ${pluralForm(count, 'en', { one, other })}`;
}

/** "99+" above 99, the formatted count otherwise. */
export function formatBadge(count: number, lang: TimLang): string {
  return count > 99 ? `${formatCount(99, lang)}+` : formatCount(count, lang);
}

/** "1.2 MB", "340 KB", "12 B" in the UI language. */
export function formatBytes(bytes: number, lang: TimLang): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** A day separator label: "Today", "Yesterday" (via Intl), else the date. */
export function formatDay(ms: number, lang: TimLang, now = Date.now()): string {
  const day = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const diff = Math.round((day(new Date(now)) - day(new Date(ms))) / DAY);
  if (diff === 0 || diff === 1) {
    const word = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(-diff, 'day');
    return word.charAt(0).toUpperCase() + word.slice(1);
  }
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(ms));
}
