import { useLocation } from 'react-router';
import { ContactsScreen } from '../../features/contacts/components/contacts-screen';

export function ContactsRoute() {
  const location = useLocation();
  // "New contact" from the search palette, even while already here: a fresh screen opens its form.
  const fresh = (location.state as { newContact?: unknown } | null)?.newContact === true;
  return <ContactsScreen key={fresh ? location.key : 'contacts'} />;
}
