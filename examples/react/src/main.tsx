// React example entry: `?user=<id>` picks who signs in. Importing the elements registers the tags
// before React renders them, so React sees their properties.
import { createRoot } from 'react-dom/client';
import '@tim-kit/elements/all.js';
import { App } from './App.js';
import { signIn } from '../../shared/sign-in.js';

const userID = new URLSearchParams(location.search).get('user');
const root = createRoot(document.getElementById('app')!);
if (userID) {
  root.render(<App userID={userID} core={signIn(userID)} />);
} else {
  root.render(<p>Open this page with ?user=alice (any user ID) to sign in.</p>);
}
