import type { ReactNode } from 'react';
import { StaffChrome } from '@/components/support/staff-chrome';

/** The support console's pages share the staff chrome; no doctor chrome and no doctor code here. */
export default function SupportLayout({ children }: { children: ReactNode }) {
  return <StaffChrome>{children}</StaffChrome>;
}
