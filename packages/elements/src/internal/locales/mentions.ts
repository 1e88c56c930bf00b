// Words of group @-mentions in all five languages: the conversation list's "[@me]" / "[@all]"
// markers, the chat's member picker and the label of a message that mentions the user. Kept in
// one small table apart from i18n.ts, which other features edit.
import type { TimLang } from '../i18n.js';

export interface TimMentionStrings {
  /** Conversation list: an unread message names the user. */
  atMe: string;
  /** Conversation list: an unread message mentions everyone. */
  atAll: string;
  /** The picker's accessible name. */
  picker: string;
  /** The picker entry that mentions everyone (inserted as "@" + this). */
  everyone: string;
  /** Screen-reader note on a message that mentions the user. */
  mentionsYou: string;
}

const tables: Record<TimLang, TimMentionStrings> = {
  en: {
    atMe: '[@me]',
    atAll: '[@all]',
    picker: 'Mention a member',
    everyone: 'All',
    mentionsYou: 'Mentions you',
  },
  'zh-CN': {
    atMe: '[有人@我]',
    atAll: '[@所有人]',
    picker: '选择要提及的成员',
    everyone: '所有人',
    mentionsYou: '有人@我',
  },
  'zh-TW': {
    atMe: '[有人@我]',
    atAll: '[@所有人]',
    picker: '選擇要提及的成員',
    everyone: '所有人',
    mentionsYou: '有人@我',
  },
  ja: {
    atMe: '[@自分]',
    atAll: '[@全員]',
    picker: 'メンションするメンバーを選択',
    everyone: '全員',
    mentionsYou: 'あなたへのメンション',
  },
  ko: {
    atMe: '[@나]',
    atAll: '[@모두]',
    picker: '멘션할 멤버 선택',
    everyone: '모두',
    mentionsYou: '나를 멘션함',
  },
};

export function mentionStrings(lang: TimLang): TimMentionStrings {
  return tables[lang];
}
