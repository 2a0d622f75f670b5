import { Dashboard } from './Dashboard';
import type { InsightNavigation } from './insightNavigation';
import { NetworkView } from './NetworkView';
import { Timeline } from './Timeline';
import './insight.css';

export type InsightView = 'dashboard' | 'timeline' | 'network';

/** The insight screens; loaded on their own (React.lazy) so the charts they draw with load with them. */
export default function InsightScreen({ view, ...navigation }: InsightNavigation & { view: InsightView }) {
  if (view === 'timeline') return <Timeline onOpenRecord={navigation.onOpenRecord} />;
  if (view === 'network') return <NetworkView onShowDeals={navigation.onShowDeals} />;
  return <Dashboard {...navigation} />;
}
