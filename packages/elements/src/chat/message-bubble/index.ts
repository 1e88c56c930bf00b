import { html, type TemplateResult } from 'lit';
import type { TimCustomContent, TimMessage } from '@tim-kit/headless';
import type { TimLang, TimStrings } from '../../internal/i18n.js';
import { renderImage, renderSound, renderVideo } from './media.js';
import {
  renderCustomDefault,
  renderFace,
  renderFile,
  renderLocation,
  renderMerger,
} from './other.js';
import { renderText } from './text.js';

/** What an app returns to draw a custom message: a template, a string, or nothing for the default. */
export type TimCustomRenderer = (
  message: TimMessage,
  content: TimCustomContent,
) => TemplateResult | string | null | undefined;

export interface BubbleContext {
  t: TimStrings;
  lang: TimLang;
  renderCustom?: TimCustomRenderer;
  openImage: (url: string) => void;
  /** Opens the messages inside a merged message; without it the bubble is not a button. */
  openMerged?: (message: TimMessage, trigger: HTMLElement) => void;
}

/** The inside of a message bubble, by kind. */
export function renderBubbleContent(
  m: TimMessage,
  ctx: BubbleContext,
): TemplateResult | string | Array<string | TemplateResult> {
  const c = m.content;
  const { t, lang } = ctx;
  switch (c.kind) {
    case 'text':
      return renderText(c.text);
    case 'image':
      return renderImage(c, t, ctx.openImage);
    case 'sound':
      return renderSound(c, t);
    case 'video':
      return renderVideo(c, t);
    case 'file':
      return renderFile(c, t, lang);
    case 'location':
      return renderLocation(c, t, lang);
    case 'face':
      return renderFace(c, t);
    case 'custom':
      return ctx.renderCustom?.(m, c) ?? renderCustomDefault(c, t);
    case 'merger':
      return renderMerger(c, t, ctx.openMerged && ((el) => ctx.openMerged?.(m, el)));
    case 'group-tip':
    case 'group-system':
      return c.text;
    case 'unknown':
      return html`${m.text || t.preview.unsupported}`;
  }
}
