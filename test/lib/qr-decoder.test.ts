/**
 * The decoder's choice of reader: the browser's BarcodeDetector when it reads
 * QR codes, jsQR otherwise and whenever the detector finds nothing or fails.
 * jsdom has no canvas, so jsQR is replaced by a spy that says what it was
 * given; real decoding is covered in Chromium (test/e2e/qr-capture.e2e.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadQrDecoder } from '../../src/lib/qr-decoder';

const jsQR = vi.hoisted(() => vi.fn((_data: Uint8ClampedArray, _w: number, _h: number) => ({ data: 'from jsQR' }) as { data: string } | null));
vi.mock('jsqr', () => ({ default: jsQR }));

function installDetector(detect: () => Promise<{ rawValue: string }[]>, formats = ['qr_code', 'ean_13']) {
  const constructed: unknown[] = [];
  class FakeDetector {
    static getSupportedFormats = async () => formats;
    constructor(options: unknown) {
      constructed.push(options);
    }
    detect = detect;
  }
  Object.defineProperty(globalThis, 'BarcodeDetector', { configurable: true, value: FakeDetector });
  return constructed;
}

function frame(width = 2000, height = 1000): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

beforeEach(() => {
  jsQR.mockReset();
  jsQR.mockImplementation(() => ({ data: 'from jsQR' }));
  // jsdom's canvas draws nothing; a context that hands back blank pixels of the asked size stands in.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => ({
    drawImage: vi.fn(),
    getImageData: (_x: number, _y: number, w: number, h: number) => ({ data: new Uint8ClampedArray(w * h * 4), width: w, height: h }),
  })) as unknown as HTMLCanvasElement['getContext']);
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'BarcodeDetector');
  vi.restoreAllMocks();
});

describe('loadQrDecoder', () => {
  it('uses the BarcodeDetector when the browser has one for QR codes, without jsQR', async () => {
    const constructed = installDetector(async () => [{ rawValue: 'from the browser' }]);
    const decode = await loadQrDecoder();
    expect(await decode(frame())).toBe('from the browser');
    expect(constructed).toEqual([{ formats: ['qr_code'] }]);
    expect(jsQR).not.toHaveBeenCalled();
  });

  it('falls back to jsQR when the detector finds nothing, fails, or reads no QR codes', async () => {
    installDetector(async () => []);
    expect(await (await loadQrDecoder())(frame())).toBe('from jsQR');
    installDetector(async () => {
      throw new DOMException('Detector failed', 'NotSupportedError');
    });
    expect(await (await loadQrDecoder())(frame())).toBe('from jsQR');
    installDetector(async () => [{ rawValue: 'never asked' }], ['ean_13']);
    expect(await (await loadQrDecoder())(frame())).toBe('from jsQR');
  });

  it('reads with jsQR alone where there is no BarcodeDetector, scaling a large frame down first', async () => {
    const decode = await loadQrDecoder();
    expect(await decode(frame(4000, 3000))).toBe('from jsQR');
    const [, width, height] = jsQR.mock.calls[0];
    expect([width, height]).toEqual([1024, 768]);
  });

  it('for a photo, tries once more at a larger size before saying there is no code', async () => {
    jsQR.mockReturnValue(null);
    const decode = await loadQrDecoder({ thorough: true });
    expect(await decode(frame(4000, 3000))).toBeNull();
    expect(jsQR.mock.calls.map(([, w, h]) => [w, h])).toEqual([
      [1024, 768],
      [2048, 1536],
    ]);
  });
});
