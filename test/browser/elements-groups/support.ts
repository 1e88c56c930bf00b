// Helpers for the group element suites: groups and members made over REST (as the app admin),
// what the server holds (what every other member sees), and the elements' shadow DOM.
import { rest } from '../support/emulator.js';
import { shadow, waitFor } from '../elements/support.js';

export { newUser, restAddMembers, restCreateGroup, groupPeer } from '../headless-groups/support.js';
export { loginCore, logoutCore, shadow, shadowAll, waitFor } from '../elements/support.js';

interface RestGroupInfo {
  Name: string;
  MemberList: Array<{ Member_Account: string; Role: string }>;
}

/** The group as the server holds it, which is what every other member is shown. */
export async function serverGroup(groupID: string): Promise<RestGroupInfo> {
  const { GroupInfo } = await rest<{ GroupInfo: RestGroupInfo[] }>(
    'group_open_http_svc/get_group_info',
    { GroupIdList: [groupID] },
  );
  const info = GroupInfo[0];
  if (!info) throw new Error(`no group info for ${groupID}`);
  return info;
}

/** Types into a field the way a user does: sets the value and fires `input`. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** The row of a member in <tim-group-settings>. */
export function memberRow(el: Element, userID: string): HTMLElement | null {
  return shadow(el, `[part="member"][data-user-id="${CSS.escape(userID)}"]`);
}

/** Text of the element's status or alert line once it says something. */
export async function noticeText(el: Element, error = false): Promise<string> {
  const selector = error ? '[part="notice"][role="alert"]' : '[part="notice"][role="status"]';
  return waitFor(() => shadow(el, selector)?.textContent?.trim() || null, `a ${selector} notice`);
}

/**
 * Waits for the member list and scrolls it into view: it is virtualized, so only rows inside the
 * visible part of the page are rendered, as for a user who scrolls down to it.
 */
export async function showMembers(el: Element): Promise<void> {
  const list = await waitFor(() => shadow(el, '[part="member-list"]'), 'the member list');
  list.scrollIntoView({ block: 'center' });
}
