// The seed facade's profile, friend, friend-request, blacklist and friend-group operations, one
// table row per operation; the other users are real SDKs in Node (nodePeer / relationPeer).
import { expect } from '@open-wc/testing';
import type { TencentIm } from '@tim-kit/headless/compat';
import { importAccount, nodePeer, uniqueUser } from '../support/emulator.js';
import { relationPeer } from '../support/relation-peer.js';
import {
  PARAM,
  PROFILE_SHAPE,
  SNS_PARAM,
  describeOps,
  eventually,
  expectShape,
  loginFacade,
  ok,
} from '../support/compat.js';

describe('compat: profile and relationships', () => {
  const me = uniqueUser('cr-me');
  const open = uniqueUser('cr-open');
  const careful = uniqueUser('cr-careful');
  const asker = uniqueUser('cr-asker');
  let im: TencentIm;

  const friendIDs = async () =>
    ((await ok(im, 'getFriendList')).friends as Array<{ identifier: string }>).map(
      (f) => f.identifier,
    );

  before(async () => {
    for (const [userID, allowType] of [
      [open, 'AllowType_Type_AllowAny'],
      [careful, 'AllowType_Type_NeedConfirm'],
      [asker, 'AllowType_Type_AllowAny'],
    ] as const) {
      await importAccount(userID);
      await nodePeer.login(userID);
      await relationPeer.setAllowType(userID, allowType);
    }
    im = await loginFacade(me);
  });

  after(async () => {
    for (const userID of [open, careful, asker]) await nodePeer.logout(userID);
  });

  describeOps(
    () => im,
    [
      {
        name: 'getRemoteSelfProfile',
        check: (ret) => {
          expectShape(ret.selfProfile, PROFILE_SHAPE);
          expect(ret.selfProfile).to.include({ identifier: me });
        },
        bad: { params: 3, code: PARAM },
      },
      {
        name: 'modifySelfProfile',
        params: () => ({
          nickName: 'Compat Me',
          faceUrl: 'https://example.com/me.png',
          allowType: 'AllowType_Type_NeedConfirm',
          gender: 2,
          birthday: 20000101,
          location: 'SZ',
          language: 1,
          signature: 'hello',
          level: 3,
          role: 4,
        }),
        bad: { params: { gender: 5 }, code: PARAM, names: 'gender' },
      },
      {
        name: 'getLocalSelfProfile',
        check: async () => {
          await eventually(
            async () =>
              ((await ok(im, 'getLocalSelfProfile')).selfProfile as { nickName: string })
                .nickName === 'Compat Me',
            'the new nick',
          );
          const { selfProfile } = await ok(im, 'getLocalSelfProfile');
          expect(selfProfile).to.deep.equal({
            identifier: me,
            nickName: 'Compat Me',
            faceUrl: 'https://example.com/me.png',
            signature: 'hello',
            allowType: 'AllowType_Type_NeedConfirm',
            gender: 2,
            birthday: 20000101,
            language: 1,
            location: 'SZ',
            level: 3,
            role: 4,
          });
        },
        bad: { params: 'me', code: PARAM },
      },
      {
        name: 'getUsersProfile',
        params: () => ({ users: [open], forceUpdate: true }),
        check: (ret) => {
          const [profile] = ret.selfProfiles as unknown[];
          expectShape(profile, PROFILE_SHAPE);
          expect(profile).to.include({ identifier: open, allowType: 'AllowType_Type_AllowAny' });
        },
        bad: { params: { users: 'x' }, code: PARAM, names: 'users' },
      },
      {
        name: 'getUserLocalProfile',
        params: () => ({ user: open }),
        check: (ret) => expect(ret.selfProfile).to.include({ identifier: open }),
        bad: { params: { user: '' }, code: PARAM, names: 'user' },
      },
      {
        name: 'addFriend',
        params: () => ({
          identifier: open,
          remake: 'Open',
          addWording: 'hi there',
          addSource: 'AddSource_Type_Web',
          friendGroup: '',
        }),
        check: (ret) =>
          expect(ret).to.deep.equal({ status: true, resultCode: 0, identifier: open }),
        bad: { params: { identifier: 5 }, code: SNS_PARAM, names: 'identifier' },
      },
      {
        name: 'getFriendList',
        check: async () => {
          await eventually(async () => (await friendIDs()).includes(open), 'the friend');
          const { friends } = await ok(im, 'getFriendList');
          const friend = (friends as Array<Record<string, unknown>>).find(
            (f) => f.identifier === open,
          );
          expectShape(friend, {
            identifier: 'string',
            remark: 'string',
            addWorking: 'string',
            addSource: 'string',
            groupNames: 'array',
            userProfile: 'object',
          });
          expect(friend).to.include({ remark: 'Open', addSource: 'AddSource_Type_Web' });
          expectShape(friend?.userProfile, PROFILE_SHAPE);
        },
        bad: { params: 'x', code: SNS_PARAM },
      },
      {
        name: 'modifyFriend',
        params: () => ({ identifier: open, remake: 'Opened' }),
        check: async () => {
          await eventually(
            async () => JSON.stringify((await ok(im, 'getFriendList')).friends).includes('Opened'),
            'the new remark',
          );
        },
        bad: { params: { identifier: open }, code: SNS_PARAM, names: 'remake' },
      },
      {
        name: 'createFriendGroup',
        params: () => ({ identifiers: [open], groupNames: ['work'] }),
        check: (ret) => expect(ret.result).to.deep.equal([{ resultCode: 0, identifier: open }]),
        bad: {
          params: { identifiers: [open], groupNames: [] },
          code: SNS_PARAM,
          names: 'groupNames',
        },
      },
      {
        name: 'getFriendGroups',
        params: () => ({ groupNames: [] }),
        check: (ret) =>
          expect(ret.groups).to.deep.equal([{ groupName: 'work', userCount: 1, friends: [open] }]),
        bad: { params: { groupNames: 'work' }, code: SNS_PARAM, names: 'groupNames' },
      },
      {
        name: 'deleteFriendsFromFriendGroup',
        params: () => ({ identifiers: [open], groupName: 'work' }),
        check: (ret) => expect(ret.result).to.deep.equal([{ resultCode: 0, identifier: open }]),
        bad: { params: { identifiers: [open] }, code: SNS_PARAM, names: 'groupName' },
      },
      {
        name: 'addFriendsToFriendGroup',
        params: () => ({ identifiers: [open], groupName: 'work' }),
        check: (ret) => expect(ret.result).to.deep.equal([{ resultCode: 0, identifier: open }]),
        bad: {
          params: { identifiers: 'open', groupName: 'work' },
          code: SNS_PARAM,
          names: 'identifiers',
        },
      },
      {
        name: 'renameFriendGroup',
        params: () => ({ oldName: 'work', newName: 'office' }),
        bad: { params: { oldName: 'work', newName: '' }, code: SNS_PARAM, names: 'newName' },
      },
      {
        name: 'deleteFriendGroup',
        params: () => ({ groupNames: ['office'] }),
        check: async () => expect((await ok(im, 'getFriendGroups')).groups).to.deep.equal([]),
        bad: { params: { groupNames: 5 }, code: SNS_PARAM, names: 'groupNames' },
      },
    ],
  );

  it('addFriend to a user who confirms answers resultCode 30539', async () => {
    const ret = await ok(im, 'addFriend', { identifier: careful, addWording: 'please' });
    expect(ret).to.deep.equal({ status: true, resultCode: 30539, identifier: careful });
  });

  describeOps(
    () => im,
    [
      {
        name: 'getPendencyList',
        params: async () => {
          // I confirm requests now (modifySelfProfile above), so the asker's request waits.
          await relationPeer.addFriend(asker, me, 'let us be friends');
          await eventually(
            async () =>
              JSON.stringify(
                (await ok(im, 'getPendencyList', { dencyGetType: 1 })).pendencyList,
              ).includes(asker),
            'the incoming request',
          );
          return { seq: 0, timestamp: 0, numPerPage: 10, dencyGetType: 2 };
        },
        check: (ret) => {
          expectShape(ret, {
            seq: 'number',
            timestamp: 'number',
            unReadCount: 'number',
            pendencyList: 'array',
          });
          const list = ret.pendencyList as Array<Record<string, unknown>>;
          const incoming = list.find((p) => p.identifier === asker);
          expectShape(incoming, {
            identifier: 'string',
            addTime: 'number',
            addSoure: 'string',
            addWorking: 'string',
            nickName: 'string',
            pendencyGetType: 'number',
          });
          expect(incoming).to.include({ pendencyGetType: 1, addWorking: 'let us be friends' });
          expect(list.find((p) => p.identifier === careful)).to.include({ pendencyGetType: 2 });
          expect(ret.unReadCount).to.be.at.least(1);
        },
        bad: { params: { dencyGetType: 7 }, code: SNS_PARAM, names: 'dencyGetType' },
      },
      {
        name: 'pendencyReport',
        params: () => ({ timestamp: Math.floor(Date.now() / 1000) }),
        check: async () => {
          await eventually(
            async () => (await ok(im, 'getPendencyList', { dencyGetType: 1 })).unReadCount === 0,
            'no unread requests',
          );
        },
        bad: { params: { timestamp: 'now' }, code: SNS_PARAM, names: 'timestamp' },
      },
      {
        name: 'doResponse',
        params: () => ({ identifier: asker, remark: 'Asker', responseType: 1 }),
        check: async (ret) => {
          expect(ret).to.deep.equal({ status: true, resultCode: 0, identifier: asker });
          await eventually(async () => (await friendIDs()).includes(asker), 'the new friend');
        },
        bad: {
          params: { identifier: asker, responseType: 5 },
          code: SNS_PARAM,
          names: 'responseType',
        },
      },
      {
        name: 'deletePendency',
        params: () => ({ users: [careful], dencyGetType: 0 }),
        check: (ret) => expect(ret.result).to.deep.equal([{ resultCode: 0, identifier: careful }]),
        bad: { params: { users: 'x' }, code: SNS_PARAM, names: 'users' },
      },
      {
        name: 'deleteFriends',
        params: () => ({ identifiers: [asker], delBoth: true }),
        check: async (ret) => {
          expect(ret.result).to.deep.equal([{ resultCode: 0, identifier: asker }]);
          await eventually(async () => !(await friendIDs()).includes(asker), 'the friend gone');
        },
        bad: { params: { identifiers: [] }, code: SNS_PARAM, names: 'identifiers' },
      },
      {
        name: 'addBlackList',
        params: () => ({ users: [open] }),
        check: (ret) => expect(ret.result).to.deep.equal([{ resultCode: 0, identifier: open }]),
        bad: { params: { users: [''] }, code: SNS_PARAM, names: 'users' },
      },
      {
        name: 'getBlackList',
        check: async () => {
          await eventually(
            async () => JSON.stringify((await ok(im, 'getBlackList')).blacks).includes(open),
            'the blocked user',
          );
          const { blacks } = await ok(im, 'getBlackList');
          const [black] = blacks as Array<Record<string, unknown>>;
          expect(black).to.include({ identifier: open });
          expectShape(black?.userProfile, PROFILE_SHAPE);
        },
        bad: { params: 'x', code: SNS_PARAM },
      },
      {
        name: 'deleteBlackList',
        params: () => ({ users: [open] }),
        check: async () => {
          await eventually(
            async () => ((await ok(im, 'getBlackList')).blacks as unknown[]).length === 0,
            'empty',
          );
        },
        bad: { params: {}, code: SNS_PARAM, names: 'users' },
      },
    ],
  );
});
