// Friend requests and the friend list, with the other users played by real SDKs in Node.
import { expect } from '@open-wc/testing';
import type { TimCore } from '@tim-kit/headless';
import { importAccount, nodePeer, uniqueUser } from '../support/emulator.js';
import { loginCore, until } from '../support/core.js';
import { relationPeer } from '../support/relation-peer.js';

describe('headless friends', () => {
  const me = uniqueUser('fr-me');
  let core: TimCore;
  const peers: string[] = [];
  const friendIDs = () => core.friends.$friends.get().map((f) => f.userID);

  async function peerWho(
    prefix: string,
    allowType: Parameters<typeof relationPeer.setAllowType>[1],
  ) {
    const userID = uniqueUser(prefix);
    await loginPeer(userID);
    await relationPeer.setAllowType(userID, allowType);
    return userID;
  }

  async function loginPeer(userID: string) {
    await importAccount(userID);
    await nodePeer.login(userID);
    peers.push(userID);
  }

  before(async () => {
    ({ core } = await loginCore(me));
  });

  after(async () => {
    core?.destroy();
    for (const peer of peers) await nodePeer.logout(peer);
  });

  it('adds a user who allows anyone: both friend lists show the friendship', async () => {
    const open = await peerWho('fr-open', 'AllowType_Type_AllowAny');
    const result = await core.friends.add({ userID: open, remark: 'Open Door' });
    expect(result).to.deep.equal({ userID: open, status: 'added', code: 0 });
    await until(() => friendIDs().includes(open), 'the friend in my list');
    await relationPeer.waitForFriend(open, me);
    const friend = core.friends.$friends.get().find((f) => f.userID === open);
    expect(friend).to.include({ remark: 'Open Door', name: 'Open Door' });
  });

  it('a request to a user who confirms is pending until they accept', async () => {
    const careful = await peerWho('fr-careful', 'AllowType_Type_NeedConfirm');
    const result = await core.friends.add({ userID: careful, wording: 'we met at the meetup' });
    expect(result).to.deep.equal({ userID: careful, status: 'pending', code: 30539 });
    const outgoing = await until(
      () => core.friends.$applications.get().find((a) => a.userID === careful),
      'my outgoing request',
    );
    expect(outgoing).to.include({ direction: 'outgoing', wording: 'we met at the meetup' });
    expect(friendIDs()).not.to.include(careful);

    await relationPeer.respondFriend(careful, me, 'agree-and-add');
    await until(() => friendIDs().includes(careful), 'the friend after acceptance');
    await until(
      () => !core.friends.$applications.get().some((a) => a.userID === careful),
      'the request gone',
    );
  });

  it('a user who refuses all requests gives a typed refused result with 30516', async () => {
    const closed = await peerWho('fr-closed', 'AllowType_Type_DenyAny');
    const result = await core.friends.add({ userID: closed });
    expect(result).to.deep.equal({ userID: closed, status: 'refused', code: 30516 });
    expect(friendIDs()).not.to.include(closed);
  });

  it('an incoming request shows with its wording, counts as unread, and can be accepted', async () => {
    await core.profile.updateSelf({ allowType: 'need-confirm' });
    const asker = uniqueUser('fr-asker');
    await loginPeer(asker);
    const sent = await relationPeer.addFriend(asker, me, 'hello from Node');
    expect(sent.code).to.equal(30539);
    const request = await until(
      () => core.friends.$applications.get().find((a) => a.userID === asker),
      'the incoming request',
    );
    expect(request).to.include({ direction: 'incoming', wording: 'hello from Node' });
    expect(request.time).to.be.greaterThan(0);
    await until(() => core.friends.$unreadApplicationCount.get() === 1, 'one unread request');
    const page = core.friends.applicationPage({ direction: 'incoming' });
    expect(page.applications.map((a) => a.userID)).to.deep.equal([asker]);
    expect(page.nextCursor).to.equal(null);

    await core.friends.markApplicationsRead();
    expect(core.friends.$unreadApplicationCount.get()).to.equal(0);

    await core.friends.respond({ userID: asker, action: 'agree-and-add', remark: 'Asker' });
    await until(() => friendIDs().includes(asker), 'the asker as a friend');
    await relationPeer.waitForFriend(asker, me);
    expect(core.friends.$friends.get().find((f) => f.userID === asker)?.name).to.equal('Asker');
  });

  it('a refused incoming request disappears and makes no friend', async () => {
    const asker = uniqueUser('fr-refused');
    await loginPeer(asker);
    await relationPeer.addFriend(asker, me, 'please?');
    await until(
      () => core.friends.$applications.get().find((a) => a.userID === asker),
      'the incoming request',
    );
    await core.friends.respond({ userID: asker, action: 'refuse' });
    await until(
      () => !core.friends.$applications.get().some((a) => a.userID === asker),
      'the request gone',
    );
    expect(friendIDs()).not.to.include(asker);
  });

  it('a remark update renames the friend and their conversation', async () => {
    const pal = await peerWho('fr-pal', 'AllowType_Type_AllowAny');
    await relationPeer.updateProfile(pal, { nick: 'Pal Nick' });
    await core.friends.add({ userID: pal });
    await until(() => friendIDs().includes(pal), 'the friend');
    await nodePeer.sendText(pal, me, 'hi there');
    const conversationName = () =>
      core.conversations.$conversations.get().find((c) => c.peerID === pal)?.name;
    await until(() => conversationName() === 'Pal Nick', 'the conversation named by nick');

    const updated = await core.friends.update({ userID: pal, remark: 'My Pal' });
    expect(updated).to.include({ remark: 'My Pal', name: 'My Pal' });
    await until(() => conversationName() === 'My Pal', 'the conversation named by remark');
  });

  it('removing a friend on one side leaves me in their list', async () => {
    const mate = await peerWho('fr-mate', 'AllowType_Type_AllowAny');
    await core.friends.add({ userID: mate });
    await until(() => friendIDs().includes(mate), 'the friend');
    await relationPeer.waitForFriend(mate, me);

    const result = await core.friends.remove([mate]);
    expect(result).to.deep.equal({ succeeded: [mate], failed: [] });
    expect(friendIDs()).not.to.include(mate);
    expect(await core.friends.check([mate])).to.deep.equal([
      { userID: mate, relation: 'in-their-list' },
    ]);
    await relationPeer.waitForFriend(mate, me, true);
  });

  it('removing a friend on both sides empties both lists', async () => {
    const pair = await peerWho('fr-pair', 'AllowType_Type_AllowAny');
    await core.friends.add({ userID: pair });
    await until(() => friendIDs().includes(pair), 'the friend');
    expect(await core.friends.check([pair])).to.deep.equal([{ userID: pair, relation: 'both' }]);

    await core.friends.remove([pair], { both: true });
    expect(friendIDs()).not.to.include(pair);
    await relationPeer.waitForFriend(pair, me, false);
  });
});
