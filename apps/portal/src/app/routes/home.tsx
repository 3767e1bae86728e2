import { Navigate } from 'react-router';
import { isPartnerSide, useViewer } from '@/shared/viewer/viewer';

/** Each side's start screen: partners their inbox, vendor staff the leads. */
export function Home() {
  const viewer = useViewer();
  return <Navigate to={isPartnerSide(viewer) ? '/offers' : '/leads'} replace />;
}
