import { execFile } from 'node:child_process';

// Reads the text of a generated PDF the way a person would see it, with pdf-parse 2 (dev
// dependency). It runs in a child Node process: pdf.js loads its worker with a dynamic import,
// which Jest's module sandbox refuses.
const SCRIPT = `
const { PDFParse } = require('pdf-parse');
let input = '';
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.from(input, 'base64')) });
  try { process.stdout.write((await parser.getText()).text); } finally { await parser.destroy(); }
});`;

export function pdfText(base64: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['-e', SCRIPT],
      { cwd: process.cwd(), maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => (error ? reject(new Error(`pdf-parse failed: ${error.message}`)) : resolve(stdout)),
    );
    child.stdin?.end(base64);
  });
}
