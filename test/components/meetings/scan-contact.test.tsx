/**
 * "Scan a badge or QR code" in the Log meeting dialog, on real Dexie over
 * fake-indexeddb. jsdom has no canvas, so the photo is read by jsQR itself
 * from the PNG's pixels (decoded with pngjs) instead of through a canvas;
 * the camera's frames are given by a stand-in decoder. Chromium reads real
 * photos and a real (fake-device) camera in test/e2e/qr-capture.e2e.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { GlobalActions } from '../../../src/app/global-actions';
import { Toasts } from '../../../src/components/toasts';
import { db } from '../../../src/data/db';
import { contactCommands } from '../../../src/data/contacts';
import { eventCommands } from '../../../src/data/events';
import type * as QrDecoderModule from '../../../src/lib/qr-decoder';
import { useLogMeetingStore } from '../../../src/stores/log-meeting-store';
import { useToastStore } from '../../../src/stores/toast-store';
import { contactFields, eventFields } from '../../factories';
import { renderWithRouter } from '../../render';

const decoder = vi.hoisted(() => ({ frameText: null as string | null }));

vi.mock('../../../src/lib/qr-decoder', async (importOriginal) => {
  const actual = await importOriginal<typeof QrDecoderModule>();
  return {
    ...actual,
    // The camera path: each frame "holds" whatever the test put in front of the camera.
    loadQrDecoder: vi.fn(async () => async () => decoder.frameText),
    // The photo path: the file's real pixels through jsQR, as the canvas would give them.
    readQrFromPhoto: vi.fn(async (file: Blob) => {
      const bytes = await new Promise<ArrayBuffer>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => (reader.result instanceof ArrayBuffer ? resolve(reader.result) : reject(new Error('not read')));
        reader.onerror = () => reject(reader.error ?? new Error('not read'));
        reader.readAsArrayBuffer(file);
      });
      const png = PNG.sync.read(Buffer.from(bytes));
      return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
    }),
  };
});

const NOW = new Date('2027-03-21T10:00:00');
configure({ asyncUtilTimeout: 5000 });

const VCARD = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Reyes;Ana;;Dr.;',
  'FN:Dr. Ana Reyes',
  'ORG:Mount Sinai Hospital',
  'TITLE:Program Director',
  'EMAIL:ana.reyes@mountsinai.example',
  'TEL:+1 555 010 0142',
  'URL:https://www.linkedin.com/in/ana-reyes-12ab34',
  'END:VCARD',
].join('\r\n');

async function qrPhoto(text: string, name = 'badge.png'): Promise<File> {
  const png = await QRCode.toBuffer(text, { type: 'png', margin: 4, scale: 6 });
  return new File([new Uint8Array(png)], name, { type: 'image/png' });
}

function App() {
  return (
    <>
      <GlobalActions />
      <Toasts />
    </>
  );
}

async function openScanner() {
  const view = renderWithRouter(<App />);
  await view.user.click(screen.getByRole('button', { name: 'Log meeting' }));
  const dialog = await screen.findByRole('dialog', { name: 'Log meeting' });
  await view.user.click(await within(dialog).findByRole('button', { name: 'Scan a badge or QR code' }));
  const scanner = await within(dialog).findByRole('region', { name: 'Scan a badge or QR code' });
  return { ...view, dialog, scanner };
}

let stopped: number;
function fakeCamera(result: 'works' | 'refused' | 'none') {
  stopped = 0;
  const track = { stop: vi.fn(() => void stopped++) };
  const getUserMedia = vi.fn(async () => {
    if (result === 'refused') throw new DOMException('Permission denied', 'NotAllowedError');
    if (result === 'none') throw new DOMException('Requested device not found', 'NotFoundError');
    return { getTracks: () => [track] } as unknown as MediaStream;
  });
  Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia } });
  return getUserMedia;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  useLogMeetingStore.setState({ open: false, preset: {}, session: 0 });
  useToastStore.setState({ toasts: [] });
  decoder.frameText = null;
  // jsdom's video never plays: say a frame is there, so the scanner reads it.
  vi.spyOn(HTMLMediaElement.prototype, 'readyState', 'get').mockReturnValue(4);
  vi.spyOn(HTMLVideoElement.prototype, 'videoWidth', 'get').mockReturnValue(640);
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  Object.defineProperty(HTMLMediaElement.prototype, 'srcObject', { configurable: true, writable: true, value: null });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'mediaDevices');
});

describe('Scan a badge or QR code', () => {
  it('reads a vCard QR from a photo into a new contact to check, with today’s event and kind, and saves it in one more tap', async () => {
    fakeCamera('none');
    const sir = await eventCommands.create(eventFields({ name: 'SIR 2027', startDate: '2027-03-20', endDate: '2027-03-25' }));
    const { user, dialog, scanner } = await openScanner();
    expect(await within(scanner).findByRole('alert')).toHaveTextContent('No camera was found on this device. Choose a photo of the code below instead.');

    const photo = within(scanner).getByLabelText('Choose a photo');
    expect(photo).toHaveAttribute('accept', 'image/*');
    expect(photo).toHaveAttribute('capture', 'environment');
    await user.upload(photo, await qrPhoto(VCARD));

    const card = await within(dialog).findByRole('group', { name: 'Dr. Ana Reyes · Mount Sinai Hospital' });
    expect(within(dialog).queryByRole('region', { name: 'Scan a badge or QR code' })).not.toBeInTheDocument();
    expect(within(card).getByRole('textbox', { name: 'Name' })).toHaveValue('Dr. Ana Reyes');
    expect(within(card).getByRole('list', { name: 'What the code says about Dr. Ana Reyes' })).toHaveTextContent(
      'Title: Program DirectorInstitution: Mount Sinai HospitalEmail: ana.reyes@mountsinai.examplePhone: +1 555 010 0142',
    );
    await user.click(within(card).getByRole('button', { name: 'Edit details of Dr. Ana Reyes' }));
    expect(within(card).getByRole('textbox', { name: 'Title' })).toHaveValue('Program Director');
    const email = within(card).getByRole('textbox', { name: 'Email' });
    expect(email).toHaveValue('ana.reyes@mountsinai.example');
    expect(within(card).getByRole('combobox', { name: 'Role' })).toHaveDisplayValue('Program director');
    expect(within(card).getByRole('link', { name: 'https://www.linkedin.com/in/ana-reyes-12ab34' })).toBeInTheDocument();
    expect(within(dialog).getByRole('list', { name: 'Chosen contacts' })).toHaveTextContent('Dr. Ana Reyes');
    expect(within(dialog).getByRole('list', { name: 'Chosen contacts' })).toHaveTextContent('new · Mount Sinai Hospital');
    expect(within(dialog).getByRole('combobox', { name: 'Event' })).toHaveValue(sir.id);
    expect(within(dialog).getByRole('combobox', { name: 'Kind' })).toHaveDisplayValue('Conference conversation');

    // The name on a badge is not always how they go by: corrected before Save.
    const name = within(card).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Ana Reyes');
    // A mistyped correction is refused beside its field, and nothing is saved until it is right.
    await user.clear(email);
    await user.type(email, 'ana.reyes@');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(email).toHaveAccessibleDescription(/Enter a valid email address/));
    expect(await db.contacts.count()).toBe(0);
    await user.type(email, 'mountsinai.example');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [contact] = await db.contacts.toArray();
    expect(contact).toMatchObject({
      name: 'Ana Reyes',
      role: 'program-director',
      title: 'Program Director',
      institution: 'Mount Sinai Hospital',
      email: 'ana.reyes@mountsinai.example',
      phone: '+1 555 010 0142',
      linkedinUrl: 'https://www.linkedin.com/in/ana-reyes-12ab34',
    });
    const [interaction] = await db.interactions.toArray();
    expect(interaction).toMatchObject({ kind: 'conference-conversation', eventId: sir.id, contactIds: [contact.id] });
  });

  it('says a Wi-Fi code or a photo with no code holds no contact, and adds or saves nothing', async () => {
    fakeCamera('none');
    const { user, dialog, scanner } = await openScanner();
    const photo = within(scanner).getByLabelText('Choose a photo');
    await user.upload(photo, await qrPhoto('WIFI:T:WPA;S:SIR-Guest;P:interventional;;', 'wifi.png'));
    expect(await within(scanner).findByText('This code is a Wi-Fi network login, not contact details. Nothing was saved.')).toBeInTheDocument();
    await user.upload(photo, await qrPhoto('Booth 412: free coffee', 'booth.png'));
    expect(await within(scanner).findByText(/This code holds no contact details/)).toBeInTheDocument();

    const blank = new PNG({ width: 40, height: 40, fill: true });
    blank.data.fill(255);
    await user.upload(photo, new File([new Uint8Array(PNG.sync.write(blank))], 'blank.png', { type: 'image/png' }));
    expect(await within(scanner).findByText(/No QR code was found in that photo/)).toBeInTheDocument();

    expect(within(dialog).queryByRole('list', { name: 'Chosen contacts' })).not.toBeInTheDocument();
    await user.click(within(scanner).getByRole('button', { name: 'Stop scanning' }));
    expect(within(dialog).queryByRole('region', { name: 'Scan a badge or QR code' })).not.toBeInTheDocument();
    expect(await db.contacts.count()).toBe(0);
  });

  it('reads the back camera, takes a LinkedIn code as a name to confirm, and stops the camera once read', async () => {
    const getUserMedia = fakeCamera('works');
    const { dialog, scanner } = await openScanner();
    expect(getUserMedia).toHaveBeenCalledWith({ video: { facingMode: 'environment' }, audio: false });
    expect(await within(scanner).findByRole('status')).toHaveTextContent('Hold the code inside the frame');
    decoder.frameText = 'https://www.linkedin.com/in/kwame-mensah-4b2a1?utm_source=share';

    const card = await within(dialog).findByRole('group', { name: 'Kwame Mensah' });
    expect(within(card).getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(/Guessed from the link or address: check the spelling/);
    expect(stopped).toBe(1);
    // No event today: the kind stays as it was.
    expect(within(dialog).getByRole('combobox', { name: 'Kind' })).toHaveDisplayValue('Meeting');
  });

  it('says so when the camera is refused, and keeps the photo option; stopping releases nothing it never got', async () => {
    fakeCamera('refused');
    const { user, scanner } = await openScanner();
    expect(await within(scanner).findByRole('alert')).toHaveTextContent(
      'Rapport was not allowed to use the camera. You can allow it for this site in your browser settings, or choose a photo of the code below.',
    );
    expect(within(scanner).getByLabelText('Choose a photo')).toBeEnabled();
    await user.click(within(scanner).getByRole('button', { name: 'Stop scanning' }));
    expect(stopped).toBe(0);
  });

  it('stops the camera when the scanner is closed without a code', async () => {
    fakeCamera('works');
    const { user, scanner } = await openScanner();
    await within(scanner).findByText(/Hold the code inside the frame/);
    await user.click(within(scanner).getByRole('button', { name: 'Stop scanning' }));
    expect(stopped).toBe(1);
  });

  it('opens filled from a preset of drafted contacts, and saves them with their details', async () => {
    const view = renderWithRouter(<App />);
    useLogMeetingStore.getState().openLogMeeting({
      newContacts: [
        {
          id: 'drafted-1',
          name: 'Chidi Okafor',
          role: 'division-chief',
          isNew: true,
          details: { email: 'c.okafor@stlukes.example', institution: 'St. Luke’s Hospital', urls: [] },
        },
      ],
    });
    const dialog = await screen.findByRole('dialog', { name: 'Log meeting' });
    const card = await within(dialog).findByRole('group', { name: 'Chidi Okafor · St. Luke’s Hospital' });
    expect(within(card).getByRole('list', { name: /What the code says/ })).toHaveTextContent('Email: c.okafor@stlukes.example');
    await view.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await db.contacts.get('drafted-1')).toMatchObject({
      name: 'Chidi Okafor',
      role: 'division-chief',
      email: 'c.okafor@stlukes.example',
      institution: 'St. Luke’s Hospital',
    });
  });

  it('offers the saved contact when the scanned name is already in the network, so no second copy is made', async () => {
    fakeCamera('none');
    const saved = await contactCommands.create(contactFields({ name: 'Ana Reyes', role: 'program-director', institution: 'Mount Sinai' }));
    const { user, dialog, scanner } = await openScanner();
    await user.upload(within(scanner).getByLabelText('Choose a photo'), await qrPhoto(VCARD));
    const card = await within(dialog).findByRole('group', { name: 'Dr. Ana Reyes · Mount Sinai Hospital' });
    expect(card).toHaveTextContent('You already have Ana Reyes (Mount Sinai) in your contacts.');
    await user.click(within(card).getByRole('button', { name: 'Use the saved contact' }));
    expect(within(dialog).queryByRole('group', { name: /^Dr\. Ana Reyes ·/ })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('list', { name: 'Chosen contacts' })).toHaveTextContent('Ana Reyes');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await db.contacts.count()).toBe(1);
    const [interaction] = await db.interactions.toArray();
    expect(interaction.contactIds).toEqual([saved.id]);
  });
});
