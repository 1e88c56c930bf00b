// Relationship pushes. The SDK keeps its friend, application and blacklist
// state only from these (it does not refetch after its own requests), so every
// change goes to every online instance of everyone it touches, the caller's
// included. Shapes: FriendListMod items with PushType (1 friend added, 2
// deleted, 3 application added, 4 application deleted, 5 blacklist added,
// 6 blacklist deleted, 7 applications read, 8 friend data changed), and
// ProfileDataMod for profile changes; both read from the bundle's keyMaps.
import type { App } from '../../app.js';
import type { Session } from '../../protocol/sessions.js';
import type { ProfileValue } from '../../store/users.js';
import type { PendencyRow } from '../../store/relations/pendencies.js';
import { avatarOf, nickOf } from '../profile.js';

/** Old webim numbering; the SDK routes these by key, not by Event. */
const EVENT_FRIEND_SYSTEM = 7;
const EVENT_PROFILE_SYSTEM = 8;

export const PushType = {
  FRIEND_ADD: 1,
  FRIEND_DELETE: 2,
  PENDENCY_ADD: 3,
  PENDENCY_DELETE: 4,
  BLACKLIST_ADD: 5,
  BLACKLIST_DELETE: 6,
  PENDENCY_READ: 7,
  FRIEND_UPDATE: 8,
} as const;

function pushFriendListMod(
  app: App,
  userID: string,
  item: Record<string, unknown>,
  except?: Session,
): void {
  app.sessions.push(
    userID,
    { EventArray: [{ Event: EVENT_FRIEND_SYSTEM, FriendListMod: [item] }] },
    except,
  );
}

export function pushFriendsAdded(app: App, userID: string, friendIDs: string[]): void {
  if (friendIDs.length > 0)
    pushFriendListMod(app, userID, { PushType: PushType.FRIEND_ADD, FriendAdd_Account: friendIDs });
}

/** Only IDs that were in the list: the SDK dereferences each one. */
export function pushFriendsDeleted(app: App, userID: string, friendIDs: string[]): void {
  if (friendIDs.length > 0)
    pushFriendListMod(app, userID, {
      PushType: PushType.FRIEND_DELETE,
      FriendDel_Account: friendIDs,
    });
}

/** To both sides: `From` tells the SDK whether it is a sent or a received one. */
export function pushApplicationAdded(app: App, p: PendencyRow): void {
  const other = (id: string): Record<string, unknown> => {
    const profile = app.users.get(id)?.profile ?? {};
    return {
      PendencyAdd_Account: id,
      ProfileImNick: nickOf(profile),
      ProfileImImage: avatarOf(profile),
      AddSource: p.addSource,
      AddWording: p.addWording,
      AddTime: p.addTime,
    };
  };
  pushFriendListMod(app, p.toID, {
    PushType: PushType.PENDENCY_ADD,
    From: p.fromID,
    PendencyAdd: [{ ...other(p.fromID), PendencyType: 'Pendency_Type_ComeIn' }],
  });
  pushFriendListMod(app, p.fromID, {
    PushType: PushType.PENDENCY_ADD,
    From: p.fromID,
    PendencyAdd: [{ ...other(p.toID), PendencyType: 'Pendency_Type_SendOut' }],
  });
}

/** The SDK refetches its application list on this, so one push per user suffices. */
export function pushApplicationsDeleted(app: App, userID: string, otherIDs: string[]): void {
  if (otherIDs.length > 0)
    pushFriendListMod(app, userID, {
      PushType: PushType.PENDENCY_DELETE,
      FrienPencydDel_Account: otherIDs, // sic: the SDK's keyMap spells it so
    });
}

export function pushApplicationsRead(app: App, userID: string, reportTime: number): void {
  pushFriendListMod(app, userID, { PushType: PushType.PENDENCY_READ, ReportTime: reportTime });
}

export function pushBlacklistAdded(app: App, userID: string, blockedIDs: string[]): void {
  if (blockedIDs.length > 0)
    pushFriendListMod(app, userID, {
      PushType: PushType.BLACKLIST_ADD,
      BlackListAdd_Account: blockedIDs,
    });
}

export function pushBlacklistDeleted(app: App, userID: string, blockedIDs: string[]): void {
  if (blockedIDs.length > 0)
    pushFriendListMod(app, userID, {
      PushType: PushType.BLACKLIST_DELETE,
      BlackListDel_Account: blockedIDs,
    });
}

/** Remark / custom field changes, for the owner's other instances. */
export function pushFriendUpdated(
  app: App,
  ownerID: string,
  friendID: string,
  sns: { Tag: string; Value: unknown }[],
  except?: Session,
): void {
  pushFriendListMod(
    app,
    ownerID,
    {
      PushType: PushType.FRIEND_UPDATE,
      FriendUpInfo: [{ Friend_Account: friendID, Sns: sns }],
    },
    except,
  );
}

/** A changed profile, to one recipient's instances. */
export function pushProfileChanged(
  app: App,
  recipientID: string,
  userID: string,
  changes: Record<string, ProfileValue>,
  except?: Session,
): void {
  const ProfileList = Object.entries(changes).map(([Tag, v]) =>
    typeof v === 'number' ? { Tag, ValueNum: v } : { Tag, ValueBytes: v },
  );
  app.sessions.push(
    recipientID,
    {
      EventArray: [
        {
          Event: EVENT_PROFILE_SYSTEM,
          ProfileDataMod: [{ PushType: 1, Profile_Account: userID, ProfileList }],
        },
      ],
    },
    except,
  );
}
