// Per-file fixture: one emulator and the SDK clients a test made, all torn down
// after the file so no socket or timer outlives it.
import { after } from 'node:test';
import { startEmulator, type EmulatorHandle, type EmulatorOptions } from '@tim-kit/emulator';
import { createSdkClient, type SdkClient, type SdkClientOptions } from './sdk-client.js';
import { quietRecordingLog } from '../../support/servcmd-recorder.js';

export interface Fixture {
  emu: () => EmulatorHandle;
  start(options?: EmulatorOptions): Promise<EmulatorHandle>;
  client(userID: string, opts?: SdkClientOptions): Promise<SdkClient>;
  /** A client that has reached SDK_READY. */
  loggedIn(userID: string, opts?: SdkClientOptions): Promise<SdkClient>;
}

export function useEmulator(): Fixture {
  let current: EmulatorHandle | undefined;
  const emulators: EmulatorHandle[] = [];
  const clients: SdkClient[] = [];
  after(async () => {
    for (const c of clients) await c.destroy();
    for (const e of emulators) await e.close();
  });
  const emu = (): EmulatorHandle => {
    if (!current) throw new Error('start() the emulator first');
    return current;
  };
  return {
    emu,
    async start(options) {
      current = await startEmulator({ ...quietRecordingLog(), ...options });
      emulators.push(current);
      return current;
    },
    async client(userID, opts) {
      const c = await createSdkClient(emu(), userID, opts);
      clients.push(c);
      return c;
    },
    async loggedIn(userID, opts) {
      const c = await createSdkClient(emu(), userID, opts);
      clients.push(c);
      await c.login();
      return c;
    },
  };
}
