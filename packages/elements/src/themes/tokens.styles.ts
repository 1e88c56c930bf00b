import { css, unsafeCSS } from 'lit';

/**
 * The dark palette, applied by both the system preference and the theme attribute. A bare list of
 * declarations is not a stylesheet, so it is a constant string rather than a `css` template (and
 * each use ends in `;` so the CSS checker parses the rule around it).
 */
const darkTokens = unsafeCSS(`
  color-scheme: dark;
  --tim-color-background: #17191c;
  --tim-color-surface: #22252a;
  --tim-color-surface-hover: #2b2f35;
  --tim-color-surface-selected: #1f3556;
  --tim-color-border: #363a41;
  --tim-color-text: #e8eaed;
  --tim-color-text-secondary: #a5abb5;
  --tim-color-primary: #5b9cf5;
  --tim-color-on-primary: #0b1526;
  --tim-color-bubble-self: #2f6fd0;
  --tim-color-on-bubble-self: #ffffff;
  --tim-color-bubble-other: #2b2f35;
  --tim-color-on-bubble-other: #e8eaed;
  --tim-color-danger: #f28b82;
  --tim-color-danger-surface: #3b2220;
  --tim-color-badge: #e2483d;
  --tim-color-on-badge: #ffffff;
  --tim-color-muted-dot: #80868f;
  --tim-color-focus: #8ab4f8;
`);

/**
 * `color-scheme` makes native controls (scrollbars, inputs, date pickers) follow the theme.
 * lit-analyzer's CSS data predates the property and has no per-property allowlist (its checker
 * runs vscode-css-languageservice with default lint settings; runem/lit-analyzer#326), so the
 * light declaration is interpolated like `darkTokens` rather than switching `no-invalid-css` off.
 */
const lightScheme = unsafeCSS('color-scheme: light');

/**
 * The `--tim-*` design tokens, scoped to each element's `:host` so nothing leaks into the page.
 * Light by default; dark with `theme="dark"`, or when the system prefers dark and the element
 * is not `theme="light"` (one dark set, interpolated into both rules: CSS alone cannot share it).
 * An element without `theme` follows its `<tim-provider theme>`, which it mirrors as
 * `provider-theme`.
 * Override any token on the element, e.g. `tim-chat { --tim-radius: 0 }`.
 */
export const tokens = css`
  :host {
    ${lightScheme};
    --tim-color-background: #ffffff;
    --tim-color-surface: #f5f6f8;
    --tim-color-surface-hover: #eceef2;
    --tim-color-surface-selected: #e3edfd;
    --tim-color-border: #dcdfe5;
    --tim-color-text: #1d2129;
    --tim-color-text-secondary: #5c6370;
    --tim-color-primary: #1565d8;
    --tim-color-on-primary: #ffffff;
    --tim-color-bubble-self: #1565d8;
    --tim-color-on-bubble-self: #ffffff;
    --tim-color-bubble-other: #f0f2f5;
    --tim-color-on-bubble-other: #1d2129;
    --tim-color-danger: #c62828;
    --tim-color-danger-surface: #fdecea;
    --tim-color-badge: #d93025;
    --tim-color-on-badge: #ffffff;
    --tim-color-muted-dot: #8a919c;
    --tim-color-focus: #1565d8;
    --tim-font-family:
      system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif;
    --tim-font-size: 14px;
    --tim-font-size-small: 12px;
    --tim-radius: 8px;
    --tim-radius-bubble: 12px;
    --tim-avatar-size: 40px;
    --tim-spacing: 8px;
    --tim-focus-ring: 2px solid var(--tim-color-focus);

    font-family: var(--tim-font-family);
    font-size: var(--tim-font-size);
    color: var(--tim-color-text);
    box-sizing: border-box;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([provider-theme='light'])) {
      ${darkTokens};
    }
  }
  :host([theme='dark']),
  :host([provider-theme='dark']:not([theme='light'])) {
    ${darkTokens};
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
`;

/** Shared avatar, explanatory-state and screen-reader-only styles. */
export const shared = css`
  .avatar {
    flex: none;
    width: var(--tim-avatar-size);
    height: var(--tim-avatar-size);
    border-radius: 50%;
    overflow: hidden;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    /* 30% lightness keeps white initials above 4.5:1 contrast for every hue. */
    background: hsl(var(--tim-avatar-hue, 210) 55% 30%);
    color: #ffffff;
    font-weight: 600;
    font-size: calc(var(--tim-avatar-size) * 0.4);
    user-select: none;
  }
  .avatar img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .state {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--tim-spacing);
    padding: calc(var(--tim-spacing) * 3);
    min-height: 120px;
    height: 100%;
    text-align: center;
    color: var(--tim-color-text-secondary);
  }
  .state strong {
    color: var(--tim-color-text);
  }
  .state code {
    font-family: ui-monospace, monospace;
  }
  /* Read by screen readers, invisible on screen. */
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
