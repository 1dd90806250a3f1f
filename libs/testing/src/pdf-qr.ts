import { execFile } from 'node:child_process';

// Reads the QR codes of a generated PDF the way a phone would: pdf-parse renders each page to a
// bitmap (pdf.js on @napi-rs/canvas, its own dependency) and jsQR (dev dependency) decodes it.
// Nothing here knows how the PDF drew the code, so a wrong payload or an unreadable code fails.
// A child Node process for the same reason as pdf-text.ts (pdf.js's dynamic import).
const SCRIPT = `
const { PDFParse } = require('pdf-parse');
const { createCanvas, loadImage } = require('@napi-rs/canvas');
const jsQR = require('jsqr');
let input = '';
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.from(input, 'base64')) });
  try {
    const shots = await parser.getScreenshot({ scale: 2, imageDataUrl: false, imageBuffer: true });
    const found = [];
    for (const page of shots.pages) {
      const image = await loadImage(Buffer.from(page.data));
      const canvas = createCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height);
      const code = jsQR(new Uint8ClampedArray(pixels.data), image.width, image.height);
      if (code) found.push(code.data);
    }
    process.stdout.write(JSON.stringify(found));
  } finally { await parser.destroy(); }
});`;

/** The text of the QR code found on each page (pages without one are left out). */
export function pdfQrCodes(base64: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['-e', SCRIPT],
      { cwd: process.cwd(), maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) =>
        error ? reject(new Error(`QR decoding failed: ${error.message}`)) : resolve(JSON.parse(stdout) as string[]),
    );
    child.stdin?.end(base64);
  });
}
