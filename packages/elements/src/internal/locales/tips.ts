// Group tip lines in the element's language ("bob joined the group", "bob 加入群组"), handed to
// headless' describeGroupTip. Names are joined by Intl.ListFormat, durations by formatDuration.
import { ENGLISH_TIP_WORDS, type TimTipWords } from '@tim-kit/headless';
import type { TimLang } from '../i18n.js';
import { formatDuration } from '../ticker.js';

type Phrases = Omit<TimTipWords, 'names' | 'duration'>;

const zhCN: Phrases = {
  someone: '某人',
  joined: (u) => `${u} 加入群组`,
  invited: (o, u) => `${o} 邀请 ${u} 加入群组`,
  left: (u) => `${u} 退出了群组`,
  removed: (o, u) => `${o} 将 ${u} 移出群组`,
  madeAdmin: (u) => `${u} 成为管理员`,
  unmadeAdmin: (u) => `${u} 被取消管理员`,
  renamed: (o, name) => `${o} 将群名称修改为“${name}”`,
  newOwner: (o, owner) => `${o} 将群主转让给 ${owner}`,
  mutedAll: (o) => `${o} 开启了全员禁言`,
  unmutedAll: (o) => `${o} 取消了全员禁言`,
  notificationChanged: (o) => `${o} 修改了群公告`,
  introductionChanged: (o) => `${o} 修改了群简介`,
  avatarChanged: (o) => `${o} 修改了群头像`,
  profileChanged: (o) => `${o} 修改了群资料`,
  memberProfileChanged: (u) => `${u} 的群资料已更新`,
  muted: (o, u, d) => `${o} 将 ${u} 禁言 ${d}`,
  unmuted: (o, u) => `${o} 取消了 ${u} 的禁言`,
  banned: (o, u) => `${o} 封禁了 ${u}`,
  unbanned: (o, u) => `${o} 解除了 ${u} 的封禁`,
  created: (c) => `${c} 创建了群组`,
  other: '[群提示]',
};

const zhTW: Phrases = {
  someone: '某人',
  joined: (u) => `${u} 加入群組`,
  invited: (o, u) => `${o} 邀請 ${u} 加入群組`,
  left: (u) => `${u} 退出了群組`,
  removed: (o, u) => `${o} 將 ${u} 移出群組`,
  madeAdmin: (u) => `${u} 成為管理員`,
  unmadeAdmin: (u) => `${u} 被取消管理員`,
  renamed: (o, name) => `${o} 將群組名稱修改為「${name}」`,
  newOwner: (o, owner) => `${o} 將群主轉讓給 ${owner}`,
  mutedAll: (o) => `${o} 開啟了全員禁言`,
  unmutedAll: (o) => `${o} 取消了全員禁言`,
  notificationChanged: (o) => `${o} 修改了群公告`,
  introductionChanged: (o) => `${o} 修改了群簡介`,
  avatarChanged: (o) => `${o} 修改了群頭像`,
  profileChanged: (o) => `${o} 修改了群組資料`,
  memberProfileChanged: (u) => `${u} 的群組資料已更新`,
  muted: (o, u, d) => `${o} 將 ${u} 禁言 ${d}`,
  unmuted: (o, u) => `${o} 解除了 ${u} 的禁言`,
  banned: (o, u) => `${o} 封鎖了 ${u}`,
  unbanned: (o, u) => `${o} 解除了 ${u} 的封鎖`,
  created: (c) => `${c} 建立了群組`,
  other: '[群組提示]',
};

const ja: Phrases = {
  someone: '誰か',
  joined: (u) => `${u} がグループに参加しました`,
  invited: (o, u) => `${o} が ${u} をグループに招待しました`,
  left: (u) => `${u} がグループを退出しました`,
  removed: (o, u) => `${o} が ${u} をグループから削除しました`,
  madeAdmin: (u) => `${u} が管理者になりました`,
  unmadeAdmin: (u) => `${u} が管理者ではなくなりました`,
  renamed: (o, name) => `${o} がグループ名を「${name}」に変更しました`,
  newOwner: (o, owner) => `${o} が ${owner} をグループのオーナーにしました`,
  mutedAll: (o) => `${o} が全員をミュートしました`,
  unmutedAll: (o) => `${o} が全員のミュートを解除しました`,
  notificationChanged: (o) => `${o} がグループのお知らせを更新しました`,
  introductionChanged: (o) => `${o} がグループの紹介を更新しました`,
  avatarChanged: (o) => `${o} がグループのアイコンを変更しました`,
  profileChanged: (o) => `${o} がグループのプロフィールを更新しました`,
  memberProfileChanged: (u) => `${u} のグループプロフィールが更新されました`,
  muted: (o, u, d) => `${o} が ${u} を ${d} ミュートしました`,
  unmuted: (o, u) => `${o} が ${u} のミュートを解除しました`,
  banned: (o, u) => `${o} が ${u} の参加を禁止しました`,
  unbanned: (o, u) => `${o} が ${u} の参加禁止を解除しました`,
  created: (c) => `${c} がグループを作成しました`,
  other: '[グループ通知]',
};

const ko: Phrases = {
  someone: '누군가',
  joined: (u) => `${u} 님이 그룹에 참여했습니다`,
  invited: (o, u) => `${o} 님이 ${u} 님을 그룹에 초대했습니다`,
  left: (u) => `${u} 님이 그룹을 나갔습니다`,
  removed: (o, u) => `${o} 님이 ${u} 님을 그룹에서 내보냈습니다`,
  madeAdmin: (u) => `${u} 님이 관리자가 되었습니다`,
  unmadeAdmin: (u) => `${u} 님이 더 이상 관리자가 아닙니다`,
  renamed: (o, name) => `${o} 님이 그룹 이름을 "${name}"(으)로 변경했습니다`,
  newOwner: (o, owner) => `${o} 님이 ${owner} 님에게 그룹 소유권을 넘겼습니다`,
  mutedAll: (o) => `${o} 님이 전체 멤버를 음소거했습니다`,
  unmutedAll: (o) => `${o} 님이 전체 음소거를 해제했습니다`,
  notificationChanged: (o) => `${o} 님이 그룹 공지를 수정했습니다`,
  introductionChanged: (o) => `${o} 님이 그룹 소개를 수정했습니다`,
  avatarChanged: (o) => `${o} 님이 그룹 프로필 사진을 변경했습니다`,
  profileChanged: (o) => `${o} 님이 그룹 정보를 수정했습니다`,
  memberProfileChanged: (u) => `${u} 님의 그룹 프로필이 업데이트되었습니다`,
  muted: (o, u, d) => `${o} 님이 ${u} 님을 ${d} 동안 음소거했습니다`,
  unmuted: (o, u) => `${o} 님이 ${u} 님의 음소거를 해제했습니다`,
  banned: (o, u) => `${o} 님이 ${u} 님을 차단했습니다`,
  unbanned: (o, u) => `${o} 님이 ${u} 님의 차단을 해제했습니다`,
  created: (c) => `${c} 님이 그룹을 만들었습니다`,
  other: '[그룹 알림]',
};

const phrases: Record<Exclude<TimLang, 'en'>, Phrases> = {
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  ja,
  ko,
};
const cache = new Map<TimLang, TimTipWords>();

/** English is the core's own wording, so rows and previews (the core's text) say the same. */
export function tipWords(lang: TimLang): TimTipWords {
  if (lang === 'en') return ENGLISH_TIP_WORDS;
  let words = cache.get(lang);
  if (!words) {
    const list = new Intl.ListFormat(lang, { type: 'conjunction' });
    words = {
      ...phrases[lang],
      names: (names) => (names.length === 0 ? phrases[lang].someone : list.format(names)),
      duration: (seconds) => formatDuration(seconds, lang),
    };
    cache.set(lang, words);
  }
  return words;
}
