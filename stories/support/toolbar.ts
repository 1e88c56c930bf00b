// The global toolbar of the catalogue: a theme and a locale that override every story's own
// `theme` / `lang` args, so any story can be seen dark or in Chinese without a story of its own.
import type { Decorator, Preview } from '@storybook/web-components-vite';
import type { TimLang } from '@tim-kit/elements';

/** Every language tim-kit ships words for; tsc fails below when a new one is left out. */
export const LOCALES = ['en', 'zh-CN', 'zh-TW', 'ja', 'ko'] as const satisfies readonly TimLang[];
type Unlisted = Exclude<TimLang, (typeof LOCALES)[number]>;
const everyLocaleListed: [Unlisted] extends [never] ? true : never = true;
void everyLocaleListed;

export const THEMES = ['light', 'dark'] as const;

/** '' in either toolbar means "as the story says". */
export const globalTypes: Preview['globalTypes'] = {
  theme: {
    description: 'Theme of the tim-kit elements',
    toolbar: {
      title: 'Theme',
      icon: 'mirror',
      dynamicTitle: true,
      items: [
        { value: '', title: 'Story theme' },
        ...THEMES.map((value) => ({ value, title: value === 'dark' ? 'Dark' : 'Light' })),
      ],
    },
  },
  locale: {
    description: 'Language of the tim-kit elements',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      dynamicTitle: true,
      items: [
        { value: '', title: 'Story locale' },
        ...LOCALES.map((value) => ({ value, title: value })),
      ],
    },
  },
};

export const initialGlobals = { theme: '', locale: '' };

function pick<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((item) => item === value);
}

/**
 * Hands the story its args with `theme` / `lang` replaced by the toolbar's choice. Every story
 * renders its elements from these args, so the elements, their frames and the page follow.
 */
export const withToolbar: Decorator = (story, context) => {
  const theme = pick(context.globals['theme'], THEMES);
  const locale = pick(context.globals['locale'], LOCALES);
  const args = { ...context.args };
  if (theme) args['theme'] = theme;
  if (locale) args['lang'] = locale;
  const lang = pick(args['lang'], LOCALES);
  if (lang) document.documentElement.lang = lang;
  // The canvas page itself goes dark too; docs pages keep Storybook's own background.
  if (context.viewMode === 'story') {
    document.body.style.background = args['theme'] === 'dark' ? '#111' : '';
  }
  return story({ args });
};
