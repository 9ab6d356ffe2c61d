'use client';

import { signOut } from 'next-auth/react';
import { t, type Lang } from '@/lib/messages';
import { buttonClass } from '@/components/ui/button';

export function LogoutButton({ lang }: { lang: Lang }) {
  return (
    <button type="button" className={buttonClass('secondary')} onClick={() => void signOut({ callbackUrl: '/login' })}>
      {t(lang, 'card.logout')}
    </button>
  );
}
