// v4/profile/portrait_set and portrait_get: the admin sets or reads profiles.
import type { App } from '../../app.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';
import { parseProfileItems, profileItems } from '../../domain/profile.js';
import { stringList, userIDProblem } from '../../handlers/validate.js';
import { announceProfileChange } from '../../domain/relations/profile-push.js';

export function restPortraitSet(app: App, body: Record<string, unknown>): Record<string, unknown> {
  const problem = userIDProblem(body.From_Account);
  if (problem) throw new EmulatorError(ErrorCode.PROFILE_PARAM_INVALID, `From_Account ${problem}`);
  const id = body.From_Account as string;
  if (!app.users.exists(id))
    throw new EmulatorError(ErrorCode.PROFILE_PARAM_INVALID, `account "${id}" does not exist`);
  const changes = parseProfileItems(body.ProfileItem);
  app.users.setProfile(id, changes);
  announceProfileChange(app, id, changes);
  return {};
}

export function restPortraitGet(app: App, body: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(body.To_Account))
    throw new EmulatorError(
      ErrorCode.PROFILE_PARAM_INVALID,
      'To_Account must be an array of user IDs',
    );
  const tags = Array.isArray(body.TagList) ? stringList(body.TagList) : undefined;
  return {
    UserProfileItem: stringList(body.To_Account).map((id) => {
      const user = app.users.get(id);
      if (!user)
        return {
          To_Account: id,
          ProfileItem: [],
          ResultCode: 40003,
          ResultInfo: 'account does not exist',
        };
      const items = profileItems(user.profile).filter((i) => !tags || tags.includes(i.Tag));
      return { To_Account: id, ProfileItem: items, ResultCode: 0, ResultInfo: '' };
    }),
  };
}
