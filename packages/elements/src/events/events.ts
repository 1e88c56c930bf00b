import type { TimMessage } from '@tim-kit/headless';

/** Detail of `tim-conversation-select`: the conversation the user picked. */
export interface TimConversationSelectDetail {
  conversationID: string;
}

/**
 * Detail of `tim-message-send`: a message the user sent from the composer (emitted once the
 * server accepted it). `text` is the text of a text message and `''` for other kinds.
 */
export interface TimMessageSendDetail {
  conversationID: string;
  text: string;
  kind: TimMessage['kind'];
  messageID: string;
}

/** Detail of `tim-error`: every failure an element meets, with the SDK's or emulator's code. */
export interface TimErrorDetail {
  code: number;
  message: string;
  operation: string;
}

/** Detail of `tim-group-create`: the group `<tim-group-create>` created (its conversation opens). */
export interface TimGroupCreateDetail {
  groupID: string;
  type: string;
  name: string;
}

/** Detail of `tim-group-apply`: the outcome of an application to join. */
export interface TimGroupApplyDetail {
  groupID: string;
  result: 'joined' | 'pending' | 'already-member';
}

/** Detail of `tim-group-quit` and `tim-group-dismiss`: the group the user left or ended. */
export interface TimGroupLeaveDetail {
  groupID: string;
}

/** Detail of `tim-message-forward`: messages the user forwarded from `<tim-chat>`. */
export interface TimMessageForwardDetail {
  /** The conversations at least one forwarded message reached. */
  targets: string[];
  /** How many messages were forwarded (to each target). */
  count: number;
  /** Sent as one merged "chat history" message. */
  merged: boolean;
}

/** Every event tim-kit elements emit, by name. */
export interface TimEventMap {
  'tim-conversation-select': CustomEvent<TimConversationSelectDetail>;
  'tim-message-send': CustomEvent<TimMessageSendDetail>;
  'tim-error': CustomEvent<TimErrorDetail>;
  'tim-group-create': CustomEvent<TimGroupCreateDetail>;
  'tim-group-apply': CustomEvent<TimGroupApplyDetail>;
  'tim-group-quit': CustomEvent<TimGroupLeaveDetail>;
  'tim-group-dismiss': CustomEvent<TimGroupLeaveDetail>;
  'tim-message-forward': CustomEvent<TimMessageForwardDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends TimEventMap {}
}

type DetailOf<K extends keyof TimEventMap> =
  TimEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches a typed tim-kit event from `target`. Events bubble and are composed, so they
 * cross shadow roots and reach listeners on the page.
 */
export function emit<K extends keyof TimEventMap>(
  target: EventTarget,
  name: K,
  detail: DetailOf<K>,
  options: Omit<CustomEventInit, 'detail'> = {},
): CustomEvent<DetailOf<K>> {
  const event = new CustomEvent<DetailOf<K>>(name, {
    bubbles: true,
    composed: true,
    cancelable: false,
    ...options,
    detail,
  });
  target.dispatchEvent(event);
  return event;
}

/** The headless core's code for an error that carries no numeric code. */
const UNKNOWN_CODE = 1;

/** Turns anything thrown into the `tim-error` detail (TimError already carries all three). */
export function toErrorDetail(error: unknown, operation: string): TimErrorDetail {
  if (error && typeof error === 'object') {
    const e = error as { code?: unknown; message?: unknown; operation?: unknown };
    return {
      code: typeof e.code === 'number' ? e.code : UNKNOWN_CODE,
      message: typeof e.message === 'string' ? e.message : String(error),
      operation: typeof e.operation === 'string' ? e.operation : operation,
    };
  }
  return { code: UNKNOWN_CODE, message: String(error), operation };
}
