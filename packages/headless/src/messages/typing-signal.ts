// The wire shape of the C2C "typing…" signal, as Tencent's own kits (TUIKit) send it: an
// online-only custom message whose data is JSON with businessID "user_typing_status". Apps
// and kits built on either side understand each other because the payload is the same.
import type { SdkEventPayload, SdkEventName } from '../sdk/types.js';
import { SdkEvent, SdkType } from '../sdk/types.js';

export const TYPING_BUSINESS_ID = 'user_typing_status';

/** The custom message's `data` for "typing" (true) and "stopped typing" (false). */
export function typingSignalData(typing: boolean): string {
  return JSON.stringify({
    businessID: TYPING_BUSINESS_ID,
    typingStatus: typing ? 1 : 0,
    version: 1,
    userAction: 14,
    actionParam: typing ? 'EIMAMSG_InputStatus_Ing' : 'EIMAMSG_InputStatus_End',
  });
}

interface MessageLike {
  type?: unknown;
  conversationType?: unknown;
  payload?: unknown;
}

/**
 * The signal's typingStatus (true: typing, false: stopped), or null when the message is not a
 * typing signal. Only C2C custom messages count: a group message with that businessID is an
 * app's own stored message, not a signal.
 */
export function readTypingSignal(message: unknown): boolean | null {
  const m = message as MessageLike | null;
  if (!m || m.type !== SdkType.MSG_CUSTOM || m.conversationType !== SdkType.CONV_C2C) return null;
  const data = (m.payload as { data?: unknown } | undefined)?.data;
  // Cheap test first: most custom messages are not signals and need no JSON parse.
  if (typeof data !== 'string' || !data.includes(TYPING_BUSINESS_ID)) return null;
  try {
    const parsed = JSON.parse(data) as { businessID?: unknown; typingStatus?: unknown };
    if (parsed?.businessID !== TYPING_BUSINESS_ID) return null;
    // Tencent's kits also mark the state by actionParam; either says "stopped".
    const stopped =
      parsed.typingStatus === 0 ||
      (parsed as { actionParam?: unknown }).actionParam === 'EIMAMSG_InputStatus_End';
    return !stopped;
  } catch {
    return null;
  }
}

/** True for a C2C typing signal: it is a state change, never a message to show or count. */
export function isTypingSignal(message: unknown): boolean {
  return readTypingSignal(message) !== null;
}

/**
 * The listener-bag filter: received batches lose their typing signals before any domain sees
 * them (threads, conversation previews, notifications, the storage cache, onReceived); a
 * batch of signals only is not delivered at all.
 */
export function withoutTypingSignals(
  name: SdkEventName,
  event: SdkEventPayload,
): SdkEventPayload | null {
  if (name !== SdkEvent.MESSAGE_RECEIVED || !Array.isArray(event.data)) return event;
  const kept = (event.data as unknown[]).filter((message) => !isTypingSignal(message));
  if (kept.length === event.data.length) return event;
  return kept.length === 0 ? null : { ...event, data: kept };
}
