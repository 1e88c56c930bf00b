// The services every handler and REST endpoint works with, built once per
// emulator in emulator.ts. Handlers receive it rather than importing globals,
// so two emulators in one process never share state.
import type { Db } from './store/db.js';
import type { UserStore } from './store/users.js';
import type { TicketStore } from './store/tickets.js';
import type { MessageStore } from './store/messages.js';
import type { InboxStore } from './store/inbox.js';
import type { ConversationStore } from './store/conversations.js';
import type { Sessions } from './protocol/sessions.js';
import type { MediaStore } from './store/media.js';
import type { GroupStores } from './store/groups/index.js';
import type { RelationStores } from './store/relations/index.js';

export interface AppConfig {
  sdkAppID: number;
  secret: string;
  admin: string;
}

export interface App {
  config: AppConfig;
  db: Db;
  users: UserStore;
  tickets: TicketStore;
  messages: MessageStore;
  inbox: InboxStore;
  conversations: ConversationStore;
  sessions: Sessions;
  relations: RelationStores;
  groups: GroupStores;
  log: (line: string) => void;
  /** Per-request lines; set only when EmulatorOptions.logLevel is 'debug'. */
  debug?: (line: string) => void;
  /** Server clock in seconds (message times, the revoke window); EmulatorOptions.now. */
  now: () => number;
  /** Uploaded media (im_cos_msg.pre_sig + HTTP PUT/GET under /media/). */
  media: MediaStore;
}
