import { ComingSoon } from '../../components/coming-soon';

export function TemplatesRoute() {
  return <ComingSoon title="Templates" what="Message templates for first contact, conference chats, thank-yous and mentor updates." />;
}
