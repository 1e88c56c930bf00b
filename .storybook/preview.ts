import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Written by `npm run analyze`, which `npm run storybook` and `npm run build-storybook` run first.
import manifest from '../packages/elements/custom-elements.json';
import { globalTypes, initialGlobals, withToolbar } from '../stories/support/toolbar.js';
import { publicManifest } from '../stories/support/manifest.js';

// Autodocs read each element's properties, attributes, events, slots, parts and CSS properties.
setCustomElementsManifest(publicManifest(manifest));

const preview: Preview = {
  // Every stories file gets a generated docs page.
  tags: ['autodocs'],
  globalTypes,
  initialGlobals,
  decorators: [withToolbar],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Runs axe on the story; the a11y panel lists what fails.
    a11y: { context: 'body' },
  },
};

export default preview;
