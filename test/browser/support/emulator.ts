// What a browser test knows about the emulator that web-test-runner started, and helpers to
// reach it: UserSigs from the dev endpoint, the REST API as the admin, and server commands.
import { executeServerCommand } from '@web/test-runner-commands';

declare global {
  interface Window {
    __TIM_TEST__: { url: string; wsUrl: string; sdkAppID: number };
  }
}

export const testEnv = window.__TIM_TEST__;

/** A user ID no other test uses, so one-web-login-per-user never kicks another test's user. */
export function uniqueUser(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function userSig(userID: string): Promise<string> {
  const response = await fetch(`${testEnv.url}/dev/usersig?userID=${encodeURIComponent(userID)}`);
  if (!response.ok) throw new Error(`usersig for ${userID}: HTTP ${response.status}`);
  const body = (await response.json()) as { userSig: string };
  return body.userSig;
}

/** Calls the server REST API as the app admin. */
export async function rest<T = Record<string, unknown>>(path: string, body: unknown): Promise<T> {
  const admin = 'administrator';
  const sig = await userSig(admin);
  const query = new URLSearchParams({
    sdkappid: String(testEnv.sdkAppID),
    identifier: admin,
    usersig: sig,
    random: String(Math.floor(Math.random() * 2 ** 31)),
    contenttype: 'json',
  });
  const response = await fetch(`${testEnv.url}/v4/${path}?${query.toString()}`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  const result = (await response.json()) as T & { ErrorCode: number; ErrorInfo: string };
  if (result.ErrorCode !== 0)
    throw new Error(`REST ${path}: ${result.ErrorCode} ${result.ErrorInfo}`);
  return result;
}

export async function importAccount(userID: string, nick = userID): Promise<void> {
  await rest('im_open_login_svc/account_import', { UserID: userID, Nick: nick });
}

/** Sends a C2C text from one user to another through the REST API (the server plays the sender). */
export async function sendTextAs(from: string, to: string, text: string): Promise<void> {
  await rest('openim/sendmsg', {
    SyncOtherMachine: 1,
    From_Account: from,
    To_Account: to,
    MsgRandom: Math.floor(Math.random() * 2 ** 31),
    MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: text } }],
  });
}

export const emulatorControl = {
  dropSockets: (userID?: string) =>
    executeServerCommand('tim-emulator', { action: 'dropSockets', userID }),
  pauseReplies: () => executeServerCommand('tim-emulator', { action: 'pauseReplies' }),
  resumeReplies: () => executeServerCommand('tim-emulator', { action: 'resumeReplies' }),
  /** Media uploads wait, body unread, until releaseUploads(); heldUploads() counts the waiting. */
  holdUploads: () => executeServerCommand('tim-emulator', { action: 'holdUploads' }),
  releaseUploads: () => executeServerCommand('tim-emulator', { action: 'releaseUploads' }),
  heldUploads: () =>
    executeServerCommand<number, unknown>('tim-emulator', { action: 'heldUploads' }),
  /** Moves the server clock by `seconds` (0 restores it); message times and windows follow. */
  setClockOffset: (seconds: number) =>
    executeServerCommand('tim-emulator', { action: 'setClockOffset', seconds }),
};

/** A second user played by a real SDK instance in the Node process of the test runner. */
export const nodePeer = {
  login: (userID: string) => executeServerCommand('tim-peer', { action: 'login', userID }),
  sendText: (userID: string, to: string, text: string) =>
    executeServerCommand('tim-peer', { action: 'sendText', userID, to, text }),
  waitForText: (userID: string, text: string) =>
    executeServerCommand<{ from: string; text: string }, unknown>('tim-peer', {
      action: 'waitForText',
      userID,
      text,
    }),
  logout: (userID: string) => executeServerCommand('tim-peer', { action: 'logout', userID }),
  // message actions (test/support/peer-messages.ts); `label` is a text, else data, else description
  waitForMessage: (userID: string, type: string, label?: string, cloudCustomData?: string) =>
    executeServerCommand<PeerMessage, unknown>('tim-peer', {
      action: 'waitForMessage',
      userID,
      type,
      label,
      cloudCustomData,
    }),
  waitForRevoke: (userID: string, label: string) =>
    executeServerCommand<{ label: string; isRevoked: boolean }, unknown>('tim-peer', {
      action: 'waitForRevoke',
      userID,
      label,
    }),
  history: (userID: string, conversationID: string) =>
    executeServerCommand<Array<{ label: string; isRevoked: boolean }>, unknown>('tim-peer', {
      action: 'history',
      userID,
      conversationID,
    }),
  revoke: (userID: string, conversationID: string, label: string) =>
    executeServerCommand('tim-peer', { action: 'revoke', userID, conversationID, label }),
  /** Waits for a merged message (optionally by title); `inner` lists the messages inside. */
  waitForMerger: (userID: string, title?: string) =>
    executeServerCommand<PeerMessage & { inner: PeerMergedItem[] }, unknown>('tim-peer', {
      action: 'waitForMerger',
      userID,
      title,
    }),
  markRead: (userID: string, conversationID: string) =>
    executeServerCommand('tim-peer', { action: 'markRead', userID, conversationID }),
  sendReceipt: (userID: string, label: string) =>
    executeServerCommand('tim-peer', { action: 'sendReceipt', userID, label }),
  /** The C2C typing signal (online-only custom message, Tencent's businessID), on or off. */
  sendTyping: (userID: string, to: string, typing: boolean) =>
    executeServerCommand('tim-peer', { action: 'sendTyping', userID, to, typing }),
  /** The typingStatus (1 typing, 0 stopped) of each typing signal `userID` got from `from`. */
  typingReceived: (userID: string, from: string) =>
    executeServerCommand<number[], unknown>('tim-peer', { action: 'typingReceived', userID, from }),
};

/** What nodePeer.waitForMessage reports about a received message. */
export interface PeerMessage {
  ID: string;
  from: string;
  type: string;
  payload: Record<string, unknown>;
  cloudCustomData: string;
  needReadReceipt: boolean;
  /** Group @-mentions: user IDs, '__kImSDK_MesssageAtALL__' for @all. */
  atUserList: string[];
}

/** One message inside a merged message the peer received. */
export interface PeerMergedItem {
  from: string;
  type: string;
  /** Its text, else data, else description. */
  label: string;
}
