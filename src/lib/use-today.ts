/** The user's local calendar day, kept current across midnight. Only the edges of the app read the clock. */
import { useEffect, useState } from 'react';
import { toLocalDate } from './dates';

export function useToday(): string {
  const [today, setToday] = useState(() => toLocalDate(new Date()));
  useEffect(() => {
    const timer = window.setInterval(() => {
      const now = toLocalDate(new Date());
      setToday((current) => (current === now ? current : now));
    }, 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return today;
}
