import { html, type TemplateResult } from 'lit';
import { icon } from '../../internal/icons.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TimImageContent, TimSoundContent, TimVideoContent } from '@tim-kit/headless';
import type { TimStrings } from '../../internal/i18n.js';

/** The thumbnail, else the best variant there is. */
function thumbnailOf(c: TimImageContent) {
  return c.thumbnail ?? c.large ?? c.original;
}

/** An image as a thumbnail button; `onOpen` shows it large. */
export function renderImage(
  c: TimImageContent,
  t: TimStrings,
  onOpen: (url: string) => void,
): TemplateResult {
  const thumb = thumbnailOf(c);
  const large = c.large ?? c.original ?? thumb;
  if (!thumb?.url) return html`<span class="placeholder">${t.preview.image}</span>`;
  // Reserve the box before the image loads so the list does not jump.
  const w = thumb.width || 198;
  const h = thumb.height || 198;
  const scale = Math.min(1, 198 / Math.max(w, h));
  return html`<button
    type="button"
    part="image-button"
    class="image-button"
    aria-label=${t.openImage}
    @click=${() => onOpen(large?.url || thumb.url)}
  >
    <img
      part="image"
      src=${thumb.url}
      alt=${t.imageAlt}
      width=${Math.round(w * scale)}
      height=${Math.round(h * scale)}
      loading="lazy"
    />
  </button>`;
}

/** A voice message: a play/pause button over an <audio> and its duration. */
export function renderSound(c: TimSoundContent, t: TimStrings): TemplateResult {
  const toggle = (event: Event) => {
    const button = event.currentTarget as HTMLButtonElement;
    const audio = button.nextElementSibling as HTMLAudioElement | null;
    if (!audio) return;
    if (audio.paused) void audio.play().catch(() => undefined);
    else audio.pause();
  };
  const sync = (event: Event) => {
    const audio = event.currentTarget as HTMLAudioElement;
    const button = audio.previousElementSibling as HTMLButtonElement | null;
    button?.setAttribute('aria-pressed', audio.paused ? 'false' : 'true');
  };
  return html`<span class="sound">
    <button
      type="button"
      part="play-button"
      class="play"
      aria-pressed="false"
      aria-label=${t.playVoice(c.seconds)}
      @click=${toggle}
    >
      ${icon('play', 16)}
    </button>
    <audio
      src=${ifDefined(c.url || undefined)}
      preload="none"
      @play=${sync}
      @pause=${sync}
      @ended=${sync}
    ></audio>
    <span class="duration">${c.seconds}″</span>
  </span>`;
}

/** A video with its poster frame and the browser's own controls (play, seek, fullscreen). */
export function renderVideo(c: TimVideoContent, t: TimStrings): TemplateResult {
  const w = c.snapshot.width || 240;
  const h = c.snapshot.height || 135;
  const scale = Math.min(1, 240 / Math.max(w, h));
  return html`<video
    part="video"
    class="video"
    src=${ifDefined(c.url || undefined)}
    poster=${ifDefined(c.snapshot.url || undefined)}
    width=${Math.round(w * scale)}
    height=${Math.round(h * scale)}
    controls
    preload="none"
    aria-label=${t.video}
  ></video>`;
}
