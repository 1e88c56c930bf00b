// The tags in React 19: `core` and `theme` go in as properties, tim-* events come back through
// `ontim-<name>` props, and React state follows what the user does inside the elements.
import { useEffect, useState } from 'react';
import type { TimCore } from '@tim-kit/headless';

export function App({ userID, core }: { userID: string; core: Promise<TimCore> }) {
  const [ready, setReady] = useState<TimCore>();
  const [failure, setFailure] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  const [active, setActive] = useState<string>();
  const [sent, setSent] = useState(0);

  useEffect(() => {
    core.then(setReady, (e: unknown) => setFailure(e instanceof Error ? e.message : String(e)));
  }, [core]);

  if (failure)
    return (
      <p className="error" role="alert">
        {failure}
      </p>
    );
  if (!ready) return <p>Signing in as {userID}…</p>;

  return (
    <>
      <header className="bar">
        <h1>tim-kit in React</h1>
        <span>Signed in as {userID}</span>
        <span data-testid="active">{active ? `Open: ${active}` : 'No conversation open'}</span>
        <span data-testid="sent">Sent: {sent}</span>
        <button type="button" onClick={() => setTheme(theme === 'light' ? 'dark' : 'light')}>
          {theme === 'light' ? 'Dark theme' : 'Light theme'}
        </button>
        {notice && <span role="status">{notice}</span>}
      </header>
      <tim-provider
        core={ready}
        lang="en"
        theme={theme}
        ontim-error={(event) => setNotice(`Error ${event.detail.code}: ${event.detail.message}`)}
      >
        <div className="layout">
          <tim-conversation-list
            ontim-conversation-select={(event) => setActive(event.detail.conversationID)}
          ></tim-conversation-list>
          <tim-chat ontim-message-send={() => setSent((n) => n + 1)}></tim-chat>
        </div>
      </tim-provider>
    </>
  );
}
