// Sending a group message, shared by send_group_msg (a member's SDK) and the
// REST API (the admin, or a member named in From_Account). Validate, store
// with the next per-group sequence, push GroupMsgArray to every online member.
import { randomInt } from 'node:crypto';
import type { App } from '../../app.js';
import type { Session } from '../../protocol/sessions.js';
import { ErrorCode } from '../../protocol/errors.js';
import type { GroupRow } from '../../store/groups/groups.js';
import type { StoredGroupMessage } from '../../store/groups/group-messages.js';
import { avatarOf, nickOf } from '../profile.js';
import { requireMember } from './lookup.js';
import { checkSend } from './permissions.js';
import { groupMessageWire } from './wire.js';
import { pushToUsers } from './notify.js';
import { checkMsgBody } from '../msg-body.js';
import { restoreOwnMediaUrls } from '../own-media-urls.js';
import { atInfoWire, deliverAtTips, readGroupAtInfo } from './mentions.js';
import { saveMentions } from '../../store/groups/group-at.js';
import { supportsReceipts } from './receipts.js';

export { checkMsgBody } from '../msg-body.js';

export interface SendGroupInput {
  from: string;
  body: unknown;
  random?: number;
  clientSeq?: number;
  cloudCustomData?: string;
  priority?: string;
  clientTime?: number;
  onlineOnly?: boolean;
  /** NeedReadReceipt: 1. Kept only where the group type supports receipts. */
  needReceipt?: boolean;
  /** The app admin (REST) may send to any group without being a member. */
  asAdmin?: boolean;
  /** GroupAtInfo as sent (validated in mentions.ts). */
  atInfo?: unknown;
}

export function sendGroupMessage(
  app: App,
  g: GroupRow,
  input: SendGroupInput,
  sender?: Session,
  bodyCode: number = ErrorCode.BAD_REQUEST,
): StoredGroupMessage {
  // The server clock (EmulatorOptions.now): message times and the recall window agree.
  const now = app.now();
  const member =
    input.asAdmin && input.from === app.config.admin
      ? undefined
      : requireMember(app, g, input.from);
  if (member) checkSend(g, member, now);
  const body = restoreOwnMediaUrls(checkMsgBody(input.body, bodyCode), app.media.baseUrl);
  const mentions = readGroupAtInfo(app, g, input.atInfo);
  const random = input.random ?? randomInt(1, 2 ** 31);
  const clientSeq = input.clientSeq ?? 0;
  const retry = app.groups.messages.findRetry(g.groupID, input.from, random, clientSeq);
  if (retry) return retry;
  const user = app.users.ensure(input.from);
  // AVChatRoom history is not kept, nor are online-only messages: they get a
  // sequence but no row.
  const store = g.type !== 'AVChatRoom' && input.onlineOnly !== true;
  const message = app.groups.tx(() => {
    const seq = app.groups.groups.nextSeq(g.groupID, now);
    const m = {
      groupID: g.groupID,
      seq,
      from: input.from,
      random,
      clientSeq,
      msgTime: now,
      body,
      cloudCustomData: input.cloudCustomData ?? '',
      nick: nickOf(user.profile),
      avatar: avatarOf(user.profile),
      priority: input.priority ?? 'Normal',
      clientTime: input.clientTime ?? 0,
      needReceipt: input.needReceipt === true && supportsReceipts(g),
    };
    if (member) app.groups.members.setReadSeq(g.groupID, input.from, seq);
    if (!store) return { ...m, revoked: false, needReceipt: false };
    const saved = app.groups.messages.insert(m);
    saveMentions(app.db, g.groupID, seq, mentions);
    return saved;
  });
  const wire = {
    ...groupMessageWire(g, message, member?.nameCard ?? '', user.tinyId),
    ...atInfoWire(mentions),
  };
  const members = app.groups.members.list(g.groupID).map((m) => m.userID);
  pushToUsers(app, members, { EventArray: [{ Event: 3, GroupMsgArray: [wire] }] }, sender);
  // After the message: the SDK files a tip only under a conversation it has.
  if (store) deliverAtTips(app, g, message, mentions, sender);
  return message;
}
