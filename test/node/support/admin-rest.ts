// The emulator's server REST API called as the app admin, as a backend would: the whole JSON
// answer (ErrorCode included) for tests that look at refusals too.
import assert from 'node:assert/strict';
import type { EmulatorHandle } from '@tim-kit/emulator';

export async function adminRest(
  emu: EmulatorHandle,
  path: string,
  body: unknown,
): Promise<Record<string, unknown>> {
  const q = new URLSearchParams({
    sdkappid: String(emu.sdkAppID),
    identifier: emu.admin,
    usersig: emu.genUserSig(emu.admin),
    random: '7',
    contenttype: 'json',
  });
  const res = await fetch(`${emu.url}/v4/${path}?${q}`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  // Tencent answers every REST call with HTTP 200; refusals are ErrorCodes in the body.
  assert.equal(res.status, 200);
  return (await res.json()) as Record<string, unknown>;
}
