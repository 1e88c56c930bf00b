// Friend requests, incoming and outgoing. The SDK keeps the whole list (it fetches it at login and
// follows the server's pushes), so pages are cut from that list without another round trip.
import { TimError, TimErrorCode, invalidArgument, toTimError } from '../errors.js';
import type { CoreContext } from '../internal/context.js';
import { createLoadState } from '../internal/load-state.js';
import { validateUserID, validateUserIDs } from '../internal/user-ids.js';
import type { SdkEventHandlers } from '../sdk/events.js';
import { SnsType, sdkOptions, type SdkFriendApplication } from '../sdk/relationship.js';
import { SdkEvent, type SdkResponse } from '../sdk/types.js';
import { toTimApplication } from './map-friend.js';
import type {
  TimApplicationDirection,
  TimApplicationPage,
  TimApplicationResponse,
  TimBatchResult,
  TimFriendApplication,
  TimFriends,
} from './types.js';
import { FRIEND_LIMITS, validateBytes } from './validate-friend.js';

type ApplicationsApi = Pick<
  TimFriends,
  | '$applications'
  | '$applicationsLoadState'
  | '$unreadApplicationCount'
  | 'respond'
  | 'deleteApplications'
  | 'markApplicationsRead'
  | 'applicationPage'
>;

interface SdkApplicationList {
  friendApplicationList?: SdkFriendApplication[];
  unreadCount?: number;
}

const DEFAULT_PAGE_SIZE = 20;
const responses: readonly TimApplicationResponse[] = ['agree', 'agree-and-add', 'refuse'];

export function createApplications(ctx: CoreContext): {
  api: ApplicationsApi;
  handlers: SdkEventHandlers;
} {
  const list = ctx.store<readonly TimFriendApplication[]>([]);
  const unread = ctx.store(0);
  const loadState = createLoadState(ctx);
  ctx.onSessionReset(() => {
    list.set([]);
    unread.set(0);
  });

  function apply(data: SdkApplicationList | undefined): void {
    const items = (data?.friendApplicationList ?? []).map(toTimApplication);
    items.sort((a, b) => b.time - a.time || a.userID.localeCompare(b.userID));
    list.set(items);
    loadState.loaded();
    unread.set(typeof data?.unreadCount === 'number' ? data.unreadCount : 0);
  }

  async function load(): Promise<void> {
    // The SDK announces its lists while it syncs, before it is ready to be asked; SDK_READY reloads.
    if (!ctx.chat.isReady()) return;
    const reply = (await ctx.chat.getFriendApplicationList()) as SdkResponse<SdkApplicationList>;
    apply(reply.data);
  }

  function requireApplication(userID: string, direction: TimApplicationDirection, op: string) {
    if (!list.get().some((a) => a.userID === userID && a.direction === direction)) {
      throw new TimError(
        TimErrorCode.FRIEND_APPLICATION_NOT_FOUND,
        `there is no ${direction} friend request ${direction === 'incoming' ? 'from' : 'to'} ${userID}`,
        op,
      );
    }
  }

  async function respond(input: {
    userID: string;
    action: TimApplicationResponse;
    remark?: string;
  }): Promise<void> {
    const op = 'friends.respond';
    ctx.assertAlive(op);
    if (typeof input !== 'object' || input === null)
      throw invalidArgument(op, 'input must be an object');
    const userID = validateUserID(input.userID, op);
    if (!responses.includes(input.action)) {
      throw invalidArgument(op, `action must be one of ${responses.join(', ')}`);
    }
    if (input.remark !== undefined) {
      validateBytes(input.remark, 'remark', FRIEND_LIMITS.remarkBytes, op);
    }
    ctx.requireLogin(op);
    requireApplication(userID, 'incoming', op);
    try {
      if (input.action === 'refuse') await ctx.chat.refuseFriendApplication({ userID });
      else {
        const type =
          input.action === 'agree' ? SnsType.APPLICATION_AGREE : SnsType.APPLICATION_AGREE_AND_ADD;
        const options: Record<string, unknown> = { userID, type };
        if (input.remark !== undefined) options.remark = input.remark;
        await ctx.chat.acceptFriendApplication(sdkOptions(options));
      }
    } catch (error) {
      throw toTimError(error, op);
    } finally {
      await load().catch(() => undefined);
    }
  }

  async function deleteApplications(
    userIDs: readonly string[],
    options: { direction?: TimApplicationDirection } = {},
  ): Promise<TimBatchResult> {
    const op = 'friends.deleteApplications';
    ctx.assertAlive(op);
    const ids = validateUserIDs(userIDs, op, { max: FRIEND_LIMITS.usersPerCall });
    const direction = options?.direction ?? 'incoming';
    if (direction !== 'incoming' && direction !== 'outgoing') {
      throw invalidArgument(op, "direction must be 'incoming' or 'outgoing'");
    }
    ctx.requireLogin(op);
    for (const id of ids) requireApplication(id, direction, op);
    const type =
      direction === 'incoming' ? SnsType.APPLICATION_SENT_TO_ME : SnsType.APPLICATION_SENT_BY_ME;
    const result: TimBatchResult = { succeeded: [], failed: [] };
    // The SDK deletes one request per call.
    for (const userID of ids) {
      try {
        await ctx.chat.deleteFriendApplication(sdkOptions({ userID, type }));
        result.succeeded.push(userID);
      } catch (cause) {
        const error = toTimError(cause, op);
        result.failed.push({ userID, code: error.code, message: error.message });
      }
    }
    await load().catch(() => undefined);
    return result;
  }

  async function markApplicationsRead(): Promise<void> {
    const op = 'friends.markApplicationsRead';
    ctx.requireLogin(op);
    try {
      await ctx.chat.setFriendApplicationRead();
    } catch (error) {
      throw toTimError(error, op);
    }
    // The SDK zeroes its own count without emitting the list again.
    unread.set(0);
  }

  function applicationPage(
    options: {
      direction?: TimApplicationDirection | 'both';
      cursor?: number;
      pageSize?: number;
    } = {},
  ): TimApplicationPage {
    const op = 'friends.applicationPage';
    ctx.assertAlive(op);
    const direction = options.direction ?? 'both';
    if (!['incoming', 'outgoing', 'both'].includes(direction)) {
      throw invalidArgument(op, "direction must be 'incoming', 'outgoing' or 'both'");
    }
    const cursor = options.cursor ?? 0;
    const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(cursor) || cursor < 0) {
      throw invalidArgument(op, 'cursor must be a non-negative integer from a previous page');
    }
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) {
      throw invalidArgument(op, 'pageSize must be an integer from 1 to 100');
    }
    const matching = list.get().filter((a) => direction === 'both' || a.direction === direction);
    const end = cursor + pageSize;
    return {
      applications: matching.slice(cursor, end),
      nextCursor: end < matching.length ? end : null,
      unreadCount: unread.get(),
    };
  }

  const reload = () => {
    load().catch((error: unknown) => {
      loadState.failed();
      ctx.reportError(toTimError(error, 'friends.applications'));
    });
  };
  const handlers: SdkEventHandlers = {
    [SdkEvent.FRIEND_APPLICATION_LIST_UPDATED](event) {
      if (typeof event.data === 'object' && event.data !== null) {
        apply(event.data as SdkApplicationList);
      } else reload();
    },
    [SdkEvent.SDK_READY]: reload,
  };

  return {
    api: {
      $applications: list.$,
      $applicationsLoadState: loadState.$,
      $unreadApplicationCount: unread.$,
      respond,
      deleteApplications,
      markApplicationsRead,
      applicationPage,
    },
    handlers,
  };
}
