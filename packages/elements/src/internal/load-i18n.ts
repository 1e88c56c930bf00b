// Words of the loading and load-failure states every list element shows while signing in and
// until its first data arrives. One small table of its own, in all five languages.
import type { TimLang } from './i18n.js';

export interface TimLoadStrings {
  loading: string;
  loadFailed: string;
  failedHint: string;
  signedOut: string;
  kickedOut: string;
  sigExpired: string;
}

const tables: Record<TimLang, TimLoadStrings> = {
  en: {
    loading: 'Loading…',
    loadFailed: 'Could not load',
    failedHint: 'The server did not answer. Try again later.',
    signedOut: 'You are signed out',
    kickedOut: 'You were signed in on another device',
    sigExpired: 'Your sign-in expired',
  },
  'zh-CN': {
    loading: '加载中…',
    loadFailed: '无法加载',
    failedHint: '服务器没有响应，请稍后再试。',
    signedOut: '你已退出登录',
    kickedOut: '你的账号已在其他设备登录',
    sigExpired: '登录已过期',
  },
  'zh-TW': {
    loading: '載入中…',
    loadFailed: '無法載入',
    failedHint: '伺服器沒有回應，請稍後再試。',
    signedOut: '你已登出',
    kickedOut: '你的帳號已在其他裝置登入',
    sigExpired: '登入已過期',
  },
  ja: {
    loading: '読み込み中…',
    loadFailed: '読み込めませんでした',
    failedHint: 'サーバーから応答がありません。しばらくしてからもう一度お試しください。',
    signedOut: 'ログアウトしています',
    kickedOut: '別の端末でログインされました',
    sigExpired: 'ログインの有効期限が切れました',
  },
  ko: {
    loading: '불러오는 중…',
    loadFailed: '불러오지 못했습니다',
    failedHint: '서버가 응답하지 않습니다. 잠시 후 다시 시도해 주세요.',
    signedOut: '로그아웃되었습니다',
    kickedOut: '다른 기기에서 로그인되었습니다',
    sigExpired: '로그인이 만료되었습니다',
  },
};

export function loadStrings(lang: TimLang): TimLoadStrings {
  return tables[lang];
}
