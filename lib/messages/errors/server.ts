import type { ErrorEntry } from './types';
import { contactCentre } from './shared';

/** Service unavailable (anywhere): the `server.*` codes. */
export const serverErrors = {
  'server.unavailable': {
    where: { ja: 'すべての画面', en: 'Anywhere' },
    text: {
      ja: 'ただいまサービスを利用できません。',
      en: 'The service is not available right now.',
    },
    detail: [
      {
        ja: 'しばらくしてから、もう一度お試しください。途中まで登録された状態にはなっていません。',
        en: 'Please try again later. Nothing has been saved half-way.',
      },
      contactCentre,
    ],
    causes: [
      {
        cause: {
          ja: 'システムの障害または保守作業のため、サービスを一時的に利用できません。',
          en: 'The service is temporarily unavailable because of a system problem or maintenance.',
        },
        remedy: {
          ja: 'しばらくしてから、もう一度お試しください。登録の途中だった場合は、登録手順1からやり直してください。',
          en: 'Please try again later. If you were in the middle of registering, start again from step 1.',
        },
      },
    ],
    reproduce: {
      ja: 'データベースを停止した状態で、任意の画面を操作する。',
      en: 'Stop the database, then use any screen.',
    },
  },
} as const satisfies Record<`server.${string}`, ErrorEntry>;
