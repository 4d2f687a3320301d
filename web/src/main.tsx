import { overviewArrival } from './prefetch';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// The overview's list was requested before the scripts were evaluated; it is usually there by now (loopback: tens
// of ms). Drawing once with it is quicker than drawing a spinner and then the grid.
void overviewArrival(800).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
