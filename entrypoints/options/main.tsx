import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { OptionsApp } from './OptionsApp.tsx';
import '../../components/ui/theme.css';
import './options.css';

z.config({ jitless: true });
createRoot(document.getElementById('root')!).render(<OptionsApp />);
