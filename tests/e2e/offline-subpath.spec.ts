/** Offline and installable under a subpath (/cx/): the same journeys as offline.spec.ts. */
import { offlineJourneys } from './offline-journey';

offlineJourneys();
