// The setup the relationship element stories share: the lang/theme controls, the seeded viewer's
// core, the element in a frame, and the Loading and SignedOut states. A stories file keeps its
// own `title` and `component` (Storybook's indexer and the catalogue test read them as written).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { renderUnreachable, type StoryConnection } from './tim-story.js';
import { emptyCore, frame, relationsLoader } from './relations-story.js';
import { pendingLoader } from './state-cores.js';

export interface ElementArgs {
  lang: string;
  theme: '' | 'light' | 'dark';
}

export type ElementStory = StoryObj<ElementArgs>;

export interface ElementFrame {
  /** Frame width in px. */
  width: number;
  /** Inline style of the element (e.g. a height for a virtualized list). */
  style?: string;
  /** `user-id` of a `<tim-profile>`. */
  userId?: string;
}

/** A render function: `tag` on the story's core, inside a frame of `options.width`. */
export function renderElement(
  tag: string,
  options: ElementFrame,
): NonNullable<ElementStory['render']> {
  return (args, { loaded }): TemplateResult => {
    const tim = loaded['tim'] as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    // Built by hand: lit templates cannot take the tag name as a binding.
    const element = Object.assign(document.createElement(tag), { core: tim.core });
    element.setAttribute('lang', args.lang);
    element.setAttribute('theme', args.theme || 'light');
    if (options.style) element.setAttribute('style', options.style);
    if (options.userId) element.setAttribute('user-id', options.userId);
    element.addEventListener('tim-error', (e) =>
      console.warn('tim-error', (e as CustomEvent).detail),
    );
    return frame(args.theme, options.width, html`${element}`);
  };
}

/** Everything of a relationship stories file's meta but its `title` and `component`. */
export function elementMeta(tag: string, options: ElementFrame): Omit<Meta<ElementArgs>, 'title'> {
  return {
    loaders: [relationsLoader],
    args: { lang: 'en', theme: '' },
    argTypes: {
      lang: { control: 'inline-radio', options: ['en', 'zh-CN', 'zh-TW', 'ja', 'ko'] },
      theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    },
    render: renderElement(tag, options),
  };
}

/** The stories every relationship element has besides its Default. */
export const darkStory: ElementStory = { args: { theme: 'dark' } };
export const chineseStory: ElementStory = { args: { lang: 'zh-CN' } };

/** Signing in is still going (its server never answers): the element says it is loading. */
export const loadingStory: ElementStory = { loaders: [pendingLoader] };

/** A core with no logged-in user: the element says it could not load because nobody is signed in. */
export const signedOutStory: ElementStory = {
  loaders: [async () => ({ tim: await emptyCore() })],
};
