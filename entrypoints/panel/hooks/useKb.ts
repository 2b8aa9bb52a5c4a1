/** Knowledge-base articles for the customer's message, asked of the background a moment after it changes. */
import { useEffect, useState } from 'react';
import { send } from '../../../lib/messaging/client.ts';
import type { BackgroundReply } from '../../../lib/messaging/protocol.ts';

export type KbHit = BackgroundReply<'kb.suggest'>[number];

export function useKb(customerText: string) {
  const [kb, setKb] = useState<{ hits: KbHit[]; total: number } | null>(null);
  useEffect(() => {
    if (!customerText) {
      setKb(null);
      return;
    }
    const timer = setTimeout(() => {
      void send('kb.suggest', { text: customerText.slice(0, 20_000), limit: 5 })
        .then(async (hits) => {
          // Only an empty result needs to know whether there are articles at all.
          const total = hits.length ? 1 : await send('kb.count');
          setKb({ hits, total });
        })
        .catch(() => setKb({ hits: [], total: 0 }));
    }, 150);
    return () => clearTimeout(timer);
  }, [customerText]);
  const emptyReason: 'no-message' | 'no-articles' | 'no-match' = !customerText ? 'no-message' : kb && kb.total === 0 ? 'no-articles' : 'no-match';
  return { hits: kb?.hits ?? [], emptyReason };
}
