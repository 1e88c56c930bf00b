// im_cos_msg.pre_sig over a raw socket, as the SDK's upload plugin asks it (identifier + usersig
// in the head, no login): the upload grant a test then PUTs bytes to or checks limits against.
import { createRequire } from 'node:module';
import type WebSocketType from 'ws';
import type { EmulatorHandle } from '@tim-kit/emulator';

const requireWs = createRequire(
  new URL('../../../packages/emulator/package.json', import.meta.url),
);
const { WebSocket } = requireWs('ws') as { WebSocket: typeof WebSocketType };

export async function rawPreSig(
  emu: EmulatorHandle,
  userID: string,
  fileType: number,
  name: string,
): Promise<Record<string, string>> {
  const ws = new WebSocket(`${emu.wsUrl}/binfo?sdkappid=${emu.sdkAppID}&instanceid=upload`);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const reply = new Promise<Record<string, string>>((resolve) =>
    ws.once('message', (d: Buffer) => resolve(JSON.parse(d.toString('utf8')).body)),
  );
  ws.send(
    JSON.stringify({
      head: {
        servcmd: 'im_cos_msg.pre_sig',
        seq: 1,
        identifier: userID,
        usersig: emu.genUserSig(userID),
      },
      body: { file_type: fileType, file_name: name },
    }),
  );
  const body = await reply;
  ws.close();
  return body;
}
