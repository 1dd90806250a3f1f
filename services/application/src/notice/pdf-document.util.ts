import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';

// Noto Sans SC from its npm package (OFL): pdfkit embeds only the glyphs used (subset), so a
// notice stays small although the TTF is 10 MB. Read once per process.
const FONT_PATH = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
let font: Buffer | undefined;

function cjkFont(): Buffer {
  font ??= readFileSync(FONT_PATH);
  return font;
}

export interface PdfLine {
  text: string;
  size?: number;
  align?: 'left' | 'center' | 'right';
  gapAfter?: number;
}

/** Renders lines of Chinese text into an A4 PDF; `finish` draws what is not a line (seal, QR code). */
export function renderPdf(
  title: string,
  lines: PdfLine[],
  finish?: (doc: PDFKit.PDFDocument) => void,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      info: { Title: title, Producer: 'points-platform' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('cjk', cjkFont());
    doc.font('cjk');
    for (const line of lines) {
      doc.fontSize(line.size ?? 12).text(line.text, { align: line.align ?? 'left' });
      doc.moveDown(line.gapAfter ?? 0.4);
    }
    finish?.(doc);
    doc.end();
  });
}
