import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // Docs pages are generated from packages/elements/custom-elements.json (see preview.ts); the
  // a11y panel runs axe on the story in the canvas.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  async viteFinal(base) {
    return mergeConfig(base, {
      // Workspace packages resolve to their TypeScript sources.
      resolve: { conditions: ['source', ...defaultClientConditions] },
      // nanostores reads process.env.NODE_ENV in the browser.
      define: { 'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV ?? 'development') },
    });
  },
};

export default config;
