// Server-side commands for browser tests: drive the emulator's test controls, and play a
// peer user with a real SDK instance running in Node (so one test spans two SDK instances).
import type { EmulatorHandle } from '../../packages/emulator/src/index.ts';
import { isSdkBackgroundRejection } from '../../packages/headless/src/sdk/internal-rejection.ts';
import { messagePeerAction, type MessagePeer } from './peer-messages.ts';
import { groupPeerAction, type GroupPeer } from './peer-groups.ts';
import { relationPeerAction, type RelationPeer } from './peer-relations.ts';

interface CommandContext {
  command: string;
  payload: unknown;
}

interface PeerClient {
  chat: { sendMessage(m: unknown): Promise<unknown>; createTextMessage(o: unknown): unknown };
  TencentCloudChat: { TYPES: Record<string, string>; EVENT: Record<string, string> };
  /** Resolves with the event's data (the predicate also gets the data, not the event). */
  next(event: string, predicate?: (data: unknown) => boolean, timeoutMs?: number): Promise<unknown>;
  /** Every event the client saw so far. */
  events: { name: string; data: unknown }[];
  destroy(): Promise<void>;
}

type Payload = Record<string, unknown>;

function str(p: Payload, key: string): string {
  const value = p[key];
  if (typeof value !== 'string' || value === '')
    throw new Error(`tim test command: "${key}" must be a non-empty string`);
  return value;
}

export function timTestCommands(
  emulator: EmulatorHandle,
  clock: { offsetSeconds: number } = { offsetSeconds: 0 },
) {
  const peers = new Map<string, PeerClient>();
  // Peers are real SDKs in this Node process. The SDK starts some requests itself and never
  // awaits them (a group profile fetch per invite trips its own frequency limit in a burst of
  // invites); unhandled, that rejection would stop the whole test runner. Anything that is not
  // an SDK error still does.
  process.on('unhandledRejection', (reason) => {
    if (!isSdkBackgroundRejection(reason)) throw reason;
    console.warn(`tim test peer: SDK background request failed (${reason.code})`);
  });

  async function peerCommand(p: Payload): Promise<unknown> {
    const userID = str(p, 'userID');
    switch (p.action) {
      case 'login': {
        const { createSdkClient } = await import('../node/support/sdk-client.ts');
        const client = (await createSdkClient(emulator, userID)) as unknown as PeerClient & {
          login(): Promise<void>;
        };
        await client.login();
        peers.set(userID, client);
        return true;
      }
      case 'sendText': {
        const client = peers.get(userID);
        if (!client) throw new Error(`peer ${userID} is not logged in`);
        const message = client.chat.createTextMessage({
          to: str(p, 'to'),
          conversationType: client.TencentCloudChat.TYPES.CONV_C2C,
          payload: { text: str(p, 'text') },
        });
        await client.chat.sendMessage(message);
        return true;
      }
      case 'waitForText': {
        const client = peers.get(userID);
        if (!client) throw new Error(`peer ${userID} is not logged in`);
        const text = str(p, 'text');
        type Received = Array<{ from: string; payload?: { text?: string } }>;
        const hasText = (data: unknown) => (data as Received).some((m) => m.payload?.text === text);
        const received = client.TencentCloudChat.EVENT.MESSAGE_RECEIVED ?? 'onMessageReceived';
        // The browser's commands run one at a time, so the text may have arrived before this call.
        const seen = client.events.find((e) => e.name === received && hasText(e.data));
        const data = (seen?.data ??
          (await client.next(received, hasText, Number(p.timeoutMs ?? 15_000)))) as Received;
        const message = data.find((m) => m.payload?.text === text);
        return { from: message?.from, text: message?.payload?.text };
      }
      case 'logout': {
        await peers.get(userID)?.destroy();
        peers.delete(userID);
        return true;
      }
      default: {
        // Message actions (headless-messages suites) live in peer-messages.ts.
        const client = peers.get(userID);
        const result = client
          ? ((await messagePeerAction(client as unknown as MessagePeer, p)) ??
            // Relationship actions (headless-relations suites) live in peer-relations.ts.
            (await relationPeerAction(client as unknown as RelationPeer, p)) ??
            // Group actions (headless-groups suites) live in peer-groups.ts.
            (await groupPeerAction(client as unknown as GroupPeer, p)))
          : undefined;
        if (result !== undefined) return result;
        throw new Error(`unknown tim-peer action ${String(p.action)} (or ${userID} not logged in)`);
      }
    }
  }

  return {
    name: 'tim-test-commands',
    async executeCommand({ command, payload }: CommandContext): Promise<unknown> {
      const p = (payload ?? {}) as Payload;
      if (command === 'tim-emulator') {
        switch (p.action) {
          case 'dropSockets':
            emulator.dropSockets(typeof p.userID === 'string' ? p.userID : undefined);
            return true;
          case 'pauseReplies':
            emulator.pauseReplies();
            return true;
          case 'resumeReplies':
            emulator.resumeReplies();
            return true;
          case 'holdUploads':
            emulator.holdUploads();
            return true;
          case 'releaseUploads':
            emulator.releaseUploads();
            return true;
          case 'heldUploads':
            return emulator.heldUploads();
          case 'setClockOffset':
            // Seconds added to the server clock; tests set it back to 0 when done.
            clock.offsetSeconds = Number(p.seconds ?? 0);
            return true;
          default:
            throw new Error(`unknown tim-emulator action ${String(p.action)}`);
        }
      }
      if (command === 'tim-peer') return peerCommand(p);
      return undefined;
    },
    async serverStop() {
      await Promise.all([...peers.values()].map((peer) => peer.destroy()));
    },
  };
}
