// <tim-friend-requests> "Accept only": Tencent's Response_Type_Agree makes a one-way friendship,
// so the applicant has me on their list while I do not add them back.
import { expect, fixture, html } from '@open-wc/testing';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import type { TimFriendRequests } from '@tim-kit/elements';
import { importAccount, nodePeer, uniqueUser } from '../support/emulator.js';
import { relationPeer } from '../support/relation-peer.js';
import { friendsOf, loginCore, shadow, text, waitFor } from './support.js';

describe('<tim-friend-requests> "Accept only"', () => {
  const me = uniqueUser('fro-me');
  const applicant = uniqueUser('fro-peer');
  let core: TimCore;

  before(async () => {
    core = await loginCore(me);
    await core.profile.updateSelf({ allowType: 'need-confirm' });
    await importAccount(applicant, 'One Way Olga');
    await nodePeer.login(applicant);
  });

  after(async () => {
    await nodePeer.logout(applicant);
    await core.auth.logout();
    core.destroy();
  });

  it("puts me on the applicant's list without adding them to mine", async () => {
    const el = await fixture<TimFriendRequests>(
      html`<tim-friend-requests .core=${core} lang="en"></tim-friend-requests>`,
    );
    expect((await relationPeer.addFriend(applicant, me, 'one way please')).code).to.equal(30539);
    const item = await waitFor(
      () => shadow(el, `[part="incoming"] [part="request"][data-user-id="${applicant}"]`),
      'the request is listed',
    );
    item.querySelector<HTMLButtonElement>('[part="accept-one-way-button"]')!.click();
    await waitFor(
      () => !shadow(el, `[part="request"][data-user-id="${applicant}"]`),
      'the request leaves the list',
    );
    expect(text(shadow(el, '[part="notice"]'))).to.contain('One Way Olga');
    // The applicant's own SDK now lists me as a friend...
    await relationPeer.waitForFriend(applicant, me);
    expect(await friendsOf(applicant)).to.include(me);
    // ...while I did not add them back: only I am on their list.
    expect(await friendsOf(me)).not.to.include(applicant);
    expect(await core.friends.check([applicant])).to.deep.equal([
      { userID: applicant, relation: 'in-their-list' },
    ]);
    expect(core.friends.$friends.get().map((f) => f.userID)).not.to.include(applicant);
  });
});
