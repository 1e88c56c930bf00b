// Every element bound to the core says "Loading…" (role=status, part=loading) while the user
// signs in and until its first data arrives, never "no friends yet"; then its data or its empty
// state; and a failure (role=alert, part=load-error) once signed out. The emulator holds its
// replies while the elements render, so the login is really in flight.
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { createTimCore, type TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import { chatForTests } from '../support/core.js';
import { emulatorControl, importAccount, uniqueUser, userSig } from '../support/emulator.js';
import { shadow, waitFor } from './support.js';

const TAGS = [
  'tim-conversation-list',
  'tim-chat',
  'tim-contacts',
  'tim-blacklist',
  'tim-friend-requests',
  'tim-group-list',
  'tim-group-settings',
  'tim-profile',
  'tim-notification-settings',
] as const;

describe('loading states while signing in', () => {
  const me = uniqueUser('loading');
  let core: TimCore;
  let login: Promise<unknown>;
  let root: HTMLElement;
  const el = (tag: string): HTMLElement => root.querySelector<HTMLElement>(tag)!;

  before(async () => {
    await importAccount(me);
    const sig = await userSig(me);
    core = createTimCore({ chat: await chatForTests(), loginTimeoutMs: 60_000 });
    await emulatorControl.pauseReplies();
    login = core.auth.login({ userID: me, userSig: sig });
    // Not fixture(): that one is removed after each test, and these tests follow one login.
    root = document.body.appendChild(document.createElement('div'));
    render(
      html` <tim-conversation-list .core=${core}></tim-conversation-list>
        <tim-chat .core=${core} conversation-id=${`C2C${me}-peer`}></tim-chat>
        <tim-contacts .core=${core}></tim-contacts>
        <tim-blacklist .core=${core}></tim-blacklist>
        <tim-friend-requests .core=${core}></tim-friend-requests>
        <tim-group-list .core=${core}></tim-group-list>
        <tim-group-settings .core=${core} group-id="no-such-group"></tim-group-settings>
        <tim-profile .core=${core}></tim-profile>
        <tim-notification-settings .core=${core} lang="zh-CN"></tim-notification-settings>`,
      root,
    );
  });

  after(async () => {
    root.remove();
    await emulatorControl.resumeReplies();
    await login.catch(() => undefined);
    await core.shutdown();
  });

  it('shows a loading status in every element while the login is in flight', async () => {
    expect(core.auth.$loginStatus.get()).to.equal('logging-in');
    for (const tag of TAGS) {
      const status = await waitFor(() => shadow(el(tag), '[part="loading"]'), `${tag} loading`);
      expect(status.getAttribute('role'), tag).to.equal('status');
      expect(status.textContent?.trim(), tag).to.equal(
        tag === 'tim-notification-settings' ? '加载中…' : 'Loading…',
      );
    }
    expect(shadow(el('tim-contacts'), '.empty')).to.equal(null);
    expect(shadow(el('tim-blacklist'), '.empty')).to.equal(null);
  });

  it('shows the data or the empty state once the first data arrived', async () => {
    await emulatorControl.resumeReplies();
    await login;
    for (const tag of TAGS) {
      await waitFor(() => !shadow(el(tag), '[part="loading"]'), `${tag} stops loading`, 20_000);
    }
    const text = (tag: string, selector: string) => shadow(el(tag), selector)?.textContent?.trim();
    expect(text('tim-contacts', '.empty')).to.equal('No friends yet');
    expect(text('tim-blacklist', '.empty')).to.equal('You have not blocked anyone');
    expect(text('tim-conversation-list', '.state')).to.equal('No conversations yet');
    expect(shadow(el('tim-profile'), '[part="form"]')).to.not.equal(null);
    expect(shadow(el('tim-notification-settings'), 'fieldset')).to.not.equal(null);
    expect(shadow(el('tim-chat'), '[part="list"]')).to.not.equal(null);
    // The group does not exist: the reason replaces the loading state.
    const failed = shadow(el('tim-group-settings'), '[part="load-error"]');
    expect(failed?.getAttribute('role')).to.equal('alert');
  });

  it('says it could not load, with role=alert, once signed out', async () => {
    await core.auth.logout();
    for (const tag of ['tim-contacts', 'tim-blacklist', 'tim-friend-requests', 'tim-group-list']) {
      const failed = await waitFor(() => shadow(el(tag), '[part="load-error"]'), `${tag} failed`);
      expect(failed.getAttribute('role'), tag).to.equal('alert');
      expect(failed.textContent, tag).to.contain('You are signed out');
    }
  });
});
