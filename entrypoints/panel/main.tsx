import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './App.tsx';
import '../../components/ui/theme.css';

z.config({ jitless: true });
const started = performance.now();
createRoot(document.getElementById('root')!).render(<App mode="overlay" />);
// Time to first render, read by the benchmark.
requestAnimationFrame(() => document.documentElement.setAttribute('data-first-render-ms', String(Math.round(performance.now() - started))));
