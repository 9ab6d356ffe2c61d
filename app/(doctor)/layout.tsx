import type { ReactNode } from 'react';
import { DoctorChrome } from '@/components/doctor-chrome';

/** Every doctor-facing page (and the help pages) shares one chrome; no staff code lives here. */
export default function DoctorLayout({ children }: { children: ReactNode }) {
  return <DoctorChrome>{children}</DoctorChrome>;
}
