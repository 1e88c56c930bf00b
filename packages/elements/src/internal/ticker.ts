import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimLang } from './i18n.js';

/**
 * Re-renders its host once a second while `active()` is true, so countdowns (a member's mute)
 * stay current; it stops ticking as soon as nothing counts down.
 */
export class TickController implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly active: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    const want = this.active();
    if (want && !this.timer) this.timer = setInterval(() => this.host.requestUpdate(), 1000);
    if (!want) this.stop();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}

/** Time left as "9:59", "1:02:03", or in days ("6 days") past one day. */
export function formatCountdown(ms: number, lang: TimLang): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const days = Math.floor(total / 86_400);
  if (days >= 1) {
    return new Intl.NumberFormat(lang, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(
      days,
    );
  }
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** A duration in seconds in words: "10 minutes", "1 hour", "7 天". */
export function formatDuration(seconds: number, lang: TimLang): string {
  const [value, unit] =
    seconds % 86_400 === 0
      ? [seconds / 86_400, 'day']
      : seconds % 3600 === 0
        ? [seconds / 3600, 'hour']
        : seconds % 60 === 0
          ? [seconds / 60, 'minute']
          : [seconds, 'second'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
