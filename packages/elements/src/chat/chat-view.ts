// <tim-chat>'s template for one conversation: the header, the message log (or its loading or
// load-error state), the selection bar, the error alert, the composer and the dialogs, all over
// a drop zone for files. The element keeps the lifecycle; this only draws what its parts hold.
import { html, nothing, type TemplateResult } from 'lit';
import type { TimMessage } from '@tim-kit/headless';
import type { TimErrorDetail } from '../events/events.js';
import type { TimLang, TimStrings } from '../internal/i18n.js';
import { renderChatHeader, type ChatHeaderView } from './chat-header.js';
import type { ChatHistory } from './chat-history.js';
import type { ChatComposerController } from './composer-controller.js';
import { renderComposer } from './composer.js';
import { renderErrorAlert } from './error-alert.js';
import type { ForwardController } from './forward-dialog.js';
import type { GroupInfo } from './group-info.js';
import type { ImageDialogController } from './image-dialog.js';
import type { JumpToLatest } from './jump-to-latest.js';
import type { TimCustomRenderer } from './message-bubble/index.js';
import type { MessageActionsController } from './message-actions-controller.js';
import { renderMessageList } from './message-list.js';
import type { MergedController } from './merged-dialog.js';
import type { ReadReceiptsController } from './read-receipts.js';

/** The element's controllers that hold what is drawn. */
export interface ChatParts {
  history: ChatHistory;
  jump: JumpToLatest;
  composer: ChatComposerController;
  actions: MessageActionsController;
  receipts: ReadReceiptsController;
  forwarder: ForwardController;
  merged: MergedController;
  largeImage: ImageDialogController;
  groupInfo: GroupInfo;
}

export interface ChatView {
  parts: ChatParts;
  header: ChatHeaderView;
  lang: TimLang;
  t: TimStrings;
  renderCustom: TimCustomRenderer | undefined;
  error: TimErrorDetail | null;
  onDismissError: () => void;
  /** The log scrolled (the jump button follows whether it is at the bottom). */
  onScroll: () => void;
  onJump: () => void;
}

/** Nothing selected: the `empty` slot. */
export function renderNoConversation(t: TimStrings): TemplateResult {
  return html`<div part="base" class="base">
    <div class="state" role="status">
      <slot name="empty">${t.noConversationSelected}</slot>
    </div>
  </div>`;
}

function renderList(v: ChatView): TemplateResult {
  const { history, jump, actions, largeImage, groupInfo, receipts, merged } = v.parts;
  if (history.list.length === 0 && history.view !== 'ready') {
    return html`<div class="list-wrap">${history.renderStatus()}</div>`;
  }
  return renderMessageList({
    items: history.list,
    loading: history.loading,
    atBottom: jump.atBottom,
    newCount: jump.newCount,
    onScroll: v.onScroll,
    onJump: v.onJump,
    options: {
      ...actions.viewOptions(),
      lang: v.lang,
      t: v.t,
      isGroup: v.header.conversationID.startsWith('GROUP'),
      renderCustom: v.renderCustom,
      openImage: (url: string) => largeImage.open(url),
      onResend: (m: TimMessage) => void actions.resend(m),
      onCancelUpload: (m: TimMessage) => void actions.cancelUpload(m),
      member: (userID: string) => groupInfo.member(userID),
      onShowReaders: (m: TimMessage, trigger: HTMLElement) => receipts.open(m, trigger),
      openMerged: (m: TimMessage, trigger: HTMLElement) => merged.open(m, trigger),
    },
  });
}

export function renderChatView(v: ChatView): TemplateResult {
  const { composer, actions, largeImage, receipts, forwarder, merged } = v.parts;
  const files = composer.files;
  const error = renderErrorAlert(v.error, v.lang, v.t, v.onDismissError);
  return html`<div
    part="base"
    class=${files.dragging ? 'base dragging' : 'base'}
    @dragover=${(e: DragEvent) => files.onDragOver(e)}
    @dragleave=${(e: DragEvent) => files.onDragLeave(e)}
    @drop=${(e: DragEvent) => files.onDrop(e)}
  >
    ${renderChatHeader(v.header)} ${renderList(v)} ${actions.renderSelectionBar()} ${error}
    ${renderComposer(composer)} ${largeImage.render(v.t)} ${receipts.render()} ${forwarder.render()}
    ${merged.render()}
    ${files.dragging ? html`<div class="drop-hint" aria-hidden="true">${v.t.dropFiles}</div>` : nothing}
  </div>`;
}
