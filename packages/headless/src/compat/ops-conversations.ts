// The seed's conversation operations and its conversation listener (seConversationListener).
import type { TimConversation } from '../conversations/types.js';
import { conversationTypeOf } from './enums.js';
import { optBool, target } from './params.js';
import type { ListenerDef, OpDef } from './runner.js';

export interface SeedConversation {
  peer: string;
  type: number;
}

export const toSeedConversation = (row: TimConversation): SeedConversation => ({
  peer: row.peerID,
  type: conversationTypeOf[row.type],
});

export const getConversation: OpDef = (params) => {
  const { conversationID } = target(params);
  return async ({ core }) => ({
    conversation: toSeedConversation(await core.conversations.getConversation(conversationID)),
  });
};

export const getConversations: OpDef =
  () =>
  async ({ core }) => {
    await core.conversations.refresh();
    return { conversations: core.conversations.$conversations.get().map(toSeedConversation) };
  };

export const deleteConversation: OpDef = (params) => {
  const { conversationID } = target(params);
  const delMessage = optBool(params, 'delMessage') ?? true;
  return async ({ core }) => {
    await core.conversations.remove(conversationID, { keepMessages: !delMessage });
    return {};
  };
};

export const getUnReadMessageNum: OpDef = (params) => {
  const { conversationID } = target(params);
  return async ({ core }) => {
    const listed = core.conversations.$conversations
      .get()
      .find((row) => row.conversationID === conversationID);
    const row = listed ?? (await core.conversations.getConversation(conversationID));
    return { count: row.unreadCount };
  };
};

export const setRead: OpDef = (params) => {
  const { conversationID } = target(params);
  return async ({ core }) => {
    await core.messages.markRead(conversationID);
    return {};
  };
};

/**
 * Android's onRefreshConversation: the rows that changed since the last event (the core keeps
 * the identity of unchanged rows, so a changed row is a new object).
 */
export const seConversationListener: ListenerDef = () => (env, emit) => {
  let previous = new Set(env.core.conversations.$conversations.get());
  return env.core.conversations.$conversations.listen((rows) => {
    const changed = rows.filter((row) => !previous.has(row));
    previous = new Set(rows);
    if (changed.length > 0) emit({ conversations: changed.map(toSeedConversation) });
  });
};
