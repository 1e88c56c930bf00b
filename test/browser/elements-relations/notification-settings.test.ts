// <tim-notification-settings> against the core's notification store: switches and sounds are
// saved per user and come back in a new element (and a new core) for the same user.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import type { TimNotificationSettingsElement } from '@tim-kit/elements';
import { uniqueUser } from '../support/emulator.js';
import { choose, loginCore, logoutCore, shadow, text, waitFor } from './support.js';

describe('<tim-notification-settings>', () => {
  const me = uniqueUser('ens-me');
  let core: TimCore;

  before(async () => {
    core = await loginCore(me);
  });
  after(() => logoutCore(core));

  async function render(theme: 'light' | 'dark' = 'light') {
    return fixture<TimNotificationSettingsElement>(
      html`<tim-notification-settings
        .core=${core}
        lang="en"
        theme=${theme}
      ></tim-notification-settings>`,
    );
  }

  const toggle = (el: Element, key: string) =>
    shadow<HTMLInputElement>(el, `input[part="switch"][data-key="${key}"]`)!;

  it('shows the browser permission in words', async () => {
    const el = await render();
    const state = core.notifications.$permission.get();
    const words: Record<string, string> = {
      default: 'Not asked yet',
      granted: 'Allowed',
      unsupported: 'This browser cannot show notifications.',
    };
    if (words[state]) expect(text(shadow(el, '[part="permission-state"]'))).to.equal(words[state]);
    expect(Boolean(shadow(el, '[part="permission-button"]'))).to.equal(state === 'default');
  });

  it('a switch change is saved for the user and shows in a new element', async () => {
    const el = await render();
    expect(toggle(el, 'group').checked).to.equal(true);
    const changed = oneEvent(el, 'tim-notification-settings-change');
    toggle(el, 'group').click();
    expect((await changed).detail.settings.group).to.equal(false);
    expect(core.notifications.$settings.get().group).to.equal(false);
    const stored = JSON.parse(localStorage.getItem(`tim-kit:notification-settings:${me}`) ?? '{}');
    expect(stored.group).to.equal(false);
    const again = await render();
    expect(toggle(again, 'group').checked).to.equal(false);
    expect(toggle(again, 'c2c').checked).to.equal(true);
  });

  it('a sound choice is saved and rides on the offline push settings', async () => {
    const el = await render();
    choose(shadow(el, '#sound'), 'chime.caf');
    await waitFor(() => core.notifications.$settings.get().sound === 'chime.caf', 'saved');
    expect((await core.notifications.getOfflinePush()).c2cMsgRemindSoundPath).to.equal('chime.caf');
    const again = await render();
    expect(shadow<HTMLSelectElement>(again, '#sound')!.value).to.equal('chime.caf');
  });

  it('turning notifications off disables the per-kind switches; Space toggles', async () => {
    const el = await render();
    toggle(el, 'enabled').focus();
    await sendKeys({ press: 'Space' });
    await waitFor(() => core.notifications.$settings.get().enabled === false, 'off');
    await el.updateComplete;
    expect(toggle(el, 'c2c').disabled).to.equal(true);
    await sendKeys({ press: 'Space' });
    await waitFor(() => core.notifications.$settings.get().enabled === true, 'on again');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`is accessible (${theme})`, async () => {
      const el = await render(theme);
      await expect(el).to.be.accessible();
    });
  }
});
