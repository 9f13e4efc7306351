import { ComingSoon } from '../../components/coming-soon';

export function ContactsRoute() {
  return <ComingSoon title="Contacts" what="Your people: search, filter and sort every contact, with their stage and last touch." />;
}
