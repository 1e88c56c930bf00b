// The composer's @-mention picker wired to the chat: the group's members (paged in as the picker
// asks), whether the user may mention everyone, and writing the chosen "@Name " into the input.
import type { TimCore } from '@tim-kit/headless';
import type { TimChat } from './chat.component.js';
import { MentionMembers } from './mention-members.js';
import { MentionPicker } from './mention-picker.js';

export interface ComposerMentionsDeps {
  /** The conversation the composer writes to. */
  conversation: () => { core?: TimCore; id: string | null };
  /** Replaces the composer's text (as typing would). */
  setText: (text: string) => void;
  textarea: () => HTMLTextAreaElement | null;
  update: () => void;
}

export function createComposerMentions(host: TimChat, deps: ComposerMentionsDeps): MentionPicker {
  const members = new MentionMembers(deps.conversation, {
    changed: deps.update,
    failed: (error) => host.fail(error, 'groups.loadMembers', false),
  });
  return new MentionPicker({
    get lang() {
      return host.timLang;
    },
    members: () => members.candidates(),
    canMentionAll: () => members.canMentionAll(),
    loadMembers: () => members.loadMore(),
    replaceText: (text, caret) => {
      deps.setText(text);
      void host.updateComplete.then(() => {
        const input = deps.textarea();
        input?.focus();
        input?.setSelectionRange(caret, caret);
      });
    },
    requestUpdate: deps.update,
  });
}
