// The tags in Vue 3: `.prop` binds `core` and `theme` as properties, `@tim-<name>` listens to the
// elements' events, and Vue state follows what the user does inside them. The core goes in a
// shallowRef and is marked raw: Vue must not wrap the chat core in a reactive proxy.
import { defineComponent, markRaw, onMounted, ref, shallowRef } from 'vue';
import type { TimConversationSelectDetail, TimErrorDetail } from '@tim-kit/elements';
import type { TimCore } from '@tim-kit/headless';

export const App = defineComponent({
  props: {
    userID: { type: String, required: true },
    signIn: { type: Function as unknown as () => () => Promise<TimCore>, required: true },
  },
  setup(props) {
    const core = shallowRef<TimCore>();
    const failure = ref('');
    const notice = ref('');
    const theme = ref<'light' | 'dark'>('light');
    const active = ref('');
    const sent = ref(0);
    onMounted(() => {
      props.signIn().then(
        (ready) => (core.value = markRaw(ready)),
        (e: unknown) => (failure.value = e instanceof Error ? e.message : String(e)),
      );
    });
    return {
      core,
      failure,
      notice,
      theme,
      active,
      sent,
      toggleTheme: () => (theme.value = theme.value === 'light' ? 'dark' : 'light'),
      onSelect: (event: CustomEvent<TimConversationSelectDetail>) =>
        (active.value = event.detail.conversationID),
      onSend: () => sent.value++,
      onError: (event: CustomEvent<TimErrorDetail>) =>
        (notice.value = `Error ${event.detail.code}: ${event.detail.message}`),
    };
  },
  template: `
    <p v-if="failure" class="error" role="alert">{{ failure }}</p>
    <p v-else-if="!core">Signing in as {{ userID }}…</p>
    <template v-else>
      <header class="bar">
        <h1>tim-kit in Vue</h1>
        <span>Signed in as {{ userID }}</span>
        <span data-testid="active">{{ active ? 'Open: ' + active : 'No conversation open' }}</span>
        <span data-testid="sent">Sent: {{ sent }}</span>
        <button type="button" @click="toggleTheme">
          {{ theme === 'light' ? 'Dark theme' : 'Light theme' }}
        </button>
        <span v-if="notice" role="status">{{ notice }}</span>
      </header>
      <tim-provider :core.prop="core" lang="en" :theme.prop="theme" @tim-error="onError">
        <div class="layout">
          <tim-conversation-list @tim-conversation-select="onSelect"></tim-conversation-list>
          <tim-chat @tim-message-send="onSend"></tim-chat>
        </div>
      </tim-provider>
    </template>
  `,
});
