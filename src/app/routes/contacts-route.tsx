import { ContactsScreen } from '../../features/contacts/components/contacts-screen';

export function ContactsRoute() {
  return <ContactsScreen />;
}
