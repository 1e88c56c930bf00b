import { expect } from '@open-wc/testing';
import { TimErrorCode, type TimCore } from '@tim-kit/headless';
import { importAccount, sendTextAs, uniqueUser } from '../support/emulator.js';
import { loginCore, rejectionOf, sleep, until } from '../support/core.js';

describe('headless destroy', () => {
  const userID = uniqueUser('destroy');
  let core: TimCore;

  before(async () => {
    ({ core } = await loginCore(userID));
  });

  it('stops updating stores after destroy()', async () => {
    const peer = uniqueUser('late');
    await importAccount(peer);
    const conversations = core.conversations.$conversations.get();
    const totalUnread = core.conversations.$totalUnread.get();
    let notified = 0;
    const unsubscribe = core.conversations.$conversations.listen(() => notified++);

    core.destroy();
    await sendTextAs(peer, userID, 'nobody listens');
    // Wait as long as a live core takes to show the text (see conversations.test.ts).
    await sleep(1500);
    unsubscribe();

    expect(notified).to.equal(0);
    expect(core.conversations.$conversations.get()).to.equal(conversations);
    expect(core.conversations.$totalUnread.get()).to.equal(totalUnread);
  });

  it('rejects actions after destroy()', async () => {
    const error = await rejectionOf(core.messages.sendText('C2Csomeone', 'hi'));
    expect(error).to.include({ code: TimErrorCode.CORE_DESTROYED });
  });

  it('still delivers to the SDK itself, proving only the core stopped listening', async () => {
    const peer = uniqueUser('sdk');
    await importAccount(peer);
    const seen: string[] = [];
    const onReceived = (event: { data: Array<{ payload: { text?: string } }> }) =>
      seen.push(...event.data.map((m) => m.payload.text ?? ''));
    core.chat.on('onMessageReceived', onReceived);
    await sendTextAs(peer, userID, 'sdk still hears');
    await until(() => seen.includes('sdk still hears'), 'the SDK event');
    core.chat.off('onMessageReceived', onReceived);
  });
});
