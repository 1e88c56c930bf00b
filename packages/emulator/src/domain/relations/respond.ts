// Answering a friend application (sns.friend_response). Agree: the applicant
// gets the responder as a friend; AgreeAndAdd: both ways; Reject: the
// application goes. Either way the application is gone afterwards.
import type { App } from '../../app.js';
import { userIDProblem } from '../../handlers/validate.js';
import { RelationCode, RelationLimit, bytes, fail, ok, type ItemResult } from './codes.js';
import { befriend, forgetApplications } from './befriend.js';

export const ResponseAction = {
  AGREE: 'Response_Action_Agree',
  AGREE_AND_ADD: 'Response_Action_AgreeAndAdd',
  REJECT: 'Response_Action_Reject',
} as const;

export interface ResponseItem {
  applicant: unknown;
  action: unknown;
  remark?: string;
}

export function respondToApplication(app: App, me: string, item: ResponseItem): ItemResult {
  const rel = app.relations;
  const problem = userIDProblem(item.applicant);
  if (problem)
    return fail(String(item.applicant), RelationCode.PARAM_INVALID, `To_Account ${problem}`);
  const applicant = item.applicant as string;
  const actions: unknown[] = Object.values(ResponseAction);
  if (!actions.includes(item.action))
    return fail(
      applicant,
      RelationCode.PARAM_INVALID,
      `ResponseAction must be one of ${actions.join(', ')}`,
    );
  if (bytes(item.remark ?? '') > RelationLimit.REMARK_BYTES)
    return fail(
      applicant,
      RelationCode.PARAM_INVALID,
      `Remark is at most ${RelationLimit.REMARK_BYTES} bytes`,
    );
  const pendency = rel.pendencies.get(applicant, me);
  if (!pendency)
    return fail(applicant, RelationCode.PARAM_INVALID, `no friend application from "${applicant}"`);
  if (item.action === ResponseAction.REJECT) {
    forgetApplications(app, applicant, me);
    return ok(applicant);
  }
  const addBack = item.action === ResponseAction.AGREE_AND_ADD && !rel.friends.has(me, applicant);
  if (!rel.friends.has(applicant, me) && rel.friends.count(applicant) >= RelationLimit.FRIENDS)
    return fail(applicant, RelationCode.PEER_FRIEND_LIMIT, `"${applicant}" has too many friends`);
  if (addBack && rel.friends.count(me) >= RelationLimit.FRIENDS)
    return fail(applicant, RelationCode.FRIEND_LIMIT, 'you have too many friends');
  rel.atomically(() => {
    befriend(app, {
      ownerID: applicant,
      friendID: me,
      remark: pendency.remark,
      source: pendency.addSource,
      wording: pendency.addWording,
      groupName: pendency.groupName,
    });
    if (addBack)
      befriend(app, {
        ownerID: me,
        friendID: applicant,
        remark: item.remark ?? '',
        source: pendency.addSource,
        wording: pendency.addWording,
        groupName: '',
      });
    forgetApplications(app, applicant, me);
  });
  return ok(applicant);
}
