/** The languages tim-kit ships words for. */
export type TimLang = 'en' | 'zh-CN';

const en = {
  noCoreTitle: 'Not connected to a chat core',
  noCoreHint: 'Wrap this element in <tim-provider> or set its .core property.',
  conversations: 'Conversations',
  loading: 'Loading…',
  noConversations: 'No conversations yet',
  muted: 'Notifications muted',
  unread: (n: string) => `${n} unread`,
  noConversationSelected: 'Select a conversation to start chatting',
  messages: 'Messages',
  loadingOlder: 'Loading earlier messages…',
  noMessages: 'No messages yet',
  inputLabel: 'Message',
  inputPlaceholder: 'Type a message. Enter to send, Shift+Enter for a new line',
  send: 'Send',
  sending: 'Sending…',
  failed: 'Not sent',
  resend: 'Resend',
  revoked: 'This message was recalled',
  revokedBySelf: 'You recalled a message',
  you: 'You',
  dismiss: 'Dismiss',
  errors: {
    8001: 'The message is too long to send (at most 12 KB).',
    80002: 'The message is too long to send (at most 12 KB).',
    2024: 'You are not logged in. Please log in again.',
    20007: 'The recipient has blocked you, so the message was not delivered.',
    70001: 'Your login has expired. Please log in again.',
    10017: 'You are muted in this group.',
    20012: 'You are muted and cannot send messages.',
    20003: 'This user does not exist.',
    10023: 'The group is receiving too many messages. Try again in a moment.',
    2801: 'Could not reach the chat server. Check your connection.',
    2800: 'Network error. Check your connection.',
    70003: 'Your login is not valid. Please log in again.',
    generic: 'Something went wrong',
  } as Record<number | 'generic', string>,
};

export type TimStrings = typeof en;

const zhCN: TimStrings = {
  noCoreTitle: '未连接聊天核心',
  noCoreHint: '请把此元素放在 <tim-provider> 内，或设置它的 .core 属性。',
  conversations: '会话',
  loading: '加载中…',
  noConversations: '暂无会话',
  muted: '消息免打扰',
  unread: (n: string) => `${n} 条未读`,
  noConversationSelected: '选择一个会话开始聊天',
  messages: '消息',
  loadingOlder: '正在加载更早的消息…',
  noMessages: '暂无消息',
  inputLabel: '消息',
  inputPlaceholder: '输入消息，Enter 发送，Shift+Enter 换行',
  send: '发送',
  sending: '发送中…',
  failed: '发送失败',
  resend: '重新发送',
  revoked: '此消息已撤回',
  revokedBySelf: '你撤回了一条消息',
  you: '我',
  dismiss: '关闭',
  errors: {
    8001: '消息过长，无法发送（最多 12 KB）。',
    80002: '消息过长，无法发送（最多 12 KB）。',
    2024: '尚未登录，请重新登录。',
    20007: '你已被对方拉黑，消息未送达。',
    70001: '登录已过期，请重新登录。',
    10017: '你已在本群被禁言。',
    20012: '你已被禁言，无法发送消息。',
    20003: '该用户不存在。',
    10023: '群消息过于频繁，请稍后再试。',
    2801: '无法连接聊天服务器，请检查网络。',
    2800: '网络错误，请检查网络。',
    70003: '登录凭证无效，请重新登录。',
    generic: '出错了',
  },
};

const tables: Record<TimLang, TimStrings> = { en, 'zh-CN': zhCN };

/** Maps any BCP 47 tag to a language tim-kit has words for. */
export function resolveLang(tag: string | undefined | null): TimLang {
  const value = (tag ?? '').toLowerCase();
  if (value.startsWith('zh')) return 'zh-CN';
  if (value !== '') return 'en';
  const nav = typeof navigator === 'undefined' ? '' : navigator.language.toLowerCase();
  return nav.startsWith('zh') ? 'zh-CN' : 'en';
}

export function strings(lang: TimLang): TimStrings {
  return tables[lang];
}

/** Words for an error code; unknown codes get the generic sentence plus the SDK's message. */
export function errorText(lang: TimLang, code: number, message?: string): string {
  const table = tables[lang].errors;
  const known = table[code];
  if (known) return known;
  const generic = table.generic ?? 'Something went wrong';
  return message ? `${generic} (${code}): ${message}` : `${generic} (${code})`;
}
