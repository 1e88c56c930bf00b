// Theming: an element without `theme` follows the system colour scheme, and importing and
// rendering the elements leaves the page's own <p> and <button> with the browser's defaults.
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';

/** The computed properties a leaked global rule would most likely touch. */
const WATCHED = [
  'color',
  'background-color',
  'font-family',
  'font-size',
  'line-height',
  'margin-top',
  'margin-bottom',
  'padding-top',
  'padding-left',
  'border-top-width',
  'border-top-color',
  'border-radius',
  'box-sizing',
] as const;

function styleOf(el: Element): Record<string, string> {
  const computed = getComputedStyle(el);
  return Object.fromEntries(WATCHED.map((name) => [name, computed.getPropertyValue(name)]));
}

async function plainElements(): Promise<{ p: HTMLElement; button: HTMLElement }> {
  const box = await fixture<HTMLDivElement>('<div><p>plain text</p><button>plain</button></div>');
  return { p: box.querySelector('p')!, button: box.querySelector('button')! };
}

describe('element theming', () => {
  let baseline: { p: Record<string, string>; button: Record<string, string> };

  before(async () => {
    // Measured before the elements are imported, so no element style can have reached them.
    const { p, button } = await plainElements();
    baseline = { p: styleOf(p), button: styleOf(button) };
    fixtureCleanup();
    await import('@tim-kit/elements');
  });

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  it('follows prefers-color-scheme: dark when it has no theme attribute', async () => {
    const el = await fixture('<tim-chat lang="en"></tim-chat>');
    const token = () => getComputedStyle(el).getPropertyValue('--tim-color-background').trim();
    await emulateMedia({ colorScheme: 'light' });
    const light = token();
    await emulateMedia({ colorScheme: 'dark' });
    const dark = token();
    expect(light).to.not.equal('');
    expect(dark).to.not.equal('');
    expect(dark).to.not.equal(light);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
  });

  it('leaves the page’s own <p> and <button> with their default styles', async () => {
    await fixture('<tim-conversation-list lang="en"></tim-conversation-list>');
    await fixture('<tim-chat lang="en"></tim-chat>');
    const { p, button } = await plainElements();
    expect(styleOf(p)).to.deep.equal(baseline.p);
    expect(styleOf(button)).to.deep.equal(baseline.button);
  });
});
