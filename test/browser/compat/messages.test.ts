// The seed facade's init, login, conversation, message and push-settings operations, one table
// row per operation (valid params from the seed's docs, then one bad param), in real Chromium
// against the emulator; the other user is a real SDK in Node (nodePeer).
import { expect } from '@open-wc/testing';
import { createTencentIm, type TencentIm } from '@tim-kit/headless/compat';
import { importAccount, nodePeer, testEnv, uniqueUser } from '../support/emulator.js';
import { until } from '../support/core.js';
import {
  MESSAGE_SHAPE,
  PARAM,
  call,
  describeOps,
  eventually,
  expectShape,
  loginFacade,
  ok,
  record,
} from '../support/compat.js';
import { recordingNotificationClass } from '../headless-notify/recording-notification.js';

const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

describe('compat: session, conversations, messages, push settings', () => {
  const me = uniqueUser('cm-me');
  const peer = uniqueUser('cm-peer');
  const to = { peer, type: 1 };
  let im: TencentIm;
  let visible = true;
  const { RecordingNotification, shown } = recordingNotificationClass('granted');
  let logs: Array<{ status: boolean; log?: unknown }> = [];
  let newMessages: ReturnType<typeof record>;
  let revoked: ReturnType<typeof record>;
  let conversationEvents: ReturnType<typeof record>;

  before(async () => {
    await importAccount(peer);
    await nodePeer.login(peer);
    im = await loginFacade(me, {
      isPageVisible: () => visible,
      notification: { Notification: RecordingNotification, focus: () => undefined },
    });
    newMessages = record(im, 'addNewMessageListener');
    revoked = record(im, 'setMessageRevokedListener');
    conversationEvents = record(im, 'seConversationListener');
  });

  after(async () => {
    await nodePeer.logout(peer);
  });

  it('an operation before init fails with 6013', async () => {
    const fresh = createTencentIm({ proxyServer: testEnv.wsUrl });
    const { ret, err } = await call(fresh, 'getConversations', {});
    expect(ret.status).to.equal(false);
    expect(err?.code).to.equal(6013);
  });

  it('init with a bad appid fails with 6017 naming appid, before creating anything', async () => {
    const fresh = createTencentIm({ proxyServer: testEnv.wsUrl });
    const { err } = await call(fresh, 'init', { appid: 'not-a-number' });
    expect(err).to.deep.include({ code: PARAM });
    expect(err?.msg).to.contain('appid');
    expect(fresh.core).to.equal(null);
  });

  it("init's addLogListener delivers log entries ({ level, tag, msg }) to init's callback", async () => {
    logs = [];
    await new Promise<void>((resolve) =>
      im.init({ appid: testEnv.sdkAppID, logLevel: 3, addLogListener: true }, (ret) => {
        logs.push(ret);
        resolve();
      }),
    );
    await ok(im, 'getLoginUser');
    const entry = await until(() => logs.find((r) => r.log), 'a log entry');
    expectShape(entry.log, { level: 'number', tag: 'string', msg: 'string' });
  });

  it('login with an empty identifier fails with 6017', async () => {
    const { err } = await call(im, 'login', { identifier: '', userSig: 'x' });
    expect(err?.code).to.equal(PARAM);
    expect(err?.msg).to.contain('identifier');
  });

  describeOps(
    () => im,
    [
      {
        name: 'getLoginUser',
        check: (ret) => expect(ret.user).to.equal(me),
        bad: { params: 5, code: PARAM },
      },
      {
        name: 'sendText',
        params: () => ({ ...to, text: 'compat hello' }),
        check: async () => void (await nodePeer.waitForText(peer, 'compat hello')),
        bad: { params: { ...to, text: 42 }, code: PARAM, names: 'text' },
      },
      {
        name: 'sendImage',
        params: () => ({
          ...to,
          imagePath: new File([PNG], 'dot.png', { type: 'image/png' }),
          imageLevel: 0,
        }),
        bad: { params: { ...to, imagePath: 123 }, code: PARAM, names: 'imagePath' },
      },
      {
        name: 'sendFace',
        params: () => ({ ...to, index: 3, faceData: 'c21pbGU=' }),
        bad: { params: { ...to, index: 'x' }, code: PARAM, names: 'index' },
      },
      {
        name: 'sendSound',
        // A URL string: the facade fetches it.
        params: () => ({
          ...to,
          duration: 3,
          soundPath: URL.createObjectURL(
            new Blob([new Uint8Array(256).fill(1)], { type: 'audio/mpeg' }),
          ),
        }),
        bad: {
          params: { ...to, duration: -1, soundPath: 'x.mp3' },
          code: PARAM,
          names: 'duration',
        },
      },
      {
        name: 'sendLocation',
        params: () => ({ ...to, desc: 'Tiananmen', longitude: 116.39, latitude: 39.9 }),
        bad: {
          params: { ...to, desc: 'x', longitude: 1, latitude: 100 },
          code: PARAM,
          names: 'latitude',
        },
      },
      {
        name: 'sendFile',
        params: () => ({
          ...to,
          filePath: new Blob(['numbers'], { type: 'text/plain' }),
          fileName: 'report.txt',
        }),
        bad: { params: { ...to, fileName: 'a.txt' }, code: PARAM, names: 'filePath' },
      },
      {
        name: 'sendCustom',
        params: () => ({ ...to, data: 'eyJrIjoxfQ==', desc: 'a card', ext: 'ext', sound: '' }),
        bad: { params: { ...to, data: 5 }, code: PARAM, names: 'data' },
      },
      {
        name: 'getMessage',
        params: () => ({ ...to, count: 7 }),
        check: (ret) => {
          const messages = ret.messages as Array<Record<string, unknown>>;
          expect(messages).to.have.length(7);
          for (const m of messages) expectShape(m, MESSAGE_SHAPE);
          // Newest first: custom, file, location, sound, face, image, text.
          const types = messages.map((m) => (m.elems as Array<{ type: number }>)[0]?.type);
          expect(types).to.deep.equal([6, 7, 11, 5, 10, 4, 1]);
          expect(messages[0]).to.include({ peer, type: 1, sender: me, messageStatus: 2 });
          expect(messages[6]?.elems).to.deep.equal([{ type: 1, text: 'compat hello' }]);
          const location = (messages[2]?.elems as unknown[])[0];
          expect(location).to.deep.equal({
            type: 11,
            desc: 'Tiananmen',
            longitude: 116.39,
            latitude: 39.9,
          });
          const file = (messages[1]?.elems as Array<Record<string, unknown>>)[0];
          expect(file).to.include({ type: 7, fileName: 'report.txt' });
        },
        bad: { params: { ...to, count: 0 }, code: PARAM, names: 'count' },
      },
      {
        name: 'getConversations',
        check: (ret) => expect(ret.conversations).to.deep.include({ peer, type: 1 }),
        bad: { params: 'all', code: PARAM },
      },
      {
        name: 'getConversation',
        params: () => to,
        check: (ret) => expect(ret.conversation).to.deep.equal({ peer, type: 1 }),
        bad: { params: { peer, type: 9 }, code: PARAM, names: 'type' },
      },
      {
        name: 'seMessageExtConfig',
        params: () => ({
          enableStorage: true,
          enableReadReceipt: false,
          enableRecentContact: true,
          enableAutoReport: true,
        }),
        bad: { params: { enableStorage: 'yes' }, code: PARAM, names: 'enableStorage' },
      },
    ],
  );

  it('getMessage with lastMsgId (extension) pages to older messages', async () => {
    const newest = (await ok(im, 'getMessage', { ...to, count: 2 })).messages as Array<{
      msgId: string;
    }>;
    const older = (await ok(im, 'getMessage', { ...to, count: 2, lastMsgId: newest[1]?.msgId }))
      .messages as Array<{ elems: Array<{ type: number }> }>;
    expect(older.map((m) => m.elems[0]?.type)).to.deep.equal([11, 5]);
  });

  it('addNewMessageListener and seConversationListener call back on a received message', async () => {
    await nodePeer.sendText(peer, me, 'from the peer');
    const event = await until(
      () => newMessages.find((r) => JSON.stringify(r.messages).includes('from the peer')),
      'the new-message callback',
    );
    const [message] = event.messages as Array<Record<string, unknown>>;
    expectShape(message, MESSAGE_SHAPE);
    expect(message).to.include({ peer, type: 1, sender: peer, isRead: false });
    await until(
      () => conversationEvents.some((r) => JSON.stringify(r.conversations).includes(peer)),
      'a conversation event',
    );
  });

  it('getUnReadMessageNum counts the unread message; setRead clears it', async () => {
    await eventually(
      async () => ((await ok(im, 'getUnReadMessageNum', to)).count as number) >= 1,
      'an unread count',
    );
    await ok(im, 'setRead', to);
    await eventually(async () => (await ok(im, 'getUnReadMessageNum', to)).count === 0, 'unread 0');
    expect((await call(im, 'getUnReadMessageNum', { peer: '' })).err?.code).to.equal(PARAM);
    expect((await call(im, 'setRead', { peer: 7 })).err?.code).to.equal(PARAM);
  });

  it('setMessageRevokedListener reports the recalled message conversation', async () => {
    await nodePeer.sendText(peer, me, 'take it back');
    await until(
      () => newMessages.some((r) => JSON.stringify(r.messages).includes('take it back')),
      'the message',
    );
    await nodePeer.revoke(peer, `C2C${me}`, 'take it back');
    const event = await until(() => revoked[0], 'the revoke callback');
    expect(event).to.include({ status: true, conversationId: peer, conversationType: 1 });
  });

  it('listeners answer a non-object params with 6017', async () => {
    for (const name of [
      'setUserStatusListener',
      'setConnectListener',
      'seConversationListener',
      'setGroupEventListener',
      'setMessageRevokedListener',
      'addNewMessageListener',
    ]) {
      expect((await call(im, name, 'x')).err?.code, name).to.equal(PARAM);
    }
  });

  describeOps(
    () => im,
    [
      {
        name: 'setOfflinePushSettings',
        params: () => ({
          enabled: true,
          c2cMsgRemindSound: 'ding.mp3',
          groupMsgRemindSound: 'dong.mp3',
        }),
        bad: { params: { enabled: 'on' }, code: PARAM, names: 'enabled' },
      },
      {
        name: 'getOfflinePushSettings',
        check: (ret) =>
          expect(ret).to.deep.equal({
            status: true,
            isEnable: true,
            c2cMsgRemindSoundPath: 'ding.mp3',
            groupMsgRemindSoundPath: 'dong.mp3',
          }),
        bad: { params: 1, code: PARAM },
      },
      {
        name: 'setAPNS',
        params: () => ({ openPush: 1, c2cSound: 'a.caf', groupSound: 'b.caf' }),
        bad: { params: { openPush: 3 }, code: PARAM, names: 'openPush' },
      },
    ],
  );

  it('getAPNS(callback) answers openPush and the sounds', async () => {
    const ret = await new Promise((resolve) => im.getAPNS(resolve as never));
    expect(ret).to.deep.equal({
      status: true,
      openPush: 1,
      c2cSound: 'a.caf',
      groupSound: 'b.caf',
    });
    expect((await call(im, 'getAPNS', 'x')).err?.code).to.equal(PARAM);
  });

  it("addEventListener({ name: 'noticeclicked' }) delivers the click payload", async () => {
    const clicks: unknown[] = [];
    im.addEventListener({ name: 'noticeclicked' }, (ret) => clicks.push(ret));
    visible = false;
    const before = shown.length;
    await nodePeer.sendText(peer, me, 'while hidden');
    const notification = await until(() => shown[before], 'a Web Notification');
    visible = true;
    notification.onclick?.({});
    const click = (await until(() => clicks[0], 'the click')) as {
      type: number;
      value: Record<string, unknown>;
    };
    expect(click.type).to.equal(1);
    expect(click.value).to.include({ f: peer, t: me, localNotification: false });
    const bad: unknown[] = [];
    im.addEventListener({ name: 'clicked' }, (ret) => bad.push(ret));
    expect(bad[0]).to.deep.include({ status: false });
  });

  describeOps(
    () => im,
    [
      {
        name: 'initStorage',
        params: () => ({ identifier: me }),
        bad: { params: { identifier: '' }, code: PARAM, names: 'identifier' },
      },
      {
        name: 'getLocalMessage',
        params: async () => {
          // Loaded history is cached from now on.
          await nodePeer.sendText(peer, me, 'cached one');
          await until(
            () => newMessages.some((r) => JSON.stringify(r.messages).includes('cached one')),
            'cached one',
          );
          await ok(im, 'getMessage', { ...to, count: 3 });
          return { ...to, count: 5 };
        },
        check: async (ret) => {
          const messages = ret.messages as Array<Record<string, unknown>>;
          expect(messages.length).to.be.greaterThan(0);
          for (const m of messages) expectShape(m, MESSAGE_SHAPE);
        },
        bad: { params: { ...to, count: 'five' }, code: PARAM, names: 'count' },
      },
      {
        name: 'deleteLocalMessage',
        params: () => to,
        check: async () => {
          const after = await ok(im, 'getLocalMessage', { ...to, count: 5 });
          expect(after.messages).to.deep.equal([]);
        },
        bad: { params: { type: 1 }, code: PARAM, names: 'peer' },
      },
      {
        name: 'deleteConversation',
        params: () => ({ ...to, delMessage: true }),
        check: async () => {
          await until(
            async () =>
              !JSON.stringify((await ok(im, 'getConversations')).conversations).includes(peer),
            'the conversation gone',
          );
        },
        bad: { params: { ...to, delMessage: 'yes' }, code: PARAM, names: 'delMessage' },
      },
    ],
  );

  it('setUserStatusListener and setConnectListener report the logout; logout answers status', async () => {
    const connection = record(im, 'setConnectListener');
    record(im, 'setUserStatusListener');
    await ok(im, 'logout');
    await until(() => connection.find((r) => r.action === 'disConnected'), 'disConnected');
    expect((await ok(im, 'getLoginUser')).user).to.equal('');
    expect((await call(im, 'logout', [])).err?.code).to.equal(PARAM);
  });
});
