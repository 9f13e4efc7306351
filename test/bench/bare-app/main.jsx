// The bench's yardstick (test/bench/bare-app.mjs): the app's stack and nothing else. React renders a
// heading and a count read from Dexie; the service worker comes from the same plugin and
// registration code as the app's (vite-plugin-pwa's virtual:pwa-register, which loads workbox-window).
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import Dexie from 'dexie';
import { registerSW } from 'virtual:pwa-register';

const db = new Dexie('bare-app');
db.version(1).stores({ notes: 'id, updatedAt' });

function App() {
  const [count, setCount] = useState(null);
  useEffect(() => {
    db.table('notes').count().then(setCount);
  }, []);
  return (
    <main>
      <h1>Bare app</h1>
      <p>{count === null ? 'Reading…' : `${count} notes`}</p>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
if ('serviceWorker' in navigator) registerSW({ immediate: true });
