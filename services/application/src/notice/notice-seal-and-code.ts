import QRCode from 'qrcode';

const RED = '#c00000';

/**
 * The QR code as squares drawn in the PDF (vector: sharp at any printer resolution), with its
 * quiet zone left white. Error correction M: a folded or stamped notice still scans.
 */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, width: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const cell = width / (modules.size + 2 * quiet);
  doc.save();
  doc.rect(x, y, width, width).fill('#ffffff');
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell);
    }
  }
  doc.fill('#000000');
  doc.restore();
}

/**
 * The seal area: where the issuing authority's seal (公章) goes, a circle the size of an official
 * seal (42 mm) marked with the authority's name, over which the printed date stands.
 */
export function drawSealArea(
  doc: PDFKit.PDFDocument,
  authority: string,
  date: string,
  centreX: number,
  centreY: number,
): void {
  const radius = 60;
  doc.save();
  doc.lineWidth(1.5).dash(4, { space: 3 }).circle(centreX, centreY, radius).stroke(RED);
  doc.undash();
  doc.fillColor(RED).fontSize(9).text('（盖章处）', centreX - radius, centreY - 30, {
    width: 2 * radius,
    align: 'center',
  });
  doc.restore();
  doc.fillColor('#000000').fontSize(12);
  doc.text(authority, centreX - 120, centreY - 6, { width: 240, align: 'center' });
  doc.text(date, centreX - 120, centreY + 14, { width: 240, align: 'center' });
}
