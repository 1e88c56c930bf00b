// JSX typings for the tim-kit tags. React 19 sets a prop as a property when the element has
// one (`core`, `theme`) and turns `on<event-name>` into an event listener for that exact name.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  TimChat,
  TimConversationList,
  TimConversationSelectDetail,
  TimErrorDetail,
  TimMessageSendDetail,
  TimProvider,
} from '@tim-kit/elements';
import type { TimCore } from '@tim-kit/headless';

type Base<E> = DetailedHTMLProps<HTMLAttributes<E>, E>;

interface Common {
  core?: TimCore;
  lang?: string;
  theme?: 'light' | 'dark';
  'ontim-error'?: (event: CustomEvent<TimErrorDetail>) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'tim-provider': Base<TimProvider> & Common;
      'tim-conversation-list': Base<TimConversationList> &
        Common & {
          'ontim-conversation-select'?: (event: CustomEvent<TimConversationSelectDetail>) => void;
        };
      'tim-chat': Base<TimChat> &
        Common & { 'ontim-message-send'?: (event: CustomEvent<TimMessageSendDetail>) => void };
    }
  }
}
