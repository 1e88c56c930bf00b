import { createContext } from '@lit/context';
import type { TimCore } from '@tim-kit/headless';

/**
 * The context every tim-kit element reads its headless core from. The key is made with
 * `Symbol.for` so two copies of this bundle on one page still find each other's provider.
 */
export const coreContext = createContext<TimCore | undefined>(Symbol.for('tim-core'));

/** The UI language a `<tim-provider lang>` hands down to the elements inside it. */
export const langContext = createContext<string | undefined>(Symbol.for('tim-lang'));

/** The theme (`light` or `dark`) a `<tim-provider theme>` hands down; unset follows the system. */
export const themeContext = createContext<'light' | 'dark' | undefined>(Symbol.for('tim-theme'));
