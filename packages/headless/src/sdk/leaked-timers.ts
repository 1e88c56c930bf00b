// The SDK's constructor (run by TencentCloudChat.create) starts a 1 s setInterval that it clears
// only once it sees itself logged in, and chat.destroy() never clears it. In a browser that is an
// idle tick nobody notices; in Node it keeps the event loop alive forever, so a bot that logged
// out and destroyed the SDK never exits. The handle is private to the SDK, so the only way to
// reach it is to record the timers created synchronously while create() runs: setInterval and
// setTimeout are wrapped for the duration of that one call (nothing else can run in between)
// and restored right after. releaseSdkTimers() then clears exactly those, and nothing else.

type TimerHandle = ReturnType<typeof setTimeout>;

interface RecordedTimer {
  kind: 'interval' | 'timeout';
  handle: TimerHandle;
}

const timersBySdk = new WeakMap<object, RecordedTimer[]>();

/** Runs `create` while recording the timers it starts, and files them under the object it made. */
export function createRecordingTimers<T extends object>(create: () => T): T {
  const recorded: RecordedTimer[] = [];
  const realSetInterval = globalThis.setInterval;
  const realSetTimeout = globalThis.setTimeout;
  globalThis.setInterval = ((...args: Parameters<typeof setInterval>) => {
    const handle = realSetInterval(...args);
    recorded.push({ kind: 'interval', handle });
    return handle;
  }) as typeof setInterval;
  globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
    const handle = realSetTimeout(...args);
    recorded.push({ kind: 'timeout', handle });
    return handle;
  }) as typeof setTimeout;
  let created: T;
  try {
    created = create();
  } finally {
    globalThis.setInterval = realSetInterval;
    globalThis.setTimeout = realSetTimeout;
  }
  // The SDK hands back its cached instance for a known SDKAppID: keep what the first call saw.
  const known = timersBySdk.get(created) ?? [];
  timersBySdk.set(created, [...known, ...recorded]);
  return created;
}

/** Clears the timers recorded when `sdk` was created. Safe to call more than once. */
export function releaseSdkTimers(sdk: object): void {
  const recorded = timersBySdk.get(sdk);
  if (!recorded) return;
  timersBySdk.delete(sdk);
  for (const { kind, handle } of recorded) {
    if (kind === 'interval') clearInterval(handle);
    else clearTimeout(handle);
  }
}
