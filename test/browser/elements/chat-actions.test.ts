import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import { strings, type TimChat } from '@tim-kit/elements';
import { nodePeer, rest, sendTextAs, uniqueUser } from '../support/emulator.js';
import { loginCore, logoutCore, scrollAsReader, shadow, shadowAll, waitFor } from './support.js';
import { chooseFromMenu, mountChat, peerAccount, PNG_BYTES, rowWithText } from './chat-support.js';

const en = strings('en');

describe('<tim-chat> message actions and composer', () => {
  const me = uniqueUser('act-me');
  let core: TimCore;

  before(async () => {
    core = await loginCore(me);
  });
  after(() => logoutCore(core));

  const renderChat = (conversationID: string): Promise<TimChat> =>
    mountChat(core, conversationID, { height: 480 });

  function textarea(el: TimChat): HTMLTextAreaElement {
    return shadow<HTMLTextAreaElement>(el, 'textarea')!;
  }

  it('recalls an own message from its menu, and the peer sees it recalled', async () => {
    const bob = uniqueUser('bob');
    await nodePeer.login(bob);
    try {
      const el = await renderChat(`C2C${bob}`);
      const text = `recall me ${Date.now()}`;
      await core.messages.sendText(`C2C${bob}`, text);
      await nodePeer.waitForText(bob, text);
      const row = await waitFor(() => rowWithText(el, text), 'the message shows');
      await chooseFromMenu(el, row, 'revoke');
      expect(await nodePeer.waitForRevoke(bob, text)).to.deep.equal({
        label: text,
        isRevoked: true,
      });
      await waitFor(
        () => shadow(el, '[part="message"].revoked')?.textContent?.includes(en.revokedBySelf),
        'the own row shows the placeholder',
      );
    } finally {
      await nodePeer.logout(bob);
    }
  });

  it('offers no recall on messages from others', async () => {
    const cara = await peerAccount('cara');
    await sendTextAs(cara, me, 'from cara');
    const el = await renderChat(`C2C${cara}`);
    const row = await waitFor(() => rowWithText(el, 'from cara'), 'the message shows');
    row.querySelector<HTMLButtonElement>('[part="actions-button"]')!.click();
    await waitFor(() => shadow(el, '[role="menu"]'), 'the menu opens');
    expect(shadow(el, '[role="menu"] [data-action="revoke"]')).to.equal(null);
    expect(shadow(el, '[role="menu"] [data-action="copy"]')).not.to.equal(null);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => shadow(el, '[role="menu"]') === null, 'Escape closes it');
    expect(el.shadowRoot?.activeElement).to.equal(row.querySelector('[part="actions-button"]'));
  });

  it('replies with a quote: the preview shows, the peer gets the quote, the reply shows it', async () => {
    const dan = uniqueUser('dan');
    await nodePeer.login(dan);
    try {
      const id = `C2C${dan}`;
      await nodePeer.sendText(dan, me, 'what time?');
      const el = await renderChat(id);
      const row = await waitFor(() => rowWithText(el, 'what time?'), 'the message shows');
      await chooseFromMenu(el, row, 'quote');
      const preview = await waitFor(() => shadow(el, '[part="quote-preview"]'), 'the preview');
      expect(preview.textContent).to.contain('what time?');
      await waitFor(() => el.shadowRoot?.activeElement === textarea(el), 'the input has focus');
      await sendKeys({ type: 'seven' });
      expect(textarea(el).value).to.equal('seven');
      await sendKeys({ press: 'Enter' });
      const received = await nodePeer.waitForMessage(dan, 'TIMTextElem', 'seven');
      const reply = JSON.parse(received.cloudCustomData) as {
        messageReply: { messageAbstract: string };
      };
      expect(reply.messageReply.messageAbstract).to.equal('what time?');
      const quote = await waitFor(
        () => rowWithText(el, 'seven')?.querySelector('[part="quote"]'),
        'the reply shows its quote',
      );
      expect(quote.textContent).to.contain('what time?');
      expect(shadow(el, '[part="quote-preview"]')).to.equal(null);
    } finally {
      await nodePeer.logout(dan);
    }
  });

  it('deletes several messages picked in multi-select', async () => {
    const eve = await peerAccount('eve');
    for (const text of ['one', 'two', 'three']) await sendTextAs(eve, me, text);
    // Open the chat once the SDK has taken in all three pushes.
    await waitFor(
      () =>
        core.conversations.$conversations
          .get()
          .some((c) => c.conversationID === `C2C${eve}` && c.lastMessage?.preview === 'three'),
      'the conversation shows the last message',
    );
    const el = await renderChat(`C2C${eve}`);
    const one = await waitFor(() => rowWithText(el, 'three') && rowWithText(el, 'one'), 'rows');
    await chooseFromMenu(el, one, 'select');
    const boxes = await waitFor(() => {
      const all = shadowAll<HTMLInputElement>(el, '[part="select"]');
      return all.length === 3 ? all : null;
    }, 'checkboxes');
    rowWithText(el, 'two')!.querySelector<HTMLInputElement>('[part="select"]')!.click();
    await el.updateComplete;
    expect(boxes.filter((b) => b.checked).length).to.equal(2);
    expect(shadow(el, '[part="selection-bar"]')?.textContent).to.contain(en.selectedCount(2));
    shadow<HTMLButtonElement>(el, '[data-delete-selected]')!.click();
    await waitFor(() => !rowWithText(el, 'one') && !rowWithText(el, 'two'), 'both leave');
    expect(rowWithText(el, 'three')).not.to.equal(undefined);
    expect(shadow(el, '[part="select"]')).to.equal(null);
  });

  it('inserts an emoji from the picker at the caret', async () => {
    const fay = await peerAccount('fay');
    const el = await renderChat(`C2C${fay}`);
    textarea(el).focus();
    await sendKeys({ type: 'hi ' });
    shadow<HTMLButtonElement>(el, '[part="emoji-button"]')!.click();
    const grid = await waitFor(() => shadow(el, '[part="emoji-picker"]'), 'the picker opens');
    await waitFor(() => el.shadowRoot?.activeElement?.classList.contains('emoji'), 'focus');
    grid.querySelector<HTMLButtonElement>('button[aria-label="👍"]')!.click();
    await el.updateComplete;
    expect(textarea(el).value).to.equal('hi 👍');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => shadow(el, '[part="emoji-picker"]') === null, 'Escape closes it');
  });

  it('sends a pasted image', async () => {
    const gus = uniqueUser('gus');
    await nodePeer.login(gus);
    try {
      const el = await renderChat(`C2C${gus}`);
      const data = new DataTransfer();
      data.items.add(new File([PNG_BYTES], 'pasted.png', { type: 'image/png' }));
      textarea(el).dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
      await waitFor(
        () => shadow(el, '[part="message"].self.sent.kind-image [part="image-button"]'),
        'the image shows as sent',
      );
      const received = await nodePeer.waitForMessage(gus, 'TIMImageElem');
      expect(received.from).to.equal(me);
      expect(textarea(el).value).to.equal('');
    } finally {
      await nodePeer.logout(gus);
    }
  });

  it('sends a dropped file', async () => {
    const hal = await peerAccount('hal');
    const el = await renderChat(`C2C${hal}`);
    const data = new DataTransfer();
    data.items.add(new File(['notes'], 'notes.txt', { type: 'text/plain' }));
    shadow(el, '[part="base"]')!.dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
    const name = await waitFor(
      () => shadow(el, '[part="message"].self.sent.kind-file [part="file-name"]'),
      'the file shows as sent',
    );
    expect(name.textContent).to.equal('notes.txt');
  });

  it('sends a location typed into the location form', async () => {
    const ida = await peerAccount('ida');
    const el = await renderChat(`C2C${ida}`);
    shadow<HTMLButtonElement>(el, '[data-tool="location"]')!.click();
    const form = await waitFor(() => shadow<HTMLFormElement>(el, '[part="location-form"]'), 'form');
    await waitFor(() => el.shadowRoot?.activeElement?.getAttribute('name') === 'description', 'f');
    await sendKeys({ type: 'Cafe' });
    form.querySelector<HTMLInputElement>('[name="latitude"]')!.value = '31.2';
    form.querySelector<HTMLInputElement>('[name="longitude"]')!.value = '121.5';
    form.querySelector<HTMLButtonElement>('[type="submit"]')!.click();
    const bubble = await waitFor(
      () => shadow(el, '[part="message"].self.sent.kind-location [part="bubble"]'),
      'the location shows as sent',
    );
    expect(bubble.textContent).to.contain('Cafe');
    expect(bubble.textContent).to.contain('31.2, 121.5');
  });

  it('keeps the unsent text per conversation as its draft', async () => {
    const a = `C2C${await peerAccount('jan')}`;
    const b = `C2C${await peerAccount('kim')}`;
    const el = await renderChat(a);
    textarea(el).focus();
    await sendKeys({ type: 'unfinished' });
    el.conversationId = b;
    await el.updateComplete;
    expect(textarea(el).value).to.equal('');
    expect(core.conversations.getDraft(a)).to.equal('unfinished');
    el.conversationId = a;
    await el.updateComplete;
    expect(textarea(el).value).to.equal('unfinished');
  });

  it('shows "Read" once the peer read an own message', async () => {
    const lou = uniqueUser('lou');
    await nodePeer.login(lou);
    try {
      const el = await renderChat(`C2C${lou}`);
      await core.messages.sendText(`C2C${lou}`, 'did you read this?');
      await nodePeer.waitForText(lou, 'did you read this?');
      await nodePeer.markRead(lou, `C2C${me}`);
      const read = await waitFor(() => shadow(el, '[part="message"].self [part="read"]'), 'read');
      expect(read.textContent).to.equal(en.read);
    } finally {
      await nodePeer.logout(lou);
    }
  });

  it('offers a jump-to-latest button counting new messages while scrolled up', async () => {
    const max = await peerAccount('max');
    for (let i = 1; i <= 30; i++) await sendTextAs(max, me, `old ${i}`);
    const el = await renderChat(`C2C${max}`);
    await waitFor(() => rowWithText(el, 'old 30'), 'the newest message shows');
    const list = shadow(el, '[part="list"]')!;
    scrollAsReader(list, 0);
    await waitFor(() => shadow(el, '[part="jump-button"]'), 'the button appears');
    await sendTextAs(max, me, 'new 1');
    await sendTextAs(max, me, 'new 2');
    const button = await waitFor(() => {
      const jump = shadow<HTMLButtonElement>(el, '[part="jump-button"]');
      return jump?.textContent?.includes(en.newMessages(2)) ? jump : null;
    }, 'the button counts two new messages');
    button.click();
    await waitFor(() => shadow(el, '[part="jump-button"]') === null, 'the button goes');
    await waitFor(() => rowWithText(el, 'new 2'), 'the newest message is on screen');
  });

  it('puts a server refusal into words: a too-late recall (20016)', async () => {
    const ned = await peerAccount('ned');
    const el = await renderChat(`C2C${ned}`);
    const errors: number[] = [];
    el.addEventListener('tim-error', (e) => errors.push(e.detail.code));
    await core.messages.sendText(`C2C${ned}`, 'old news');
    const row = await waitFor(() => rowWithText(el, 'old news'), 'the message shows');
    // The menu still offers Recall (it opened in time); the server decides when it is too late.
    row.querySelector<HTMLButtonElement>('[part="actions-button"]')!.click();
    const recall = await waitFor(
      () => shadow<HTMLButtonElement>(el, '[data-action="revoke"]'),
      'r',
    );
    const { emulatorControl } = await import('../support/emulator.js');
    await emulatorControl.setClockOffset(180);
    try {
      recall.click();
      const alert = await waitFor(() => shadow(el, '[part="error"] span'), 'the error shows');
      expect(alert.textContent).to.equal(en.errors[20016]);
      expect(errors).to.include(20016);
    } finally {
      await emulatorControl.setClockOffset(0);
    }
  });
  it('records a voice message with the microphone and sends it', async () => {
    const oz = uniqueUser('oz');
    await nodePeer.login(oz);
    try {
      const el = await renderChat(`C2C${oz}`);
      const record = shadow<HTMLButtonElement>(el, '[data-tool="voice"]')!;
      record.click();
      await waitFor(() => shadow(el, '.recording-time'), 'recording starts', 15_000);
      expect(record.getAttribute('aria-label')).to.equal(en.stopRecording);
      // Let the fake microphone deliver a little audio.
      await waitFor(() => shadow(el, '.recording-time')?.textContent === en.recording(1), '1 s');
      record.click();
      await waitFor(
        () => shadow(el, '[part="message"].self.sent.kind-sound [part="play-button"]'),
        'the voice message shows as sent',
        20_000,
      );
      const received = await nodePeer.waitForMessage(oz, 'TIMSoundElem');
      expect(received.from).to.equal(me);
      expect(Number(received.payload.second)).to.be.greaterThan(0);
    } finally {
      await nodePeer.logout(oz);
    }
  });
  it('is accessible in the dark theme with a message menu and the emoji grid open', async () => {
    const pia = await peerAccount('pia');
    await sendTextAs(pia, me, 'menus and grids');
    const el = await renderChat(`C2C${pia}`);
    el.theme = 'dark';
    const row = await waitFor(() => rowWithText(el, 'menus and grids'), 'the message shows');
    row.querySelector<HTMLButtonElement>('[part="actions-button"]')!.click();
    await waitFor(() => shadow(el, '[role="menu"]'), 'the menu opens');
    shadow<HTMLButtonElement>(el, '[part="emoji-button"]')!.click();
    await waitFor(() => shadow(el, '[part="emoji-picker"]'), 'the picker opens');
    await expect(el).to.be.accessible();
  });
  it('puts "not a member" into words when sending to a group the user was removed from', async () => {
    const owner = await peerAccount('owner');
    const { GroupId } = await rest<{ GroupId: string }>('group_open_http_svc/create_group', {
      Owner_Account: owner,
      Type: 'Public',
      Name: 'Left behind',
      MemberList: [{ Member_Account: me }],
    });
    const el = await renderChat(`GROUP${GroupId}`);
    await rest('group_open_http_svc/delete_group_member', {
      GroupId,
      MemberToDel_Account: [me],
    });
    textarea(el).focus();
    await sendKeys({ type: 'anyone?' });
    await sendKeys({ press: 'Enter' });
    const alert = await waitFor(() => shadow(el, '[part="error"] span'), 'the error shows');
    expect(alert.textContent).to.equal(en.errors[10007]);
  });
});
