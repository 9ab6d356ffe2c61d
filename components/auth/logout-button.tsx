'use client';

import { signOut } from 'next-auth/react';
import { label } from '@/lib/messages/label';
import type { Lang } from '@/lib/messages';
import { buttonClass } from '@/components/ui/button';
import { path } from '@/lib/routes';

export function LogoutButton({ lang }: { lang: Lang }) {
  return (
    <button
      type="button"
      className={buttonClass('secondary')}
      onClick={() => void signOut({ callbackUrl: path('login') })}
    >
      {label(lang, 'card.logout')}
    </button>
  );
}
