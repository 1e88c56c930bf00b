import { expect, html } from '@open-wc/testing';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import { strings, type TimChat } from '@tim-kit/elements';
import { rest, sendTextAs, uniqueUser } from '../support/emulator.js';
import { loginCore, logoutCore, shadow, shadowAll, waitFor } from './support.js';
import { mountChat, peerAccount, PNG_BYTES } from './chat-support.js';

const en = strings('en');

describe('<tim-chat> renders every message kind', () => {
  const me = uniqueUser('kinds-me');
  let core: TimCore;

  before(async () => {
    core = await loginCore(me);
  });
  after(() => logoutCore(core));

  const renderChat = (conversationID: string, theme = 'light'): Promise<TimChat> =>
    mountChat(core, conversationID, { height: 640, theme });

  /** The bubble of the newest settled own message of a kind. */
  function bubbleOf(el: TimChat, kind: string): HTMLElement | null {
    const rows = shadowAll(el, `[part="message"].self.sent.kind-${kind} [part="bubble"]`);
    return rows.at(-1) ?? null;
  }

  it('shows a text message with a clickable link that opens safely', async () => {
    const id = `C2C${await peerAccount('link')}`;
    const el = await renderChat(id);
    await core.messages.sendText(id, 'see https://example.com/docs, thanks');
    const bubble = await waitFor(() => bubbleOf(el, 'text'), 'the text renders');
    const link = bubble.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.com/docs');
    expect(link.getAttribute('rel')).to.contain('noopener');
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(bubble.textContent).to.equal('see https://example.com/docs, thanks');
  });

  it('renders a text that looks like HTML as text, running nothing', async () => {
    const sender = await peerAccount('xss');
    const attack = '<img src=x onerror="window.__xss = 1"><b>bold?</b>';
    await sendTextAs(sender, me, attack);
    const el = await renderChat(`C2C${sender}`);
    const bubble = await waitFor(
      () => shadowAll(el, '[part="bubble"]').find((b) => b.textContent === attack),
      'the text shows as typed',
    );
    expect(bubble.querySelector('img, b')).to.equal(null);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('shows an image as a thumbnail that opens large in a dialog', async () => {
    const id = `C2C${await peerAccount('img')}`;
    const el = await renderChat(id);
    await core.messages.sendImage(id, new File([PNG_BYTES], 'dot.png', { type: 'image/png' }));
    const bubble = await waitFor(() => bubbleOf(el, 'image'), 'the image renders');
    const button = bubble.querySelector<HTMLButtonElement>('[part="image-button"]')!;
    expect(button.querySelector('img')?.getAttribute('src')).to.match(/^(https?|blob):/);
    button.click();
    const dialog = await waitFor(() => shadow<HTMLDialogElement>(el, 'dialog[open]'), 'opens');
    expect(dialog.querySelector('img')?.getAttribute('src')).to.match(/^(https?|blob):/);
    dialog.querySelector<HTMLButtonElement>('button')!.click();
    await waitFor(() => shadow(el, 'dialog[open]') === null, 'closes');
  });

  it('shows a voice message with a play button and its duration', async () => {
    const id = `C2C${await peerAccount('voice')}`;
    const el = await renderChat(id);
    const clip = new File([new Uint8Array(256).fill(1)], 'note.mp3', { type: 'audio/mpeg' });
    await core.messages.sendSound(id, clip, 3);
    const bubble = await waitFor(() => bubbleOf(el, 'sound'), 'the voice message renders');
    const play = bubble.querySelector('[part="play-button"]')!;
    expect(play.getAttribute('aria-label')).to.equal(en.playVoice(3));
    expect(bubble.textContent).to.contain('3″');
    expect(bubble.querySelector('audio')?.getAttribute('src')).to.match(/^https?:/);
  });

  it('shows a video with a player', async () => {
    const id = `C2C${await peerAccount('video')}`;
    const el = await renderChat(id);
    const video = new File([new Uint8Array(512).fill(2)], 'clip.mp4', { type: 'video/mp4' });
    await core.messages.sendVideo(id, video);
    const bubble = await waitFor(() => bubbleOf(el, 'video'), 'the video renders');
    const player = bubble.querySelector('video')!;
    expect(player.hasAttribute('controls')).to.equal(true);
    expect(player.getAttribute('src')).to.match(/^https?:/);
  });

  it('shows a file with its name, size and a download link', async () => {
    const id = `C2C${await peerAccount('file')}`;
    const el = await renderChat(id);
    const file = new File([new Uint8Array(2048).fill(3)], 'report.pdf', {
      type: 'application/pdf',
    });
    await core.messages.sendFile(id, file);
    const bubble = await waitFor(() => bubbleOf(el, 'file'), 'the file renders');
    expect(bubble.querySelector('[part="file-name"]')?.textContent).to.equal('report.pdf');
    expect(bubble.textContent).to.contain('2 kB');
    const link = await waitFor(
      () => bubbleOf(el, 'file')?.querySelector<HTMLAnchorElement>('[part="download"]'),
      'a download link',
    );
    expect(link.getAttribute('href')).to.match(/^https?:/);
    expect(link.getAttribute('download')).to.equal('report.pdf');
    expect(link.getAttribute('aria-label')).to.equal(en.download('report.pdf'));
  });

  it('shows a location as its description and coordinates, with no map tiles', async () => {
    const id = `C2C${await peerAccount('loc')}`;
    const el = await renderChat(id);
    await core.messages.sendLocation(id, {
      description: 'Tencent Binhai',
      latitude: 22.5224,
      longitude: 113.9353,
    });
    const bubble = await waitFor(() => bubbleOf(el, 'location'), 'the location renders');
    expect(bubble.textContent).to.contain('Tencent Binhai');
    expect(bubble.textContent).to.contain('22.5224, 113.9353');
    expect(bubble.querySelector('img, iframe')).to.equal(null);
  });

  it('shows a sticker, and a custom message by description or through renderCustom', async () => {
    const id = `C2C${await peerAccount('custom')}`;
    const el = await renderChat(id);
    await core.messages.sendFace(id, 7, 'smile');
    const face = await waitFor(() => bubbleOf(el, 'face'), 'the sticker renders');
    expect(face.textContent).to.contain('smile');
    await core.messages.sendCustom(id, { data: '{"order":42}', description: 'Order #42' });
    const custom = await waitFor(() => bubbleOf(el, 'custom'), 'the custom message renders');
    expect(custom.textContent?.trim()).to.equal('Order #42');
    el.renderCustom = (_m, c) => html`<strong class="order">${JSON.parse(c.data).order}</strong>`;
    await waitFor(() => bubbleOf(el, 'custom')?.querySelector('.order'), 'the hook renders it');
    expect(bubbleOf(el, 'custom')?.textContent?.trim()).to.equal('42');
  });

  it('shows group tips as centred notes and names senders in groups, with the member count', async () => {
    const mate = await peerAccount('mate');
    const { GroupId } = await rest<{ GroupId: string }>('group_open_http_svc/create_group', {
      Owner_Account: me,
      Type: 'Work',
      Name: 'Kinds team',
    });
    const el = await renderChat(`GROUP${GroupId}`);
    // Once the group's profile loaded, the SDK knows the group and takes in its pushes.
    await waitFor(() => shadow(el, '[part="subtitle"]')?.textContent === en.members(1), 'profile');
    await rest('group_open_http_svc/add_group_member', {
      GroupId,
      MemberList: [{ Member_Account: mate }],
    });
    await rest('group_open_http_svc/send_group_msg', {
      GroupId,
      From_Account: mate,
      Random: 7,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hello team' } }],
    });
    const note = await waitFor(() => shadow(el, '[part="message"].tip [part="notice"]'), 'a tip');
    expect(note.textContent).to.contain('mate');
    const row = await waitFor(() => shadow(el, '[part="message"].other'), 'the group message');
    await waitFor(
      () => row.querySelector('.sender')?.textContent === 'mate',
      'the sender is named',
    );
    await waitFor(
      () => shadow(el, '[part="subtitle"]')?.textContent === en.members(2),
      'the member count shows',
    );
    expect(shadow(el, '[part="header"] .title')?.textContent).to.equal('Kinds team');
  });

  it('puts a day separator before the first message of the day', async () => {
    const id = `C2C${await peerAccount('day')}`;
    const el = await renderChat(id);
    await core.messages.sendText(id, 'first today');
    await core.messages.sendText(id, 'second today');
    await waitFor(() => shadowAll(el, '[part="message"].self.sent').length === 2, 'both sent');
    const separators = shadowAll(el, '[part="day-separator"]');
    expect(separators.map((s) => s.textContent?.trim())).to.deep.equal(['Today']);
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible in the ${theme} theme with media, files and locations on screen`, async () => {
      const id = `C2C${await peerAccount(`axe${theme}`)}`;
      await core.messages.sendText(id, 'a link https://example.com');
      await core.messages.sendImage(id, new File([PNG_BYTES], 'a.png', { type: 'image/png' }));
      await core.messages.sendFile(id, new File([new Uint8Array(16)], 'a.txt'));
      await core.messages.sendLocation(id, { description: 'Here', latitude: 1, longitude: 2 });
      const el = await renderChat(id, theme);
      await waitFor(() => bubbleOf(el, 'location'), 'the history renders');
      await expect(el).to.be.accessible();
    });
  }
});
