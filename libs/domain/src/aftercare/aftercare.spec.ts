import JSZip from 'jszip';
import { archiveContentType, archiveFileName, missingArchiveKinds, ARCHIVE_KINDS } from './archive.js';
import { addMonths, expectedFund, type FundRate } from './long-term.js';

const PDF = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
const EXE = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00]);

/** A ZIP package holding the named parts, as an office suite or an OFD writer lays one out. */
const zip = async (...parts: string[]) => {
  const z = new JSZip();
  for (const part of parts) z.file(part, '<?xml version="1.0" encoding="UTF-8"?><x/>');
  return new Uint8Array(await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
};
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('archive uploads', () => {
  it('knows PDF, JPEG and PNG by their first bytes', () => {
    expect(archiveContentType(PDF)).toBe('application/pdf');
    expect(archiveContentType(PNG)).toBe('image/png');
    expect(archiveContentType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
  });

  it('tells XLSX, DOCX and OFD apart by the parts their ZIP holds', async () => {
    expect(archiveContentType(await zip('[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'))).toBe(XLSX);
    expect(archiveContentType(await zip('[Content_Types].xml', '_rels/.rels', 'word/document.xml'))).toBe(DOCX);
    expect(archiveContentType(await zip('OFD.xml', 'Doc_0/Document.xml', 'Doc_0/Pages/Page_0/Content.xml'))).toBe('application/ofd');
  });

  it('refuses other bytes: an executable, nothing, a plain ZIP, OFD.xml below the root, a cut-off package', async () => {
    expect(archiveContentType(EXE)).toBeNull();
    expect(archiveContentType(new Uint8Array())).toBeNull();
    expect(archiveContentType(Uint8Array.from([0x25, 0x50, 0x44, 0x46]))).toBeNull();
    expect(archiveContentType(await zip('notes.txt', 'photo.jpg'))).toBeNull();
    expect(archiveContentType(await zip('scans/OFD.xml'))).toBeNull();
    expect(archiveContentType(await zip('xl/workbook.xml'))).toBeNull();
    const whole = await zip('[Content_Types].xml', 'xl/workbook.xml');
    expect(archiveContentType(whole.subarray(0, whole.length - 30))).toBeNull();
  });

  it('files a document under its name, ending as what it really is', () => {
    expect(archiveFileName('台账.docx', XLSX)).toBe('台账.xlsx');
    expect(archiveFileName('合同.PDF', 'application/pdf')).toBe('合同.PDF');
    expect(archiveFileName('photo.jpeg', 'image/jpeg')).toBe('photo.jpeg');
    expect(archiveFileName('批复', 'application/ofd')).toBe('批复.ofd');
    expect(archiveFileName('', 'application/pdf')).toBe('document.pdf');
    expect(archiveFileName('a/b\\c.pdf', 'application/pdf')).toBe('a_b_c.pdf');
  });

  it('names every missing kind in checklist order', () => {
    expect(missingArchiveKinds(['PHOTOS', 'SURVEY_LEDGER'], 2)).toEqual(
      ARCHIVE_KINDS.filter((k) => k !== 'PHOTOS' && k !== 'SURVEY_LEDGER'),
    );
  });
});

describe('maintenance fund', () => {
  const rates: FundRate[] = [
    { buildingType: 'NO_ELEVATOR', name: { zh: '无电梯', en: 'no elevator' }, rateFen: 3500, origin: 'DEFAULT' as const },
    { buildingType: 'ELEVATOR', name: { zh: '有电梯', en: 'elevator' }, rateFen: 6000, origin: 'DEFAULT' as const },
  ];

  it('expects area x rate per building, exactly and half up to the fen', () => {
    const { lines, expectedFen } = expectedFund(
      [
        { building: '1', buildingType: 'NO_ELEVATOR', area: '1000.01' },
        { building: '2', buildingType: 'ELEVATOR', area: '0.01' },
      ],
      rates,
    );
    // 1000.01 m² x 35 yuan = 35,000.35 yuan; 0.01 m² x 60 yuan = 0.60 yuan.
    expect(lines.map((l) => l.expectedFen)).toEqual([3_500_035n, 60n]);
    expect(expectedFen).toBe(3_500_095n);
  });

  it('rounds half a fen up', () => {
    const half = [{ buildingType: 'X', name: { zh: 'x', en: 'x' }, rateFen: 50, origin: 'DEFAULT' as const }];
    expect(expectedFund([{ building: '1', buildingType: 'X', area: '0.01' }], half).expectedFen).toBe(1n);
    expect(expectedFund([{ building: '1', buildingType: 'X', area: '0.00' }], half).expectedFen).toBe(0n);
  });

  it('refuses a building type without a rate', () => {
    expect(() => expectedFund([{ building: '1', buildingType: 'TOWER', area: '10.00' }], rates)).toThrow(/TOWER/);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-15T08:00:00.000Z', 6, '2026-07-15T08:00:00.000Z'],
    ['2026-08-31T00:00:00.000Z', 6, '2027-02-28T00:00:00.000Z'],
    ['2027-08-31T00:00:00.000Z', 6, '2028-02-29T00:00:00.000Z'],
    ['2026-03-31T12:00:00.000Z', 12, '2027-03-31T12:00:00.000Z'],
    // Counted on Beijing's calendar: 31 August 01:00 there is still the 30th in UTC.
    ['2026-08-30T17:00:00.000Z', 6, '2027-02-27T17:00:00.000Z'],
    ['2026-03-30T21:00:00.000Z', 6, '2026-09-29T21:00:00.000Z'],
  ])('%s + %i months = %s', (from, months, to) => {
    expect(addMonths(new Date(from), months).toISOString()).toBe(to);
  });
});
