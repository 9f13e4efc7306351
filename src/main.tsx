import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './styles/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('Rapport could not find its #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
