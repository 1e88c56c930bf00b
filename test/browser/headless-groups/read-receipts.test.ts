import { expect } from '@open-wc/testing';
import { TimError, TimErrorCode, type TimCore, type TimMessage } from '@tim-kit/headless';
import { nodePeer, uniqueUser } from '../support/emulator.js';
import { endCoreAndPeer, loginCore, rejectionOf, until } from '../support/core.js';
import { newUser } from './support.js';

describe('headless groups: read receipts', () => {
  const userID = uniqueUser('rrown');
  const peer = uniqueUser('rrpeer');
  let core: TimCore;
  let groupID: string;
  let absent: string;

  before(async () => {
    ({ core } = await loginCore(userID));
    await nodePeer.login(peer);
    absent = await newUser('rrabs');
    ({ groupID } = await core.groups.createGroup({
      type: 'Work',
      name: 'Receipts',
      members: [peer, absent],
    }));
  });
  after(() => endCoreAndPeer(core, peer));

  const entry = (id: string): TimMessage | undefined =>
    core.messages
      .thread(`GROUP${groupID}`)
      .$messages.get()
      .find((m) => m.id === id);

  async function sendAsked(text: string): Promise<TimMessage> {
    const sent = await core.messages.sendText(`GROUP${groupID}`, text, { needReadReceipt: true });
    await nodePeer.waitForMessage(peer, 'TIMTextElem', text);
    return sent;
  }

  it('a message sent with needReadReceipt reaches members asking for a receipt', async () => {
    const sent = await core.messages.sendText(`GROUP${groupID}`, 'asks', { needReadReceipt: true });
    expect(sent.needReadReceipt).to.equal(true);
    const received = await nodePeer.waitForMessage(peer, 'TIMTextElem', 'asks');
    expect(received.needReadReceipt).to.equal(true);
  });

  it('an own message shows its unread count once sent', async () => {
    const sent = await sendAsked('counted');
    const counts = await until(
      () => (entry(sent.id)?.readReceipt?.unreadCount === 2 ? entry(sent.id) : undefined),
      'unread count 2',
    );
    expect(counts.readReceipt?.readCount).to.equal(0);
  });

  it('a member reading it raises readCount to 1', async () => {
    const sent = await sendAsked('read me');
    await nodePeer.sendReceipt(peer, 'read me');
    const read = await until(
      () => (entry(sent.id)?.readReceipt?.readCount === 1 ? entry(sent.id) : undefined),
      'read count 1',
    );
    expect(read.readReceipt?.unreadCount).to.equal(1);
  });

  it('readMembers lists who read and who has not', async () => {
    const sent = await sendAsked('who read');
    await nodePeer.sendReceipt(peer, 'who read');
    await until(() => entry(sent.id)?.readReceipt?.readCount === 1, 'the receipt');
    const read = await core.messages.readMembers(`GROUP${groupID}`, sent.id);
    expect(read).to.deep.equal({ userIDs: [peer], cursor: '', isCompleted: true });
    const unread = await core.messages.readMembers(`GROUP${groupID}`, sent.id, {
      filter: 'unread',
    });
    expect(unread.userIDs).to.deep.equal([absent]);
  });

  it('readMembers pages with a cursor', async () => {
    const sent = await sendAsked('paged');
    const first = await core.messages.readMembers(`GROUP${groupID}`, sent.id, {
      filter: 'unread',
      count: 1,
    });
    expect(first.isCompleted).to.equal(false);
    const second = await core.messages.readMembers(`GROUP${groupID}`, sent.id, {
      filter: 'unread',
      count: 1,
      cursor: first.cursor,
    });
    expect([...first.userIDs, ...second.userIDs].sort()).to.deep.equal([peer, absent].sort());
    expect(second.isCompleted).to.equal(true);
  });

  it('readMembers refuses a bad page size before asking the server', async () => {
    const sent = await sendAsked('bad size');
    const error = await rejectionOf(
      core.messages.readMembers(`GROUP${groupID}`, sent.id, { count: 0 }),
    );
    expect(error).to.be.instanceOf(TimError);
    expect((error as TimError).code).to.equal(TimErrorCode.INVALID_ARGUMENT);
    expect((error as TimError).operation).to.equal('messages.readMembers');
  });
});
