import { Link } from 'react-router';
import type { OverviewCounts } from '../../../data/stats';

interface Stat {
  label: string;
  value: number;
  to: string;
  tone?: 'danger' | 'warning';
}

/** The headline numbers of the network, each a link to where they come from. */
export function OverviewCountsGrid({ counts }: { counts: OverviewCounts }) {
  const stats: Stat[] = [
    { label: 'Overdue follow-ups', value: counts.overdue, to: '/reminders', tone: counts.overdue > 0 ? 'danger' : undefined },
    { label: 'Due today', value: counts.dueToday, to: '/reminders', tone: counts.dueToday > 0 ? 'warning' : undefined },
    { label: 'Contacts', value: counts.contacts, to: '/contacts' },
    { label: 'Mentors and advocates', value: counts.mentors, to: '/contacts' },
    { label: 'Programs', value: counts.programs, to: '/programs' },
    { label: 'Logged interactions', value: counts.interactions, to: '/contacts' },
    { label: 'Upcoming events', value: counts.upcomingEvents, to: '/events' },
  ];
  return (
    <ul className="grid-cards plain-list" aria-label="Your network at a glance">
      {stats.map((stat) => (
        <li key={stat.label}>
          <Link to={stat.to} className={`card stat${stat.tone ? ` stat-${stat.tone}` : ''}`}>
            <span className="stat-value">{stat.value}</span>
            <span className="stat-label">{stat.label}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
