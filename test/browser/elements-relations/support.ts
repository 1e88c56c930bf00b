// Helpers for the relationship element suites: the other users are set up over the REST API
// (friendships, allow types, requests), and the elements are driven like a user does.
import { rest } from '../support/emulator.js';

export { frames, loginCore, logoutCore, shadow, shadowAll, waitFor } from '../elements/support.js';

type AllowType =
  'AllowType_Type_AllowAny' | 'AllowType_Type_NeedConfirm' | 'AllowType_Type_DenyAny';

export async function setAllowType(userID: string, allowType: AllowType): Promise<void> {
  await rest('profile/portrait_set', {
    From_Account: userID,
    ProfileItem: [{ Tag: 'Tag_Profile_IM_AllowType', Value: allowType }],
  });
}

/**
 * `from` asks `to` to be friends over REST. With `force` they become friends both ways at once;
 * without it `to`'s allow type decides (a pending request when they confirm requests).
 */
export async function restAddFriend(
  from: string,
  to: string,
  options: { force?: boolean; wording?: string; group?: string } = {},
): Promise<number> {
  const reply = await rest<{ ResultItem: Array<{ ResultCode: number }> }>('sns/friend_add', {
    From_Account: from,
    AddFriendItem: [
      {
        To_Account: to,
        AddSource: 'AddSource_Type_Web',
        AddWording: options.wording,
        GroupName: options.group,
      },
    ],
    AddType: 'Add_Type_Both',
    ForceAddFlags: options.force ? 1 : 0,
  });
  return reply.ResultItem[0]?.ResultCode ?? -1;
}

/** The user IDs on `owner`'s friend list, as the server keeps it. */
export async function friendsOf(owner: string): Promise<string[]> {
  const reply = await rest<{ UserDataItem?: Array<{ To_Account: string }> }>('sns/friend_get', {
    From_Account: owner,
    StartIndex: 0,
  });
  return (reply.UserDataItem ?? []).map((item) => item.To_Account);
}

/** Types into an input or textarea the way a user does (value, then an input event). */
export function typeInto(field: Element | null, value: string): void {
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) {
    throw new Error('typeInto: not an input');
  }
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Chooses an option of a select the way a user does. */
export function choose(select: Element | null, value: string): void {
  if (!(select instanceof HTMLSelectElement)) throw new Error('choose: not a select');
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** The open confirmation dialog of an element. */
export function openDialog(host: Element): HTMLDialogElement | null {
  const dialog = host.shadowRoot?.querySelector<HTMLDialogElement>('dialog.confirm');
  return dialog?.open ? dialog : null;
}

export const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
