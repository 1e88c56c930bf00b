// group_open_http_svc.delete_group_ramble_msg_by_seq: the SDK's deleteMessage
// for group messages ("delete for me"). Hides the listed sequences from the
// caller's history only; every other member keeps them. Tips (they hold
// sequences of the same stream) can be deleted the same way. The SDK sends
// {GroupId, Deleter_Account, Seqs: ["12", ...]} and at most 30 at a time.
import type { Handler } from '../../protocol/router.js';
import { EmulatorError } from '../../protocol/errors.js';
import { GroupCode } from '../../domain/groups/codes.js';
import { requireGroup, requireMember } from '../../domain/groups/lookup.js';
import { hideGroupMessages } from '../../store/groups/group-message-edits.js';
import { optString } from '../validate.js';
import { groupTipSeqs } from '../../store/groups/group-tips.js';

/** Tencent's deleteMessage limit per call (the SDK also slices to it). */
export const MAX_DELETE_SEQS = 30;

function readSeqs(v: unknown): number[] {
  if (!Array.isArray(v) || v.length === 0)
    throw new EmulatorError(GroupCode.PARAM_INVALID, 'Seqs must list message sequences');
  if (v.length > MAX_DELETE_SEQS)
    throw new EmulatorError(
      GroupCode.PARAM_INVALID,
      `Seqs lists ${v.length} messages; at most ${MAX_DELETE_SEQS} per call`,
    );
  return v.map((s) => {
    const n = typeof s === 'string' && /^\d+$/.test(s) ? Number(s) : s;
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1)
      throw new EmulatorError(
        GroupCode.PARAM_INVALID,
        `Seqs entries must be positive sequences, got ${JSON.stringify(s)}`,
      );
    return n;
  });
}

export const deleteGroupRambleMsgBySeq: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = requireGroup(app, body.GroupId);
    requireMember(app, g, userID);
    const deleter = optString(body, 'Deleter_Account', GroupCode.PARAM_INVALID);
    if (deleter !== undefined && deleter !== userID)
      throw new EmulatorError(
        GroupCode.NO_PERMISSION,
        'Deleter_Account must be the caller: delete removes messages for yourself only',
      );
    const seqs = readSeqs(body.Seqs);
    // Sequences with no stored message or tip (never sent, AVChatRoom, online-only)
    // have nothing to hide; like the C2C delete, they are skipped.
    const tips = groupTipSeqs(app.db, g.groupID, seqs);
    const existing = seqs.filter(
      (seq) => tips.has(seq) || app.groups.messages.get(g.groupID, seq) !== undefined,
    );
    hideGroupMessages(app.db, userID, g.groupID, existing);
    return {};
  },
};
