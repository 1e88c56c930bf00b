// group_open_http_svc.group_msg_get: history paging. ReqMsgSeq is the newest
// sequence wanted (inclusive); the reply lists newest first (the SDK reverses
// it) and IsFinished
// once sequence 1 is reached. Members only; a member sees what was sent while
// they were offline, recalled messages flagged, but nothing from before they
// joined a Work or Public group (history-visibility.ts).
import type { Handler } from '../../protocol/router.js';
import { requireGroup, requireMember } from '../../domain/groups/lookup.js';
import { groupMessageWire } from '../../domain/groups/wire.js';
import { optInt } from '../validate.js';
import { loadMentions } from '../../store/groups/group-at.js';
import { atInfoWire } from '../../domain/groups/mentions.js';
import { historyOverlay } from '../../domain/groups/message-edits.js';
import { lowestSeqInWindow } from '../../domain/groups/history-window.js';
import { mergeTipItems, pageWithTips } from '../../domain/groups/tip-history.js';
import { historyStartsAfter } from '../../domain/groups/history-visibility.js';
import { hiddenGroupSeqs } from '../../store/groups/group-message-edits.js';

export const groupMsgGet: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = requireGroup(app, body.GroupId);
    const me = requireMember(app, g, userID);
    const count = Math.max(1, Math.min(optInt(body, 'ReqMsgNumber') ?? 20, 100));
    const asked = optInt(body, 'ReqMsgSeq');
    const upTo = asked !== undefined && asked > 0 ? Math.min(asked, g.lastSeq) : g.lastSeq;
    // History this user cleared (recentcontact.clear_msg / delete with
    // ClearRamble) or that came before they joined a hidden-history group
    // ends the list; other members still see it.
    const after = historyStartsAfter(app, me);
    const lowest = lowestSeqInWindow(asked, g.lastSeq, count);
    const keep = (seq: number): boolean => seq > after && seq >= lowest;
    const fetched = app.groups.messages.before(g.groupID, upTo, count).filter((m) => keep(m.seq));
    // Group tips hold sequences of the same stream: the page is the newest of both.
    const page = pageWithTips(app, g.groupID, fetched, upTo, count, keep);
    const rows = page.messages;
    const mentions = loadMentions(
      app.db,
      g.groupID,
      rows.map((m) => m.seq),
    );
    // Versions of modified messages; messages this user deleted become placeholders.
    const edits = historyOverlay(
      app,
      userID,
      g.groupID,
      rows.map((m) => m.seq),
    );
    const oldestSeq = page.oldestSeq;
    const finished = oldestSeq === undefined || oldestSeq <= after + 1 || upTo - count < 1;
    return {
      GroupId: g.groupID,
      IsFinished: finished ? 1 : 0,
      RspMsgList: mergeTipItems(
        g,
        rows.map((m) => ({
          ...groupMessageWire(g, m, '', app.users.get(m.from)?.tinyId),
          ...atInfoWire(mentions.get(m.seq)),
          ...edits(m.seq),
        })),
        page.tips,
        hiddenGroupSeqs(
          app.db,
          userID,
          g.groupID,
          page.tips.map((t) => t.seq),
        ),
      ),
    };
  },
};
