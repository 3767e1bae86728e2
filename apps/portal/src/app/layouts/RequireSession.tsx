import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useViewerState } from '@/shared/viewer/viewer';

/** The signed-in part: without a session, the sign-in page (and back here afterwards). */
export function RequireSession({ children }: { children: ReactNode }) {
  const { signedIn, viewer } = useViewerState();
  const location = useLocation();
  if (!signedIn) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (!viewer)
    return (
      <Center mih="100vh">
        <Loader />
      </Center>
    );
  return <>{children}</>;
}
