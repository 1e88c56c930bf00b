// openim.modify_group_msg: the SDK's modifyMessage for group messages
// ({GroupId, MsgSeq, MsgVersion, MsgBody?, CloudCustomData?}). Only the sender
// edits their message. MsgVersion guards concurrent edits: a stale one gets
// 20027 with the latest MsgBody / MsgVersion / CloudCustomData, which the SDK
// hands back as MSG_MODIFY_CONFLICT's message. Members' other instances get a
// GroupMsgModNotifys push (the SDK's MESSAGE_MODIFIED).
import type { Handler } from '../../protocol/router.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';
import { GroupCode } from '../../domain/groups/codes.js';
import { requireGroup, requireMember } from '../../domain/groups/lookup.js';
import { checkMsgBody } from '../../domain/msg-body.js';
import { restoreOwnMediaUrls } from '../../domain/own-media-urls.js';
import { modifiedMessageWire, pushModified } from '../../domain/groups/message-edits.js';
import { groupMessageVersion, modifyGroupMessage } from '../../store/groups/group-message-edits.js';
import { optInt, optString } from '../validate.js';

export const modifyGroupMsg: Handler = {
  auth: 'user',
  handle({ app, body, userID, session }) {
    const g = requireGroup(app, body.GroupId);
    requireMember(app, g, userID);
    const seq = optInt(body, 'MsgSeq', GroupCode.PARAM_INVALID);
    if (seq === undefined || seq < 1)
      throw new EmulatorError(GroupCode.PARAM_INVALID, 'MsgSeq must be a positive sequence');
    const version = optInt(body, 'MsgVersion', GroupCode.PARAM_INVALID) ?? 0;
    const cloud = optString(body, 'CloudCustomData', GroupCode.PARAM_INVALID);
    // Checked before the message is looked at: a bad body never touches it.
    const newBody =
      body.MsgBody === undefined || body.MsgBody === null
        ? undefined
        : restoreOwnMediaUrls(checkMsgBody(body.MsgBody, ErrorCode.BAD_REQUEST), app.media.baseUrl);
    const m = app.groups.messages.get(g.groupID, seq);
    if (!m || m.revoked)
      throw new EmulatorError(GroupCode.MSG_NOT_FOUND, `no message ${seq} in ${g.groupID}`);
    if (m.from !== userID)
      throw new EmulatorError(GroupCode.NO_PERMISSION, 'only the sender may modify a message');
    const current = groupMessageVersion(app.db, g.groupID, seq);
    if (version !== current)
      throw new EmulatorError(
        ErrorCode.MSG_MODIFY_CONFLICT,
        `message was modified meanwhile (version ${current})`,
        { MsgBody: m.body, MsgVersion: current, CloudCustomData: m.cloudCustomData },
      );
    const nextBody = newBody ?? m.body;
    const nextCloud = cloud ?? m.cloudCustomData;
    const nextVersion = modifyGroupMessage(app.db, g.groupID, seq, nextBody, nextCloud);
    const updated = app.groups.messages.get(g.groupID, seq);
    if (updated) pushModified(app, g, modifiedMessageWire(app, g, updated, nextVersion), session);
    return { MsgBody: nextBody, MsgVersion: nextVersion, CloudCustomData: nextCloud };
  },
};
