// `npm run analyze`: reads the elements' JSDoc (@summary, @slot, @event, @csspart,
// @cssproperty) into packages/elements/custom-elements.json, which its package.json points at.
export default {
  // The shared base class is listed too, so inherited members (core, lang, theme) are documented.
  globs: [
    'packages/elements/src/**/*.component.ts',
    'packages/elements/src/internal/core-element.ts',
  ],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: 'packages/elements',
  litelement: true,
};
