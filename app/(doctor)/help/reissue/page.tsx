import { permanentRedirect } from 'next/navigation';
import { path } from '@/lib/routes';

/** The re-issue help moved to /reissue (issue 9 #1), where both ways start; old links land there. */
export default function HelpReissuePage() {
  permanentRedirect(path('reissue'));
}
