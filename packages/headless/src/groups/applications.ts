// Pending requests to join groups the user manages. The web SDK has no "report pendency read"
// request, so read state is kept by the core: an application is unread until
// markApplicationsRead(), per user, and survives a reload (application-read-persistence.ts).
import type { ReadableAtom } from 'nanostores';
import { invalidArgument, toTimError } from '../errors.js';
import type { CoreContext } from '../internal/context.js';
import type { SdkResponse } from '../sdk/types.js';
import type { TimGroupApplication, TimGroupApplications } from './types.js';
import { createApplicationReadPersistence } from './application-read-persistence.js';

/** One entry of getGroupApplicationList's applicationList. */
interface SdkApplication {
  applicant?: string;
  applicantNick?: string;
  groupName?: string;
  groupID?: string;
  authentication?: string;
  messageKey?: number;
  applicationType?: number;
  userID?: string;
  note?: string;
}

export interface ApplicationsState {
  readonly $: ReadableAtom<TimGroupApplications>;
  load(operation: string): Promise<void>;
  handle(
    application: TimGroupApplication | string,
    decision: 'accept' | 'refuse',
    note?: string,
  ): Promise<string>;
  markRead(): void;
}

const keyOf = (a: SdkApplication): string =>
  `${a.applicant ?? ''}|${a.groupID ?? ''}|${String(a.messageKey ?? '')}`;

export function createApplications(ctx: CoreContext): ApplicationsState {
  const store = ctx.store<TimGroupApplications>({ list: [], unreadCount: 0 });
  const sdkByKey = new Map<string, SdkApplication>();
  // Keys marked read, per user: a second login of another user starts from their own.
  const readKeys = new Set<string>();
  const persistence = createApplicationReadPersistence();
  let readOwner = '';
  let loading: Promise<void> | null = null;

  ctx.onSessionReset(() => {
    sdkByKey.clear();
    readKeys.clear();
    readOwner = '';
    store.set({ list: [], unreadCount: 0 });
  });

  /** Reads the user's saved read state once the user is known. */
  function loadReadKeys(): void {
    const userID = ctx.selfID();
    if (userID === '' || userID === readOwner) return;
    readOwner = userID;
    readKeys.clear();
    for (const key of persistence.load(userID)) readKeys.add(key);
  }

  function publish(list: TimGroupApplication[]): void {
    store.set({ list, unreadCount: list.filter((a) => !a.isRead).length });
  }

  async function fetchList(operation: string): Promise<void> {
    try {
      const { data } = (await ctx.chat.getGroupApplicationList()) as SdkResponse<{
        applicationList?: SdkApplication[];
      }>;
      loadReadKeys();
      sdkByKey.clear();
      const list: TimGroupApplication[] = [];
      for (const a of data.applicationList ?? []) {
        // applicationType 0 is a request to join; 2 an invitation that needs approval.
        const key = keyOf(a);
        sdkByKey.set(key, a);
        list.push({
          key,
          groupID: a.groupID ?? '',
          groupName: a.groupName ?? '',
          applicantID: a.applicant ?? '',
          applicantNick: a.applicantNick ?? '',
          reason: a.note ?? '',
          time: (a.messageKey ?? 0) * 1000,
          isRead: readKeys.has(key),
        });
      }
      // Handled applications never come back: keeping only pending keys bounds what is stored.
      const stale = [...readKeys].filter((key) => !sdkByKey.has(key));
      for (const key of stale) readKeys.delete(key);
      if (stale.length > 0 && readOwner !== '') persistence.save(readOwner, readKeys);
      publish(list);
    } catch (error) {
      throw toTimError(error, operation);
    }
  }

  return {
    $: store.$,
    load(operation) {
      // Overlapping loads (an event and an explicit call) share one request.
      loading ??= fetchList(operation).finally(() => {
        loading = null;
      });
      return loading;
    },
    async handle(application, decision, note) {
      const op = 'groups.handleApplication';
      const key = typeof application === 'string' ? application : application?.key;
      if (typeof key !== 'string' || key === '')
        throw invalidArgument(
          op,
          'application must be an application from $applications or its key',
        );
      if (decision !== 'accept' && decision !== 'refuse')
        throw invalidArgument(op, "decision must be 'accept' or 'refuse'");
      if (note !== undefined && typeof note !== 'string')
        throw invalidArgument(op, 'note must be a string');
      ctx.requireLogin(op);
      const sdk = sdkByKey.get(key);
      if (!sdk) throw invalidArgument(op, `there is no pending application "${key}"`);
      try {
        await ctx.chat.handleGroupApplication({
          handleAction: decision === 'accept' ? 'Agree' : 'Reject',
          ...(note === undefined ? {} : { handleMessage: note }),
          application: sdk,
        });
      } catch (error) {
        throw toTimError(error, op);
      }
      sdkByKey.delete(key);
      publish(store.get().list.filter((a) => a.key !== key));
      return sdk.groupID ?? '';
    },
    markRead() {
      ctx.assertAlive('groups.markApplicationsRead');
      loadReadKeys();
      for (const a of store.get().list) readKeys.add(a.key);
      if (readOwner !== '') persistence.save(readOwner, readKeys);
      publish(store.get().list.map((a) => (a.isRead ? a : { ...a, isRead: true })));
    },
  };
}
