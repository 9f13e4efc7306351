import { ComingSoon } from '../../components/coming-soon';

export function ContactRoute() {
  return <ComingSoon title="Contact" what="One person: every detail, the timeline of your interactions, and what each of you promised." />;
}
