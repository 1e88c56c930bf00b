// Offline push defaults: the notifications domain derives them from the user's push settings, and
// the send pipeline merges them into chat.sendMessage's options. Fields given for one message
// (title, description, disablePush...) win over the defaults.

export type OfflinePushProvider = (conversationID: string) => Record<string, unknown>;

export function mergeOfflinePush<T>(defaults: Record<string, unknown> | undefined, options: T): T {
  if (!defaults) return options;
  const given = (options ?? {}) as Record<string, unknown>;
  const own = given.offlinePushInfo as Record<string, unknown> | undefined;
  const info: Record<string, unknown> = { ...defaults, ...own };
  // Either side asking for no push means no push.
  if (defaults.disablePush === true || own?.disablePush === true) info.disablePush = true;
  return { ...given, offlinePushInfo: info } as T;
}
