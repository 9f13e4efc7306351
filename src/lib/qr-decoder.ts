/**
 * Reads the text of a QR code in a camera frame or a photo.
 *
 * The browser's own BarcodeDetector is the fast path where it exists
 * (Android Chrome, Safari 17+); jsQR, a pure-JavaScript decoder (no eval, no
 * WebAssembly, so it runs inside the app's CSP), reads everything else and
 * whatever the detector missed or failed on. jsQR is loaded only when a
 * scanner opens, as its own chunk from the app's origin; the service worker
 * precaches that chunk, so scanning works with no network.
 */
import type JsQr from 'jsqr';

/** What a decoder can read: a playing video, a decoded photo, or a canvas. */
export type QrSource = HTMLVideoElement | ImageBitmap | HTMLImageElement | HTMLCanvasElement;

/** Reads one frame or photo: the code's text, or null when no code was found. */
export type QrDecode = (source: QrSource) => Promise<string | null>;


interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: QrSource): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

/** Larger frames are scaled down first: jsQR's time grows with the pixels, and a code a few hundred pixels wide reads fine. */
const MAX_SIDE = 1024;
/** A photo that finds nothing at MAX_SIDE is tried once more nearer full size, for a small code in a big photo. */
const MAX_SIDE_RETRY = 2048;

function sizeOf(source: QrSource): { width: number; height: number } {
  if (source instanceof HTMLVideoElement) return { width: source.videoWidth, height: source.videoHeight };
  if (source instanceof HTMLImageElement) return { width: source.naturalWidth, height: source.naturalHeight };
  return { width: source.width, height: source.height };
}

async function barcodeDetector(): Promise<BarcodeDetectorLike | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  try {
    const formats = await Detector.getSupportedFormats();
    return formats.includes('qr_code') ? new Detector({ formats: ['qr_code'] }) : null;
  } catch {
    return null;
  }
}

function pixelsOf(source: QrSource, maxSide: number, canvas: HTMLCanvasElement): ImageData | null {
  const { width, height } = sizeOf(source);
  if (width === 0 || height === 0) return null;
  const scale = Math.min(1, maxSide / Math.max(width, height));
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/**
 * Loads the decoders (jsQR's chunk, and the BarcodeDetector when the browser
 * has one) and returns a function that reads a frame. Call when a scanner
 * opens, not before: nobody who never scans downloads the decoder.
 *
 * @param options.thorough for photos: also try inverted codes and a larger size when the first pass finds nothing.
 */
export async function loadQrDecoder(options: { thorough?: boolean } = {}): Promise<QrDecode> {
  const [{ default: jsQR }, detector] = await Promise.all([import('jsqr'), barcodeDetector()]);
  const canvas = document.createElement('canvas');
  return (source) => decodeWith(jsQR, detector, canvas, source, options.thorough ?? false);
}

async function decodeWith(
  jsQR: typeof JsQr,
  detector: BarcodeDetectorLike | null,
  canvas: HTMLCanvasElement,
  source: QrSource,
  thorough: boolean,
): Promise<string | null> {
  if (detector) {
    try {
      const [found] = await detector.detect(source);
      if (found?.rawValue) return found.rawValue;
    } catch {
      // Some builds list qr_code and then fail on a frame: jsQR reads it instead.
    }
  }
  for (const maxSide of thorough ? [MAX_SIDE, MAX_SIDE_RETRY] : [MAX_SIDE]) {
    const pixels = pixelsOf(source, maxSide, canvas);
    if (!pixels) return null;
    const code = jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: thorough ? 'attemptBoth' : 'dontInvert' });
    if (code && code.data !== '') return code.data;
    if (Math.max(pixels.width, pixels.height) >= Math.max(...Object.values(sizeOf(source)))) break;
  }
  return null;
}

/**
 * Reads the QR code in a photo file (a picture the phone just took, or one
 * from its gallery): the code's text, or null when the photo holds none.
 */
export async function readQrFromPhoto(file: Blob): Promise<string | null> {
  const [decode, bitmap] = await Promise.all([loadQrDecoder({ thorough: true }), createImageBitmap(file)]);
  try {
    return await decode(bitmap);
  } finally {
    bitmap.close();
  }
}
