// The seed's message operations: the seven sends, history, the new-message and revoke listeners,
// and seMessageExtConfig.
import { invalidArgument } from '../errors.js';
import type { TimCore } from '../core.js';
import type { TimMessage, TimSendOptions } from '../messages/types.js';
import { parseConversationID } from '../internal/conversation-id.js';
import { toSeedMessage } from './convert-message.js';
import { conversationTypeOf } from './enums.js';
import { media, num, optBool, optNum, optStr, str, target, type Params } from './params.js';
import type { ListenerDef, OpDef } from './runner.js';

function sendOptions(params: Params): TimSendOptions {
  return { onlineOnly: optBool(params, 'onlineMessage') ?? false };
}

/** Sends resolve with the seed's bare `{ status }` (plus the message ID, an extension). */
const sent = (message: TimMessage) => ({ msgId: message.id });

export const sendText: OpDef = (params) => {
  const { conversationID } = target(params);
  const text = str(params, 'text');
  const options = sendOptions(params);
  return async ({ core }) => sent(await core.messages.sendText(conversationID, text, options));
};

export const sendImage: OpDef = (params) => {
  const { conversationID } = target(params);
  const source = media(params, 'imagePath');
  // The web SDK uploads the file as given; there is no compression level to choose.
  optNum(params, 'imageLevel', { oneOf: [0, 1, 2] });
  const options = sendOptions(params);
  return async ({ core, loadFile }) =>
    sent(
      await core.messages.sendImage(conversationID, await loadFile(source, 'imagePath'), options),
    );
};

export const sendFace: OpDef = (params) => {
  const { conversationID } = target(params);
  const index = num(params, 'index', { integer: true, min: 0 });
  const data = optStr(params, ['faceData', 'data'], { empty: true }) ?? '';
  const options = sendOptions(params);
  return async ({ core }) =>
    sent(await core.messages.sendFace(conversationID, index, data, options));
};

export const sendSound: OpDef = (params) => {
  const { conversationID } = target(params);
  const duration = num(params, 'duration', { min: 0 });
  const source = media(params, 'soundPath');
  const options = sendOptions(params);
  return async ({ core, loadFile }) =>
    sent(
      await core.messages.sendSound(
        conversationID,
        await loadFile(source, 'soundPath'),
        duration,
        options,
      ),
    );
};

export const sendLocation: OpDef = (params) => {
  const { conversationID } = target(params);
  const description = optStr(params, ['desc', 'description'], { empty: true }) ?? '';
  const longitude = num(params, 'longitude', { min: -180, max: 180 });
  const latitude = num(params, 'latitude', { min: -90, max: 90 });
  const options = sendOptions(params);
  return async ({ core }) =>
    sent(
      await core.messages.sendLocation(
        conversationID,
        { description, longitude, latitude },
        options,
      ),
    );
};

export const sendFile: OpDef = (params) => {
  const { conversationID } = target(params);
  const source = media(params, 'filePath');
  const fileName = optStr(params, 'fileName');
  const options = sendOptions(params);
  return async ({ core, loadFile }) =>
    sent(
      await core.messages.sendFile(
        conversationID,
        await loadFile(source, 'filePath', fileName),
        options,
      ),
    );
};

export const sendCustom: OpDef = (params) => {
  const { conversationID } = target(params);
  const data = str(params, 'data', { empty: true });
  const description = optStr(params, ['desc', 'description'], { empty: true }) ?? '';
  const extension = optStr(params, ['ext', 'extension'], { empty: true }) ?? '';
  // The web SDK carries no per-message push sound; the user's push settings choose it.
  optStr(params, 'sound', { empty: true });
  // As on Android, desc and ext are also what an offline push shows and carries.
  const options: TimSendOptions = {
    ...sendOptions(params),
    offlinePush: { description, extension },
  };
  return async ({ core }) =>
    sent(await core.messages.sendCustom(conversationID, { data, description, extension }, options));
};

/** Incoming messages newer than the last `unreadCount` read ones are unread. */
function readFlags(core: TimCore, conversationID: string, list: readonly TimMessage[]): boolean[] {
  const row = core.conversations.$conversations
    .get()
    .find((c) => c.conversationID === conversationID);
  let unread = row?.unreadCount ?? 0;
  const flags = list.map(() => true);
  for (let i = list.length - 1; i >= 0 && unread > 0; i--) {
    if (!list[i]?.fromSelf) {
      flags[i] = false;
      unread--;
    }
  }
  return flags;
}

/**
 * The latest `count` messages, newest first. `lastMsgId` (an extension) pages back: the `count`
 * messages older than that one.
 */
export const getMessage: OpDef = (params) => {
  const { conversationID } = target(params);
  const count = num(params, 'count', { integer: true, min: 1, max: 1000 });
  const lastMsgId = optStr(params, 'lastMsgId');
  return async ({ core }) => {
    const thread = core.messages.thread(conversationID);
    const endOf = (list: readonly TimMessage[]) =>
      lastMsgId === undefined ? list.length : list.findIndex((m) => m.id === lastMsgId);
    for (;;) {
      const list = thread.$messages.get();
      const end = endOf(list);
      if ((end >= 0 && end >= count) || thread.$isComplete.get()) break;
      await thread.loadOlder();
      if (thread.$messages.get().length === list.length && !thread.$isComplete.get()) break;
    }
    const list = thread.$messages.get();
    const end = endOf(list);
    if (end < 0)
      throw invalidArgument(
        'getMessage',
        `lastMsgId ${lastMsgId ?? ''} is not in this conversation`,
      );
    const flags = readFlags(core, conversationID, list);
    const start = Math.max(0, end - count);
    const messages = list
      .slice(start, end)
      .map((message, i) => toSeedMessage(core, message, { isRead: flags[start + i] ?? true }))
      .reverse();
    return { messages };
  };
};

export const addNewMessageListener: ListenerDef = () => (env, emit) =>
  env.core.messages.onReceived((batch) =>
    emit({
      messages: batch.map((message) =>
        toSeedMessage(env.core, message, { isRead: message.fromSelf }),
      ),
    }),
  );

export const setMessageRevokedListener: ListenerDef = () => (env, emit) =>
  env.core.messages.onRevoked((batch) => {
    for (const message of batch) {
      const { type, peerID } = parseConversationID(message.conversationID, 'compat.revoked');
      emit({
        conversationId: peerID,
        conversationType: conversationTypeOf[type],
        msgId: message.id,
      });
    }
  });

export const seMessageExtConfig: OpDef = (params) => {
  const enableReadReceipt = optBool(params, 'enableReadReceipt');
  const enableAutoReport = optBool(params, 'enableAutoReport');
  // No web meaning: the web SDK keeps no local database and always roams the conversation list.
  optBool(params, 'enableStorage');
  optBool(params, 'enableRecentContact');
  return async ({ core }) => {
    const change: { enableReadReceipt?: boolean; enableAutoReport?: boolean } = {};
    if (enableReadReceipt !== undefined) change.enableReadReceipt = enableReadReceipt;
    if (enableAutoReport !== undefined) change.enableAutoReport = enableAutoReport;
    core.messages.configure(change);
    return {};
  };
};
