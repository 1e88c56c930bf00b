// The words of the provider's own message, shown in place of the chat when it cannot start: a
// title, a detail in the page's language (attribute names, URLs and IDs quoted as written) and
// the error code, which stays visible in every language so it can be looked up.
import { resolveLang, strings, type TimLang } from '../internal/i18n.js';
import type { ProviderReason } from './provider-config.js';
import { providerJa, providerKo, providerZhTW } from './provider-locales.js';

type ReasonWords = {
  [K in ProviderReason['kind']]: (reason: Extract<ProviderReason, { kind: K }>) => string;
};

export interface ProviderStrings {
  /** Title when the attributes are wrong or incomplete. */
  configTitle: string;
  /** Title when getting the UserSig or logging in failed. */
  loginTitle: string;
  /** The error code, shown after the detail. */
  code: (code: number) => string;
  /** What is wrong, for each problem the provider finds itself. */
  reasons: ReasonWords;
  /** Login refusals of the UserSig (Tencent codes 70001–70014). */
  sigExpired: string;
  sigInvalid: string;
  sigBadSignature: string;
  sigIdMismatch: string;
  sigAppMismatch: string;
  /** Lead for a failure the provider has no words of its own for; the SDK's text follows. */
  sdkSaid: (message: string) => string;
}

const en: ProviderStrings = {
  configTitle: 'The chat is not set up correctly',
  loginTitle: 'Could not sign in to the chat',
  code: (code) => `Error code ${code}`,
  reasons: {
    badSdkAppId: (r) =>
      `sdk-app-id="${r.written}" is not an SDKAppID: use the positive whole number from the Tencent Cloud Chat console, e.g. 1400000001.`,
    badProxy: (r) =>
      `proxy-server="${r.proxyServer}" is not a WebSocket URL: write ws://host:port or wss://host, or leave it out to connect to Tencent Cloud.`,
    noSdkAppId: (r) =>
      `user-id="${r.userId}" is set but sdk-app-id is missing: add the SDKAppID of your app.`,
    noSig: (r) =>
      `user-id="${r.userId}" needs a UserSig: set user-sig, or user-sig-url to an endpoint of your backend that answers { userSig }.`,
    sigUnreachable: (r) => `Could not reach the UserSig endpoint ${r.url}: ${r.cause}`,
    sigHttp: (r) => `Could not get a UserSig for ${r.userId} from ${r.url}: HTTP ${r.status}.`,
    sigNotJson: (r) => `The UserSig endpoint ${r.url} did not answer JSON.`,
    sigMissing: (r) => `The UserSig endpoint ${r.url} answered without a userSig.`,
    sigWrongApp: (r) =>
      `The UserSig endpoint ${r.url} signs for SDKAppID ${r.signedFor}, but sdk-app-id is ${r.sdkAppId}.`,
  },
  sigExpired: 'The UserSig has expired: get a new one from your backend.',
  sigInvalid: 'The UserSig is not valid: check how your backend generates it.',
  sigBadSignature:
    'The UserSig was signed with another key: check the secret key of the SDKAppID on your backend.',
  sigIdMismatch: 'The UserSig was issued for another user ID than user-id.',
  sigAppMismatch: 'The UserSig was issued for another SDKAppID than sdk-app-id.',
  sdkSaid: (message) => `The chat SDK reported: ${message}`,
};

const zhCN: ProviderStrings = {
  configTitle: '聊天配置有误',
  loginTitle: '无法登录聊天',
  code: (code) => `错误码 ${code}`,
  reasons: {
    badSdkAppId: (r) =>
      `sdk-app-id="${r.written}" 不是有效的 SDKAppID：请填写腾讯云即时通信 IM 控制台中的正整数，例如 1400000001。`,
    badProxy: (r) =>
      `proxy-server="${r.proxyServer}" 不是 WebSocket 地址：请写成 ws://host:port 或 wss://host；要连接腾讯云请删除此属性。`,
    noSdkAppId: (r) => `已设置 user-id="${r.userId}"，但缺少 sdk-app-id：请填写应用的 SDKAppID。`,
    noSig: (r) =>
      `user-id="${r.userId}" 需要 UserSig：请设置 user-sig，或把 user-sig-url 设为你的后端中返回 { userSig } 的接口。`,
    sigUnreachable: (r) => `无法访问 UserSig 接口 ${r.url}：${r.cause}`,
    sigHttp: (r) => `无法从 ${r.url} 获取 ${r.userId} 的 UserSig：HTTP ${r.status}。`,
    sigNotJson: (r) => `UserSig 接口 ${r.url} 返回的不是 JSON。`,
    sigMissing: (r) => `UserSig 接口 ${r.url} 的返回中没有 userSig。`,
    sigWrongApp: (r) =>
      `UserSig 接口 ${r.url} 签发的是 SDKAppID ${r.signedFor} 的 UserSig，但 sdk-app-id 是 ${r.sdkAppId}。`,
  },
  sigExpired: 'UserSig 已过期：请从后端重新获取。',
  sigInvalid: 'UserSig 无效：请检查后端的生成方式。',
  sigBadSignature: 'UserSig 的签名密钥不匹配：请检查后端使用的 SDKAppID 密钥。',
  sigIdMismatch: 'UserSig 签发给的用户 ID 与 user-id 不一致。',
  sigAppMismatch: 'UserSig 签发给的 SDKAppID 与 sdk-app-id 不一致。',
  sdkSaid: (message) => `聊天 SDK 返回：${message}`,
};

const byLang: Record<TimLang, ProviderStrings> = {
  en,
  'zh-CN': zhCN,
  'zh-TW': providerZhTW,
  ja: providerJa,
  ko: providerKo,
};

/** Picks the words for a BCP 47 tag (`zh-Hant`, `zh-TW` and `zh-HK` are traditional). */
export function providerStrings(lang: string): ProviderStrings {
  return byLang[resolveLang(lang)];
}

/** One of the provider's own problems in the given language. */
export function describeReason(lang: string, reason: ProviderReason): string {
  const describe = providerStrings(lang).reasons[reason.kind] as (r: ProviderReason) => string;
  return describe(reason);
}

/** The words of a failed login or core creation: the UserSig refusals, then the chat's codes. */
export function describeLoginFailure(lang: string, code: number, message: string): string {
  const t = providerStrings(lang);
  const refusals: Partial<Record<number, string>> = {
    70001: t.sigExpired,
    70052: t.sigExpired,
    70003: t.sigInvalid,
    70005: t.sigInvalid,
    70009: t.sigBadSignature,
    70013: t.sigIdMismatch,
    70014: t.sigAppMismatch,
  };
  const chatWords: Partial<Record<number, string>> = strings(resolveLang(lang)).errors;
  return refusals[code] ?? chatWords[code] ?? t.sdkSaid(message);
}
