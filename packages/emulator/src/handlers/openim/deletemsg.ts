// openim.deletemsg: the SDK's setMessageRead on a group with @ tips deletes
// them: DelMsgList [{From_Account, To_Account, MsgSeq, MsgRandom, GroupId}],
// MsgSeq being the ClientSeq the tip carried (the group sequence, mentions.ts).
// Only the caller's own tips go; an unknown tip is already gone.
import type { Handler } from '../../protocol/router.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';
import { deleteAtTip } from '../../store/groups/group-at.js';
import { isRecord, optArray } from '../validate.js';

export const deletemsg: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const list = optArray(body, 'DelMsgList') ?? [];
    const tips = list.map((item) => {
      if (
        !isRecord(item) ||
        typeof item.GroupId !== 'string' ||
        item.GroupId === '' ||
        typeof item.MsgSeq !== 'number' ||
        !Number.isInteger(item.MsgSeq)
      )
        throw new EmulatorError(
          ErrorCode.BAD_REQUEST,
          'each DelMsgList item needs GroupId (string) and MsgSeq (integer)',
        );
      return { groupID: item.GroupId, seq: item.MsgSeq };
    });
    for (const t of tips) deleteAtTip(app.db, userID, t.groupID, t.seq);
    return {};
  },
};
