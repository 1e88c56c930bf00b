import { expect } from '@open-wc/testing';
import { TimErrorCode, type ChatSDK, type TimCore } from '@tim-kit/headless';
import { importAccount, sendTextAs, uniqueUser, userSig } from '../support/emulator.js';
import { loginCore, rejectionOf, until } from '../support/core.js';
import { recordingNotificationClass } from './recording-notification.js';

describe('headless notifications', () => {
  const userID = uniqueUser('notify');
  const { RecordingNotification, shown } = recordingNotificationClass('granted');
  let visible = true;
  let focusCalls = 0;
  const notification = { Notification: RecordingNotification, focus: () => void focusCalls++ };
  let core: TimCore;
  let chat: ChatSDK;

  /** Resolves once the SDK delivered `text`; the core's own listener ran before this one. */
  function arrival(text: string): Promise<void> {
    return new Promise((resolve) => {
      const listener = (event: { data: Array<{ payload?: { text?: string } }> }) => {
        if (!event.data.some((m) => m.payload?.text === text)) return;
        chat.off('onMessageReceived', listener);
        resolve();
      };
      chat.on('onMessageReceived', listener);
    });
  }

  async function peerSays(peer: string, text: string): Promise<void> {
    const arrived = arrival(text);
    await sendTextAs(peer, userID, text);
    await arrived;
  }

  before(async () => {
    ({ core, chat } = await loginCore(userID, { isPageVisible: () => visible, notification }));
  });

  afterEach(() => {
    visible = true;
  });

  after(() => core?.destroy());

  it('shows one notification with the sender and the text while the page is hidden', async () => {
    const peer = uniqueUser('sender');
    await importAccount(peer, 'Sender Nick');
    visible = false;
    const before = shown.length;
    await peerSays(peer, 'are you there?');
    const mine = shown.slice(before);
    expect(mine).to.have.length(1);
    expect(mine[0]!.title).to.equal('Sender Nick');
    expect(mine[0]!.options).to.include({ body: 'are you there?', tag: `C2C${peer}` });
  });

  it('shows nothing while the page is visible', async () => {
    const peer = uniqueUser('visible');
    await importAccount(peer);
    const before = shown.length;
    await peerSays(peer, 'you can see me');
    expect(shown.length).to.equal(before);
  });

  it('shows nothing for a kind the user switched off', async () => {
    const peer = uniqueUser('off');
    await importAccount(peer);
    await core.notifications.setSettings({ c2c: false });
    visible = false;
    const before = shown.length;
    try {
      await peerSays(peer, 'c2c is off');
    } finally {
      await core.notifications.setSettings({ c2c: true });
    }
    expect(shown.length).to.equal(before);
  });

  it('shows nothing when notifications are disabled', async () => {
    const peer = uniqueUser('disabled');
    await importAccount(peer);
    await core.notifications.setOfflinePush({ enabled: false });
    visible = false;
    const before = shown.length;
    try {
      await peerSays(peer, 'all off');
    } finally {
      await core.notifications.setOfflinePush({ enabled: true });
    }
    expect(shown.length).to.equal(before);
  });

  it('shows nothing for a muted conversation', async () => {
    const peer = uniqueUser('muted');
    await importAccount(peer);
    await peerSays(peer, 'first, to create the conversation');
    await until(
      () => core.conversations.$conversations.get().some((c) => c.peerID === peer),
      'the conversation',
    );
    await core.conversations.setMuted(`C2C${peer}`, true);
    await until(
      () => core.conversations.$conversations.get().find((c) => c.peerID === peer)?.isMuted,
      'the conversation muted',
    );
    visible = false;
    const before = shown.length;
    await peerSays(peer, 'shh');
    expect(shown.length).to.equal(before);
  });

  it('focuses, opens the conversation and emits noticeclicked when clicked', async () => {
    const peer = uniqueUser('click');
    await importAccount(peer, 'Clicker');
    visible = false;
    const before = shown.length;
    const heard: unknown[] = [];
    const stop = core.notifications.onNoticeClicked((event) => heard.push(event));
    await peerSays(peer, 'click me');
    const shownNow = shown[before]!;
    const focusedBefore = focusCalls;

    shownNow.onclick?.({});
    stop();

    const messageID = (shownNow.options.data as { messageID: string }).messageID;
    expect(focusCalls).to.equal(focusedBefore + 1);
    expect(core.conversations.$activeConversationID.get()).to.equal(`C2C${peer}`);
    expect(heard).to.have.length(1);
    expect(heard[0]).to.deep.equal(core.notifications.$lastClick.get());
    expect(heard[0]).to.deep.equal({
      type: 1,
      value: {
        localNotification: false,
        aps: {
          alert: { body: 'click me' },
          badge: core.conversations.$totalUnread.get(),
          sound: 'default',
        },
        e: '',
        f: peer,
        t: userID,
        m: messageID,
      },
    });
    expect(messageID).to.be.a('string').and.not.equal('');
    expect(shownNow.closed).to.equal(true);
    core.conversations.setActive(null);
  });

  it('puts the push settings on outgoing messages as offlinePushInfo', async () => {
    const peer = uniqueUser('push');
    await importAccount(peer);
    await core.notifications.setAPNS({ openPush: 1, c2cSound: 'ding.caf' });
    const passed: unknown[] = [];
    const original = chat.sendMessage.bind(chat);
    chat.sendMessage = (message, options) => {
      passed.push(options);
      return original(message, options);
    };
    try {
      const sent = await core.messages.sendText(`C2C${peer}`, 'pushed with a sound');
      expect(sent.status).to.equal('sent');
    } finally {
      chat.sendMessage = original;
      await core.notifications.setAPNS({ c2cSound: null });
    }
    expect(passed).to.have.length(1);
    // The SDK fills in its own defaults on the same object, so only our fields are compared.
    const info = (passed[0] as { offlinePushInfo: Record<string, { sound?: string }> })
      .offlinePushInfo;
    expect(info).to.include({ disablePush: false });
    expect(info.androidInfo).to.include({ sound: 'ding.caf' });
    expect(info.apnsInfo).to.include({ sound: 'ding.caf' });
  });

  it('answers the seed-shaped getters from the same settings', async () => {
    await core.notifications.setOfflinePush({
      enabled: false,
      c2cMsgRemindSound: 'a.mp3',
      groupMsgRemindSound: 'null',
    });
    expect(await core.notifications.getOfflinePush()).to.deep.equal({
      isEnable: false,
      c2cMsgRemindSoundPath: 'a.mp3',
      groupMsgRemindSoundPath: 'a.mp3',
    });
    expect(await core.notifications.getAPNS()).to.deep.equal({
      openPush: 2,
      c2cSound: 'a.mp3',
      groupSound: 'a.mp3',
    });
    await core.notifications.setAPNS({ openPush: 1, c2cSound: null });
    expect(core.notifications.$settings.get()).to.include({ enabled: true, sound: null });
  });

  it('rejects bad settings with INVALID_ARGUMENT and changes nothing', async () => {
    const before = core.notifications.$settings.get();
    for (const call of [
      core.notifications.setSettings({ c2c: 'yes' as unknown as boolean }),
      core.notifications.setSettings({ volume: 3 } as never),
      core.notifications.setAPNS({ openPush: 3 as 1 }),
    ]) {
      expect(await rejectionOf(call)).to.include({ code: TimErrorCode.INVALID_ARGUMENT });
    }
    expect(core.notifications.$settings.get()).to.equal(before);
  });

  it('keeps settings per user across a new core (localStorage)', async () => {
    await core.notifications.setSettings({ group: false, sound: 'bell.mp3' });
    // Another user's settings on the same browser must not leak into this user's.
    localStorage.setItem(
      'tim-kit:notification-settings:someone-else',
      JSON.stringify({ enabled: false, c2c: false }),
    );
    await core.auth.logout();
    core.destroy();
    const { createTimCore } = await import('@tim-kit/headless');
    core = createTimCore({ chat, isPageVisible: () => visible, notification });
    expect(core.notifications.$settings.get()).to.include({ group: true, sound: null });

    await core.auth.login({ userID, userSig: await userSig(userID) });

    expect(core.notifications.$settings.get()).to.deep.equal({
      enabled: true,
      c2c: true,
      group: false,
      sound: 'bell.mp3',
      groupSound: null,
    });
  });

  it('reports permission and asks for it through the injected class', async () => {
    expect(core.notifications.$permission.get()).to.equal('granted');
    const denied = recordingNotificationClass('denied').RecordingNotification;
    const other = (await import('@tim-kit/headless')).createTimCore({
      chat,
      notification: { Notification: denied },
    });
    const unsupported = (await import('@tim-kit/headless')).createTimCore({
      chat,
      notification: { Notification: null },
    });
    try {
      expect(await other.notifications.requestPermission()).to.equal('denied');
      expect(unsupported.notifications.$permission.get()).to.equal('unsupported');
      expect(await unsupported.notifications.requestPermission()).to.equal('unsupported');
    } finally {
      other.destroy();
      unsupported.destroy();
    }
  });
});
