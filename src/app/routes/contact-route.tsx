import { useParams } from 'react-router';
import { ContactPage } from '../../features/contacts/components/contact-page';

export function ContactRoute() {
  const { contactId = '' } = useParams();
  // A new key per contact, so moving between contacts never shows one person's state on another's page.
  return <ContactPage key={contactId} contactId={contactId} />;
}
