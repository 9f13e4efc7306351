/**
 * The little of pngjs the tests use (it comes with qrcode, which writes QR
 * PNGs with it; it ships no types of its own).
 */
declare module 'pngjs' {
  export class PNG {
    constructor(options?: { width?: number; height?: number; fill?: boolean });
    width: number;
    height: number;
    data: Buffer;
    static sync: {
      read(buffer: Buffer): PNG;
      write(png: PNG): Buffer;
    };
  }
}
