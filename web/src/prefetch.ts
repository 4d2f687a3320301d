// Imported first by main.tsx: the overview's data is requested while the rest of the scripts are still evaluated.
import { prefetchOverview } from './lib/overview-data';

if (window.location.pathname === '/') prefetchOverview();

export { overviewArrival } from './lib/overview-data';
