import { expect } from '@open-wc/testing';
import { TimErrorCode, type TimCore, type TimMessage } from '@tim-kit/headless';
import { nodePeer, uniqueUser } from '../support/emulator.js';
import { loginCore, rejectionOf, sleep, until } from '../support/core.js';

// Generous: the 5 s auto-expiry plus a busy machine.
const EXPIRY_WAIT_MS = 20_000;

describe('headless messages: C2C typing indicator', () => {
  const userID = uniqueUser('typer');
  const peer = uniqueUser('tpeer');
  const listener = uniqueUser('tlisten');
  const conversationID = `C2C${peer}`;
  let core: TimCore;
  const received: TimMessage[] = [];
  let stopListening: () => void = () => {};

  before(async () => {
    ({ core } = await loginCore(userID));
    stopListening = core.messages.onReceived((batch) => received.push(...batch));
    await nodePeer.login(peer);
    await nodePeer.login(listener);
  });

  after(async () => {
    stopListening();
    core?.destroy();
    await nodePeer.logout(peer);
    await nodePeer.logout(listener);
  });

  /** The signals `peerID` got from the user, once there are `count` (or after a generous wait). */
  async function typingReceived(peerID: string, count: number): Promise<number[]> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const got = await nodePeer.typingReceived(peerID, userID);
      if (got.length >= count || Date.now() > deadline) return got;
      await sleep(100);
    }
  }

  const isTyping = () => core.messages.$typing.get()[conversationID] === true;

  it('shows the peer typing, and stops on its stop signal', async () => {
    await nodePeer.sendTyping(peer, userID, true);
    await until(isTyping, 'the peer typing');

    await nodePeer.sendTyping(peer, userID, false);
    await until(() => !isTyping(), 'the peer stopped typing');
  });

  it('stops showing the peer typing when a real message from the peer arrives', async () => {
    await nodePeer.sendTyping(peer, userID, true);
    await until(isTyping, 'the peer typing');

    await nodePeer.sendText(peer, userID, 'done typing');
    await until(() => !isTyping(), 'typing ended by the message');
  });

  it('stops showing the peer typing by itself when signals stop coming', async () => {
    await nodePeer.sendTyping(peer, userID, true);
    await until(isTyping, 'the peer typing');

    await until(() => !isTyping(), 'typing to expire', EXPIRY_WAIT_MS);
  });

  it('keeps the signal out of the thread and onReceived', async () => {
    const other = uniqueUser('tquiet');
    await nodePeer.login(other);
    try {
      const id = `C2C${other}`;
      const thread = core.messages.thread(id);
      await thread.loadOlder();
      await nodePeer.sendTyping(other, userID, true);
      await until(() => core.messages.$typing.get()[id], 'the signal');
      // Sent after the signal on the same connection: once it shows, the signal was handled.
      await nodePeer.sendText(other, userID, 'after typing');
      await until(() => thread.$messages.get().length > 0, 'the text');

      expect(thread.$messages.get().map((m) => m.text)).to.deep.equal(['after typing']);
      expect(received.filter((m) => m.from === other).map((m) => m.kind)).to.deep.equal(['text']);
    } finally {
      await nodePeer.logout(other);
    }
  });

  // The emulator pushes online-only C2C messages with MsgLifeTime: 0, which the SDK reads to leave
  // them out of the conversation and its unread count.
  it('keeps the signal out of the last message and the unread count', async () => {
    const other = uniqueUser('tcount');
    await nodePeer.login(other);
    try {
      const id = `C2C${other}`;
      await nodePeer.sendText(other, userID, 'before typing');
      await nodePeer.sendTyping(other, userID, true);
      await until(() => core.messages.$typing.get()[id], 'the signal');
      const row = await until(
        () => core.conversations.$conversations.get().find((c) => c.conversationID === id),
        'the conversation row',
      );
      expect(row.lastMessage?.preview).to.equal('before typing');
      expect(row.unreadCount).to.equal(1);
    } finally {
      await nodePeer.logout(other);
    }
  });

  it('rejects setTyping for a group conversation', async () => {
    const error = (await rejectionOf(core.messages.setTyping('GROUPsomegroup', true))) as {
      code: number;
    };
    expect(error.code).to.equal(TimErrorCode.INVALID_ARGUMENT);
  });

  it('sends an online-only typing signal the peer receives and does not store', async () => {
    await core.messages.setTyping(`C2C${listener}`, true);

    const signal = await nodePeer.waitForMessage(listener, 'TIMCustomElem');
    expect(signal.from).to.equal(userID);
    expect(JSON.parse(String(signal.payload.data))).to.deep.include({
      businessID: 'user_typing_status',
      typingStatus: 1,
    });
    // A new session asks the server: the signal was not stored.
    await nodePeer.logout(listener);
    await nodePeer.login(listener);
    const history = await nodePeer.history(listener, `C2C${userID}`);
    expect(history).to.deep.equal([]);
  });

  it('sends one typing signal while typing continues, then one stop signal', async () => {
    const watcher = uniqueUser('twatch');
    await nodePeer.login(watcher);
    try {
      const id = `C2C${watcher}`;
      await core.messages.setTyping(id, true);
      await core.messages.setTyping(id, true); // within the interval: nothing new is sent
      await core.messages.setTyping(id, false);
      await core.messages.setTyping(id, false); // already stopped: nothing to send
      await core.messages.setTyping(id, true); // typing again after a stop is sent at once
      await core.messages.setTyping(id, false);

      // Signals travel in order, so a throttled extra one would come before the last stop.
      expect(await typingReceived(watcher, 4)).to.deep.equal([1, 0, 1, 0]);
    } finally {
      await nodePeer.logout(watcher);
    }
  });
});
