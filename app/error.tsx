'use client';

import { RenderFailure } from '@/components/render-failure';

/**
 * The site-wide error boundary: it also catches a failure in a route group's layout (the support
 * console's chrome reads the staff session), which the group's own error.tsx cannot.
 */
export default function ErrorPage() {
  return (
    <main id="main" className="mx-auto w-full max-w-lg px-4 pb-16 pt-6">
      <RenderFailure />
    </main>
  );
}
