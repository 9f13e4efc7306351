/**
 * A QR code scanner: the back camera, read a few times a second, or a photo
 * of the code. It only reads text; what the text means is the caller's
 * (`onCode` returns a message to show while scanning goes on, or null once
 * the code is taken — the caller then closes the scanner, which stops the
 * camera).
 */
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { loadQrDecoder, readQrFromPhoto, type QrDecode } from '../lib/qr-decoder';
import './qr-scanner.css';

/** How often a camera frame is read: often enough to feel instant, rare enough to spare a phone's battery. */
const FRAME_INTERVAL_MS = 250;

type CameraState =
  | { kind: 'starting' }
  | { kind: 'scanning' }
  | { kind: 'unavailable'; message: string };

export interface QrScannerProps {
  /** Called with each new code read; returns what to tell the user about a code it cannot use, or null when taken. */
  onCode: (text: string) => string | null;
  onClose: () => void;
  /** Loads the camera-frame decoder (tests give their own). */
  loadDecoder?: () => Promise<QrDecode>;
  /** Reads the code in a photo (tests give their own). */
  readPhoto?: (file: File) => Promise<string | null>;
}

function cameraMessage(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return 'Rapport was not allowed to use the camera. You can allow it for this site in your browser settings, or choose a photo of the code below.';
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') {
    return 'No camera was found on this device. Choose a photo of the code below instead.';
  }
  if (name === 'NotReadableError' || name === 'AbortError') {
    return 'The camera is busy (another app may be using it). Close that app and try again, or choose a photo of the code below.';
  }
  return 'The camera could not start. Choose a photo of the code below instead.';
}

const DECODER_FAILED =
  'The code reader could not load. If you are offline, open Rapport once while online so it can keep a copy, then try again.';

export function QrScanner({ onCode, onClose, loadDecoder = loadQrDecoder, readPhoto = readQrFromPhoto }: QrScannerProps) {
  const id = useId();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [camera, setCamera] = useState<CameraState>({ kind: 'starting' });
  const [message, setMessage] = useState<string | null>(null);
  const [readingPhoto, setReadingPhoto] = useState(false);
  // The latest callback, so the camera loop (started once) always calls the current one.
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  });
  // Read once: the camera starts when the scanner opens and stops when it closes.
  const loadRef = useRef(loadDecoder);
  // The last code read from the camera: a code held in view is answered once, not four times a second.
  const lastText = useRef<string | null>(null);

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    const video = videoRef.current;
    const stopTracks = () => stream?.getTracks().forEach((track) => track.stop());

    async function start() {
      if (!navigator.mediaDevices?.getUserMedia) {
        setCamera({ kind: 'unavailable', message: 'This browser cannot use a camera here. Choose a photo of the code below instead.' });
        return;
      }
      let decode: QrDecode;
      try {
        [decode, stream] = await Promise.all([
          loadRef.current(),
          navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }),
        ]);
      } catch (error) {
        stopTracks();
        if (!stopped) setCamera({ kind: 'unavailable', message: stream ? DECODER_FAILED : cameraMessage(error) });
        return;
      }
      if (stopped || !video) {
        stopTracks();
        return;
      }
      video.srcObject = stream;
      try {
        await video.play();
      } catch {
        // Autoplay of a muted, inline video is allowed; a refusal here still leaves frames to read.
      }
      if (stopped) return;
      setCamera({ kind: 'scanning' });
      const tick = async () => {
        if (stopped) return;
        if (video.readyState >= video.HAVE_CURRENT_DATA && video.videoWidth > 0) {
          const text = await decode(video).catch(() => null);
          if (stopped) return;
          if (text !== null && text !== lastText.current) {
            lastText.current = text;
            const said = onCodeRef.current(text);
            if (said === null) return;
            setMessage(said);
          }
        }
        timer = window.setTimeout(() => void tick(), FRAME_INTERVAL_MS);
      };
      void tick();
    }

    void start();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stopTracks();
      if (video) video.srcObject = null;
    };
  }, []);

  async function onPhoto(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setReadingPhoto(true);
    setMessage(null);
    try {
      const text = await readPhoto(file);
      if (text === null) {
        setMessage('No QR code was found in that photo. Try again with the whole code in view, flat and in focus.');
      } else {
        const said = onCode(text);
        if (said !== null) setMessage(said);
      }
    } catch {
      setMessage('That photo could not be opened. Try another photo, or take a new one.');
    } finally {
      setReadingPhoto(false);
      // The same photo chosen again is a new try.
      input.value = '';
    }
  }

  return (
    <section className="qr-scanner" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="qr-scanner-title">
        Scan a badge or QR code
      </h3>
      {camera.kind !== 'unavailable' ? (
        <div className="qr-scanner-view">
          <video ref={videoRef} muted playsInline aria-label="Camera view" />
          <p className="qr-scanner-status" role="status">
            {camera.kind === 'starting' ? 'Starting the camera…' : 'Hold the code inside the frame. It is read by itself.'}
          </p>
        </div>
      ) : (
        <p className="notice notice-warning" role="alert">
          {camera.message}
        </p>
      )}
      {message && (
        <p className="notice notice-warning qr-scanner-message" role="alert">
          {message}
        </p>
      )}
      <div className="row qr-scanner-actions">
        <label className="btn btn-small qr-scanner-photo">
          {readingPhoto ? 'Reading the photo…' : 'Choose a photo'}
          <input
            type="file"
            accept="image/*"
            capture="environment"
            className="visually-hidden"
            disabled={readingPhoto}
            onChange={(event) => void onPhoto(event)}
          />
        </label>
        <button type="button" className="btn btn-small btn-ghost" onClick={onClose}>
          Stop scanning
        </button>
      </div>
    </section>
  );
}
