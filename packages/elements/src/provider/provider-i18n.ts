// The words of the provider's own message, shown in place of the chat when it cannot start.
// The detail under the title names attributes and URLs, so it stays as the developer wrote them.

export interface ProviderStrings {
  /** Title when the attributes are wrong or incomplete. */
  configTitle: string;
  /** Title when getting the UserSig or logging in failed. */
  loginTitle: string;
  /** The error code, shown after the detail. */
  code: (code: number) => string;
}

const byLang: Record<string, ProviderStrings> = {
  en: {
    configTitle: 'The chat is not set up correctly',
    loginTitle: 'Could not sign in to the chat',
    code: (code) => `Error code ${code}`,
  },
  'zh-CN': {
    configTitle: '聊天配置有误',
    loginTitle: '无法登录聊天',
    code: (code) => `错误码 ${code}`,
  },
  'zh-TW': {
    configTitle: '聊天設定有誤',
    loginTitle: '無法登入聊天',
    code: (code) => `錯誤碼 ${code}`,
  },
  ja: {
    configTitle: 'チャットの設定が正しくありません',
    loginTitle: 'チャットにログインできませんでした',
    code: (code) => `エラーコード ${code}`,
  },
  ko: {
    configTitle: '채팅 설정이 올바르지 않습니다',
    loginTitle: '채팅에 로그인할 수 없습니다',
    code: (code) => `오류 코드 ${code}`,
  },
};

/** Picks the words for a BCP 47 tag (`zh-Hant`, `zh-TW` and `zh-HK` are traditional). */
export function providerStrings(lang: string): ProviderStrings {
  const tag = lang.toLowerCase();
  if (/^zh-(tw|hk|mo|hant)/.test(tag)) return byLang['zh-TW']!;
  if (tag.startsWith('zh')) return byLang['zh-CN']!;
  if (tag.startsWith('ja')) return byLang['ja']!;
  if (tag.startsWith('ko')) return byLang['ko']!;
  return byLang['en']!;
}
