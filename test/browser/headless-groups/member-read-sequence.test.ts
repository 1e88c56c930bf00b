// TimGroupMember.readSequence (the facade's msgSeq): the server's MsgSeq of each member, the
// sequence of the last group message that member read.
import { expect } from '@open-wc/testing';
import type { TimCore } from '@tim-kit/headless';
import { uniqueUser } from '../support/emulator.js';
import { loginCore, until } from '../support/core.js';
import { newUser } from './support.js';

describe('headless groups: member read sequence', () => {
  const userID = uniqueUser('gseq');
  let core: TimCore;

  before(async () => {
    ({ core } = await loginCore(userID));
  });

  after(() => core?.destroy());

  it('reports the read sequence of a member who read, and 0 for one who never did', async () => {
    const idle = await newUser('gseq-idle');
    const { groupID } = await core.groups.createGroup({
      type: 'Public',
      name: 'sequence',
      members: [idle],
    });
    await until(() => core.groups.$groups.get().some((g) => g.groupID === groupID), 'the group');
    const conversationID = `GROUP${groupID}`;
    await core.messages.sendText(conversationID, 'one');
    await core.messages.sendText(conversationID, 'two');
    await core.messages.markRead(conversationID);

    const members = await core.groups.getMembers(groupID, [userID, idle]);

    const mine = members.find((m) => m.userID === userID);
    expect(mine?.readSequence).to.be.greaterThan(0);
    expect(members.find((m) => m.userID === idle)?.readSequence).to.equal(0);
  });
});
