// v4/im_open_login_svc/account_import and multiaccount_import: create accounts
// (idempotent: importing an existing ID updates Nick/FaceUrl when given).
import type { App } from '../../app.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';
import { userIDProblem } from '../../handlers/validate.js';
import type { Profile } from '../../store/users.js';

function profileFrom(nick: unknown, face: unknown): Profile {
  const p: Profile = {};
  if (nick !== undefined) {
    if (typeof nick !== 'string')
      throw new EmulatorError(ErrorCode.ACCOUNT_PARAM_INVALID, 'Nick must be a string');
    p.Tag_Profile_IM_Nick = nick;
  }
  if (face !== undefined) {
    if (typeof face !== 'string')
      throw new EmulatorError(ErrorCode.ACCOUNT_PARAM_INVALID, 'FaceUrl must be a string');
    p.Tag_Profile_IM_Image = face;
  }
  return p;
}

export function accountImport(app: App, body: Record<string, unknown>): Record<string, unknown> {
  // "Identifier" is the older name of the field; both are accepted.
  const id = body.UserID ?? body.Identifier;
  const problem = userIDProblem(id);
  if (problem) throw new EmulatorError(ErrorCode.ACCOUNT_PARAM_INVALID, `UserID ${problem}`);
  app.users.ensure(id as string, profileFrom(body.Nick, body.FaceUrl));
  return {};
}

export function multiAccountImport(
  app: App,
  body: Record<string, unknown>,
): Record<string, unknown> {
  const list = body.Accounts;
  if (!Array.isArray(list) || list.length === 0)
    throw new EmulatorError(
      ErrorCode.ACCOUNT_PARAM_INVALID,
      'Accounts must be a non-empty array of user IDs',
    );
  if (list.length > 100)
    throw new EmulatorError(ErrorCode.ACCOUNT_PARAM_INVALID, 'at most 100 Accounts per call');
  const FailAccounts: unknown[] = [];
  for (const id of list) {
    if (userIDProblem(id)) FailAccounts.push(id);
    else app.users.ensure(id as string);
  }
  return { FailAccounts };
}
