'use client';

import { RenderFailure } from '@/components/render-failure';

/** A page that failed to render shows the catalogue's server.unavailable, not a stack trace. */
export default function ErrorPage() {
  return <RenderFailure />;
}
