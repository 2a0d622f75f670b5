import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { openStoreEarly } from './db/StoreProvider';
import { PlatformProvider } from './platform/PlatformProvider';
import { selectPlatform } from './platform/selectPlatform';
import './app/theme.css';
import './ui/controls.css';

openStoreEarly();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <PlatformProvider platform={selectPlatform(window)}>
      <App />
    </PlatformProvider>
  </StrictMode>,
);
