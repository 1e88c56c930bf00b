// The Vite env variables the stories read (Storybook exposes STORYBOOK_* ones).
interface ImportMetaEnv {
  readonly STORYBOOK_TIM_EMULATOR?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
