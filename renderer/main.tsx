// The renderer's entry: take the session token (web host), then draw the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureToken } from './api/client';
import { App } from './app/App';
import './styles/app.css';

captureToken();
const root = document.getElementById('root');
if (!root) throw new Error('Thiếu phần tử #root trong index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
