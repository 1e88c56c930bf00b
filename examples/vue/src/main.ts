// Vue example entry: `?user=<id>` picks who signs in. The build aliases `vue` to its
// runtime-compiler build so the template strings compile in the browser, and tells the
// compiler that tim-* tags are custom elements, not Vue components.
import { createApp } from 'vue';
import '@tim-kit/elements/all.js';
import { App } from './App.js';
import { signIn } from '../../shared/sign-in.js';

const userID = new URLSearchParams(location.search).get('user');
const app = userID
  ? createApp(App, { userID, signIn: () => signIn(userID) })
  : createApp({ template: '<p>Open this page with ?user=alice (any user ID) to sign in.</p>' });
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('tim-');
app.mount('#app');
