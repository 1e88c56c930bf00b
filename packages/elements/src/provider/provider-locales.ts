// Traditional Chinese, Japanese and Korean words of the provider's message (see provider-i18n.ts).
import type { ProviderStrings } from './provider-i18n.js';

export const providerZhTW: ProviderStrings = {
  configTitle: '聊天設定有誤',
  loginTitle: '無法登入聊天',
  code: (code) => `錯誤碼 ${code}`,
  reasons: {
    badSdkAppId: (r) =>
      `sdk-app-id="${r.written}" 不是有效的 SDKAppID：請填入騰訊雲即時通訊 IM 主控台中的正整數，例如 1400000001。`,
    badProxy: (r) =>
      `proxy-server="${r.proxyServer}" 不是 WebSocket 網址：請寫成 ws://host:port 或 wss://host；要連線騰訊雲請移除此屬性。`,
    noSdkAppId: (r) =>
      `已設定 user-id="${r.userId}"，但缺少 sdk-app-id：請填入應用程式的 SDKAppID。`,
    noSig: (r) =>
      `user-id="${r.userId}" 需要 UserSig：請設定 user-sig，或將 user-sig-url 設為你的後端中回傳 { userSig } 的端點。`,
    sigUnreachable: (r) => `無法連線 UserSig 端點 ${r.url}：${r.cause}`,
    sigHttp: (r) => `無法從 ${r.url} 取得 ${r.userId} 的 UserSig：HTTP ${r.status}。`,
    sigNotJson: (r) => `UserSig 端點 ${r.url} 回傳的不是 JSON。`,
    sigMissing: (r) => `UserSig 端點 ${r.url} 的回應中沒有 userSig。`,
    sigWrongApp: (r) =>
      `UserSig 端點 ${r.url} 簽發的是 SDKAppID ${r.signedFor} 的 UserSig，但 sdk-app-id 是 ${r.sdkAppId}。`,
  },
  sigExpired: 'UserSig 已過期：請從後端重新取得。',
  sigInvalid: 'UserSig 無效：請檢查後端的產生方式。',
  sigBadSignature: 'UserSig 的簽章金鑰不符：請檢查後端使用的 SDKAppID 金鑰。',
  sigIdMismatch: 'UserSig 簽發的使用者 ID 與 user-id 不一致。',
  sigAppMismatch: 'UserSig 簽發的 SDKAppID 與 sdk-app-id 不一致。',
  sdkSaid: (message) => `聊天 SDK 回報：${message}`,
};

export const providerJa: ProviderStrings = {
  configTitle: 'チャットの設定が正しくありません',
  loginTitle: 'チャットにログインできませんでした',
  code: (code) => `エラーコード ${code}`,
  reasons: {
    badSdkAppId: (r) =>
      `sdk-app-id="${r.written}" は SDKAppID ではありません。Tencent Cloud Chat コンソールに表示される正の整数（例: 1400000001）を指定してください。`,
    badProxy: (r) =>
      `proxy-server="${r.proxyServer}" は WebSocket の URL ではありません。ws://host:port または wss://host の形式で指定するか、Tencent Cloud に接続する場合は省略してください。`,
    noSdkAppId: (r) =>
      `user-id="${r.userId}" が指定されていますが、sdk-app-id がありません。アプリの SDKAppID を指定してください。`,
    noSig: (r) =>
      `user-id="${r.userId}" には UserSig が必要です。user-sig を指定するか、user-sig-url に { userSig } を返すバックエンドのエンドポイントを指定してください。`,
    sigUnreachable: (r) => `UserSig エンドポイント ${r.url} に接続できませんでした: ${r.cause}`,
    sigHttp: (r) => `${r.url} から ${r.userId} の UserSig を取得できませんでした: HTTP ${r.status}`,
    sigNotJson: (r) => `UserSig エンドポイント ${r.url} の応答が JSON ではありません。`,
    sigMissing: (r) => `UserSig エンドポイント ${r.url} の応答に userSig がありません。`,
    sigWrongApp: (r) =>
      `UserSig エンドポイント ${r.url} は SDKAppID ${r.signedFor} 用の UserSig を発行していますが、sdk-app-id は ${r.sdkAppId} です。`,
  },
  sigExpired: 'UserSig の有効期限が切れています。バックエンドから新しいものを取得してください。',
  sigInvalid: 'UserSig が無効です。バックエンドでの生成方法を確認してください。',
  sigBadSignature:
    'UserSig が別の鍵で署名されています。バックエンドの SDKAppID の秘密鍵を確認してください。',
  sigIdMismatch: 'UserSig のユーザー ID が user-id と一致しません。',
  sigAppMismatch: 'UserSig の SDKAppID が sdk-app-id と一致しません。',
  sdkSaid: (message) => `チャット SDK からのメッセージ: ${message}`,
};

export const providerKo: ProviderStrings = {
  configTitle: '채팅 설정이 올바르지 않습니다',
  loginTitle: '채팅에 로그인할 수 없습니다',
  code: (code) => `오류 코드 ${code}`,
  reasons: {
    badSdkAppId: (r) =>
      `sdk-app-id="${r.written}"은(는) SDKAppID가 아닙니다. Tencent Cloud Chat 콘솔에 표시된 양의 정수(예: 1400000001)를 입력하세요.`,
    badProxy: (r) =>
      `proxy-server="${r.proxyServer}"은(는) WebSocket URL이 아닙니다. ws://host:port 또는 wss://host 형식으로 쓰거나, Tencent Cloud에 연결하려면 생략하세요.`,
    noSdkAppId: (r) =>
      `user-id="${r.userId}"이(가) 설정되었지만 sdk-app-id가 없습니다. 앱의 SDKAppID를 추가하세요.`,
    noSig: (r) =>
      `user-id="${r.userId}"에는 UserSig가 필요합니다. user-sig를 설정하거나, user-sig-url을 { userSig }를 반환하는 백엔드 엔드포인트로 설정하세요.`,
    sigUnreachable: (r) => `UserSig 엔드포인트 ${r.url}에 연결할 수 없습니다: ${r.cause}`,
    sigHttp: (r) => `${r.url}에서 ${r.userId}의 UserSig를 가져오지 못했습니다: HTTP ${r.status}`,
    sigNotJson: (r) => `UserSig 엔드포인트 ${r.url}의 응답이 JSON이 아닙니다.`,
    sigMissing: (r) => `UserSig 엔드포인트 ${r.url}의 응답에 userSig가 없습니다.`,
    sigWrongApp: (r) =>
      `UserSig 엔드포인트 ${r.url}은(는) SDKAppID ${r.signedFor}용으로 서명하지만 sdk-app-id는 ${r.sdkAppId}입니다.`,
  },
  sigExpired: 'UserSig가 만료되었습니다. 백엔드에서 새로 받으세요.',
  sigInvalid: 'UserSig가 올바르지 않습니다. 백엔드의 생성 방식을 확인하세요.',
  sigBadSignature: 'UserSig가 다른 키로 서명되었습니다. 백엔드의 SDKAppID 비밀 키를 확인하세요.',
  sigIdMismatch: 'UserSig의 사용자 ID가 user-id와 다릅니다.',
  sigAppMismatch: 'UserSig의 SDKAppID가 sdk-app-id와 다릅니다.',
  sdkSaid: (message) => `채팅 SDK 메시지: ${message}`,
};
