// The seed facade's group operations, one table row per operation; the other users are accounts
// the REST API manages, and an applicant played by a real SDK in Node.
import { expect } from '@open-wc/testing';
import type { TencentIm } from '@tim-kit/headless/compat';
import { importAccount, nodePeer, uniqueUser } from '../support/emulator.js';
import { until } from '../support/core.js';
import { groupPeer, newUser, restCreateGroup } from '../headless-groups/support.js';
import {
  PARAM,
  describeOps,
  eventually,
  expectShape,
  loginFacade,
  ok,
  record,
} from '../support/compat.js';

const GROUP_INFO_SHAPE = {
  groupId: 'string',
  groupName: 'string',
  groupOwner: 'string',
  createTime: 'number',
  lastInfoTime: 'number',
  lastMsgTime: 'number',
  memberNum: 'number',
  maxMemberNum: 'number',
  groupIntroduction: 'string',
  groupNotification: 'string',
  faceUrl: 'string',
  groupType: 'string',
  onlineMemberNum: 'number',
  isSilenceAll: 'boolean',
};

const MEMBER_INFO_SHAPE = {
  joinTime: 'number',
  megFlag: 'number',
  msgSeq: 'number',
  nameCard: 'string',
  rule: 'number',
  silenceSeconds: 'number',
  tinyId: 'number',
  user: 'string',
};

describe('compat: groups', () => {
  const me = uniqueUser('cg-me');
  const applicant = uniqueUser('cg-applicant');
  let m1 = '';
  let m2 = '';
  let team = '';
  let work = '';
  let open = '';
  let pendencyTime = 0;
  let im: TencentIm;
  let events: ReturnType<typeof record>;

  before(async () => {
    m1 = await newUser('cg-m1');
    m2 = await newUser('cg-m2');
    await importAccount(applicant);
    await nodePeer.login(applicant);
    im = await loginFacade(me);
    events = record(im, 'setGroupEventListener');
    open = await restCreateGroup({ type: 'Public', name: 'Open Door', joinOption: 'FreeAccess' });
  });

  after(async () => {
    await nodePeer.logout(applicant);
  });

  const members = async (groupId: string) =>
    (await ok(im, 'getGroupMembersInfo', { groupId, identifiers: [m1] })).infos as Array<
      Record<string, unknown>
    >;

  describeOps(
    () => im,
    [
      {
        name: 'createGroup',
        params: () => ({
          groupType: 'Public',
          groupName: 'Compat Team',
          notification: 'be nice',
          introduction: 'a team',
          faceUrl: 'https://example.com/t.png',
          maxMemberNum: 50,
          groupAddOpt: 1,
          members: [m1],
        }),
        check: (ret) => {
          expect(ret.groupId).to.be.a('string').and.not.equal('');
          team = ret.groupId as string;
        },
        bad: { params: { groupType: 'Club', groupName: 'x' }, code: PARAM, names: 'groupType' },
      },
      {
        name: 'inviteGroupMember',
        params: async () => {
          work = (await ok(im, 'createGroup', { groupType: 'Private', groupName: 'Compat Work' }))
            .groupId as string;
          return { groupId: work, members: [m2] };
        },
        check: (ret) => expect(ret.results).to.deep.equal([{ member: m2, result: 1 }]),
        bad: { params: { groupId: 'g', members: [] }, code: PARAM, names: 'members' },
      },
      {
        name: 'getGroupList',
        check: (ret) =>
          expect(ret.groups).to.deep.include({
            groupId: team,
            groupName: 'Compat Team',
            groupType: 'Public',
            faceUrl: 'https://example.com/t.png',
            isSilenceAll: false,
          }),
        bad: { params: 'x', code: PARAM },
      },
      {
        name: 'getGroupMembers',
        params: () => ({ groupId: team }),
        check: (ret) => {
          const rows = ret.members as Array<Record<string, unknown>>;
          expect(rows.find((r) => r.member === me)).to.include({ role: 400 });
          expect(rows.find((r) => r.member === m1)).to.include({ role: 200 });
          expect(rows[0]?.joinTime).to.be.a('number');
        },
        bad: { params: { groupId: '' }, code: PARAM, names: 'groupId' },
      },
      {
        name: 'getGroupDetailInfo',
        params: () => ({ groupIds: [team] }),
        check: (ret) => {
          const [info] = ret.groupInfos as Array<Record<string, unknown>>;
          expectShape(info, GROUP_INFO_SHAPE);
          expect(info).to.include({
            groupId: team,
            groupOwner: me,
            groupNotification: 'be nice',
            memberNum: 2,
            // me online, m1 an account that never logged in
            onlineMemberNum: 1,
          });
          expect(info).to.have.property('lastMsg');
        },
        bad: { params: { groupIds: 'x' }, code: PARAM, names: 'groupIds' },
      },
      {
        name: 'getGroupPublicInfo',
        params: () => ({ groupIds: [open] }),
        check: (ret) => {
          const [info] = ret.groupInfos as Array<Record<string, unknown>>;
          expectShape(info, GROUP_INFO_SHAPE);
          expect(info).to.include({ groupId: open, groupName: 'Open Door', groupType: 'Public' });
        },
        bad: { params: { groupIds: [] }, code: PARAM, names: 'groupIds' },
      },
      {
        name: 'getSelfInfoInGroup',
        params: () => ({ groupId: team }),
        check: (ret) => {
          expectShape(ret.info, MEMBER_INFO_SHAPE);
          expect(ret.info).to.include({ user: me, rule: 400, silenceSeconds: 0 });
        },
        bad: { params: { groupId: 5 }, code: PARAM, names: 'groupId' },
      },
      {
        name: 'getGroupMembersInfo',
        params: () => ({ groupId: team, identifiers: [m1] }),
        check: (ret) => {
          const [info] = ret.infos as unknown[];
          expectShape(info, MEMBER_INFO_SHAPE);
          expect(info).to.include({ user: m1, rule: 200 });
        },
        bad: {
          lazy: true,
          params: () => ({ groupId: team }),
          code: PARAM,
          names: 'identifiers',
        },
      },
      {
        name: 'modifyGroupInfo',
        params: () => ({
          groupId: team,
          groupName: 'Compat Team 2',
          notification: 'be kind',
          silenceAll: false,
        }),
        check: async () => {
          const [info] = (await ok(im, 'getGroupDetailInfo', { groupIds: [team] }))
            .groupInfos as unknown[];
          expect(info).to.include({ groupName: 'Compat Team 2', groupNotification: 'be kind' });
        },
        bad: {
          lazy: true,
          params: () => ({ groupId: team, groupAddOpt: 9 }),
          code: PARAM,
          names: 'groupAddOpt',
        },
      },
      {
        name: 'modifyMemberRoleType',
        params: () => ({ groupId: team, identifier: m1, roleType: 300 }),
        check: async () => expect((await members(team))[0]).to.include({ rule: 300 }),
        bad: {
          lazy: true,
          params: () => ({ groupId: team, identifier: m1, roleType: 400 }),
          code: PARAM,
          names: 'roleType',
        },
      },
      {
        name: 'modifyMemberSilence',
        params: () => ({ groupId: team, identifier: m1, silenceTime: 600 }),
        check: async () => expect((await members(team))[0]?.silenceSeconds).to.be.greaterThan(0),
        bad: {
          lazy: true,
          params: () => ({ groupId: team, identifier: m1, silenceTime: -1 }),
          code: PARAM,
          names: 'silenceTime',
        },
      },
      {
        name: 'modifyMemberNameCard',
        params: () => ({ groupId: team, identifier: m1, nameCard: 'Card One' }),
        check: async () => expect((await members(team))[0]).to.include({ nameCard: 'Card One' }),
        bad: {
          lazy: true,
          params: () => ({ groupId: team, identifier: m1, nameCard: 5 }),
          code: PARAM,
          names: 'nameCard',
        },
      },
      {
        name: 'setReceiveMessageOpt',
        params: () => ({ groupId: team, identifier: me, reciveOpt: 2 }),
        check: async () => {
          const { info } = await ok(im, 'getSelfInfoInGroup', { groupId: team });
          expect(info).to.include({ megFlag: 2 });
        },
        bad: {
          lazy: true,
          params: () => ({ groupId: team, reciveOpt: 9 }),
          code: PARAM,
          names: 'reciveOpt',
        },
      },
      {
        name: 'getGroupPendencyList',
        params: async () => {
          await groupPeer.apply(applicant, team, 'let me in');
          await eventually(
            async () =>
              JSON.stringify(
                (await ok(im, 'getGroupPendencyList', { timestamp: 0, numPerPage: 10 })).pendencys,
              ).includes(applicant),
            'the join request',
          );
          return { timestamp: 0, numPerPage: 10 };
        },
        check: (ret) => {
          expectShape(ret, {
            nxtStartTimestamp: 'number',
            rportedTimestamp: 'number',
            uReadCount: 'number',
            pendencys: 'array',
          });
          const [item] = ret.pendencys as Array<Record<string, unknown>>;
          expect(item).to.include({
            groupId: team,
            fromUser: applicant,
            pendencyType: 0,
            handledStatus: 0,
            requestMsg: 'let me in',
          });
          pendencyTime = item?.addTime as number;
        },
        bad: { params: { timestamp: 0, numPerPage: 0 }, code: PARAM, names: 'numPerPage' },
      },
      {
        name: 'reportGroupPendency',
        params: () => ({ timestamp: Math.floor(Date.now() / 1000) }),
        check: async () => {
          const ret = await ok(im, 'getGroupPendencyList', { timestamp: 0, numPerPage: 10 });
          expect(ret.uReadCount).to.equal(0);
          expect(ret.rportedTimestamp).to.be.greaterThan(0);
        },
        bad: { params: {}, code: PARAM, names: 'timestamp' },
      },
      {
        name: 'doGroupPendency',
        params: () => ({
          timestamp: 0,
          numPerPage: 10,
          doPendency: [
            {
              id: 'a1',
              groupId: team,
              toUser: applicant,
              addTimer: pendencyTime,
              accept: true,
              handledMsg: 'welcome',
            },
          ],
        }),
        check: async (ret) => {
          expect(ret.succeedIds).to.deep.equal(['a1']);
          await eventually(
            async () =>
              JSON.stringify((await ok(im, 'getGroupMembers', { groupId: team })).members).includes(
                applicant,
              ),
            'the applicant joined',
          );
        },
        bad: { params: { doPendency: [] }, code: PARAM, names: 'doPendency' },
      },
      {
        name: 'applyJoinGroup',
        params: () => ({ groupId: open, reason: 'hello' }),
        bad: { params: { groupId: '' }, code: PARAM, names: 'groupId' },
      },
      {
        name: 'quitGroup',
        params: () => ({ groupId: open }),
        bad: { params: { groupId: [] }, code: PARAM, names: 'groupId' },
      },
      {
        name: 'deleteGroupMember',
        params: () => ({ groupId: team, members: [m1], reason: 'bye' }),
        check: (ret) => expect(ret.results).to.deep.equal([{ member: m1, result: 1 }]),
        bad: {
          lazy: true,
          params: () => ({ groupId: team, members: 'x' }),
          code: PARAM,
          names: 'members',
        },
      },
      {
        name: 'modifyGroupOwner',
        params: () => ({ groupId: work, identifier: m2 }),
        check: async () => {
          const [info] = (await ok(im, 'getGroupDetailInfo', { groupIds: [work] }))
            .groupInfos as unknown[];
          expect(info).to.include({ groupOwner: m2, groupType: 'Private' });
        },
        bad: {
          lazy: true,
          params: () => ({ groupId: work, identifier: '' }),
          code: PARAM,
          names: 'identifier',
        },
      },
      {
        name: 'deleteGroup',
        params: () => ({ groupId: team }),
        bad: { params: { groupId: null }, code: PARAM, names: 'groupId' },
      },
    ],
  );

  it('setGroupEventListener called back with the seed tipsType for group tips', async () => {
    const event = await until(
      () => events.find((e) => e.tipsType === 1 || e.tipsType === 3),
      'a tips event',
    );
    expectShape(event, {
      tipsType: 'number',
      opUser: 'string',
      groupName: 'string',
      userList: 'array',
    });
  });
});
