// The Vite env variables the stories read (Storybook exposes STORYBOOK_* ones).
interface ImportMetaEnv {
  readonly STORYBOOK_TIM_EMULATOR?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

// Vite's `?url` import: the asset's URL in the dev server and in the built Storybook.
declare module '*?url' {
  const url: string;
  export default url;
}
