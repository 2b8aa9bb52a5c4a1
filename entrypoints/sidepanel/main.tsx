import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from '../panel/App.tsx';
import '../../components/ui/theme.css';

z.config({ jitless: true });
createRoot(document.getElementById('root')!).render(<App mode="side" />);
