// Online-only C2C messages (the SDK's sendMessage option onlineUserOnly, e.g.
// "typing..."): pushed to the sockets that are live right now and never stored,
// so they are in no history, no conversation, no unread count and no later sync.
import { randomInt } from 'node:crypto';
import type { App } from '../app.js';
import type { Session } from '../protocol/sessions.js';
import type { Profile } from '../store/users.js';
import { toWire, type StoredC2CMessage } from '../store/messages.js';
import { avatarOf, nickOf } from './profile.js';
import type { SendC2CInput } from './c2c.js';

export function deliverOnlineOnly(
  app: App,
  input: SendC2CInput,
  to: string,
  body: unknown[],
  sender: { profile: Profile; tinyId: string },
  senderSession: Session | undefined,
): StoredC2CMessage {
  const msgSeq = input.msgSeq ?? randomInt(1, 2 ** 31);
  const msgRandom = input.msgRandom ?? randomInt(1, 2 ** 31);
  const msgTime = app.now();
  const message: StoredC2CMessage = {
    id: 0,
    pairSeq: 0,
    msgKey: `${msgSeq}_${msgRandom}_${msgTime}`,
    from: input.from,
    to,
    msgSeq,
    msgRandom,
    msgTime,
    body,
    cloudCustomData: input.cloudCustomData ?? '',
    nick: nickOf(sender.profile),
    avatar: avatarOf(sender.profile),
    clientTime: input.clientTime ?? 0,
    revoked: false,
    version: 0,
    fromTinyId: sender.tinyId,
  };
  // MsgLifeTime 0 marks it online-only for the SDK, which then keeps it out of the conversation's
  // last message and unread count (a typing signal must not look like a message).
  const push = {
    EventArray: [{ Event: 1, C2cMsgArray: [{ ...toWire(message), MsgLifeTime: 0 }] }],
  };
  if (to !== input.from) app.sessions.push(to, push);
  app.sessions.push(input.from, push, senderSession);
  return message;
}
