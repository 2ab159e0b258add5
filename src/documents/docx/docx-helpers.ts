import dayjs from 'dayjs';
import { AlignmentType, Document, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Translate } from '../../i18n/index.js';

/** A person as a document names them: a display name when known, else the Slack user id; a card number or none. */
export interface DocPerson {
  readonly name: string;
  readonly card: string | null;
}

/** A calendar date (YYYY-MM-DD) written out in the document's language: 2026年12月10日 / 10 December 2026. */
export function dateInWords(date: string, t: Translate): string {
  return dayjs(date, 'YYYY-MM-DD').format(t('document.date_format'));
}

/** A file name Slack and every file system accept: no path separators, reserved or control characters. */
export function safeFilename(base: string, ext = 'docx'): string {
  const clean = base.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${clean || 'document'}.${ext}`;
}

/** 仿宋 for Chinese, Times New Roman for Latin text; sizes in half-points (三号 = 32, 四号 = 28, 二号 = 44). */
const BODY_SIZE = 28;
const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋', cs: 'Times New Roman' } as const;
const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' } as const;

export function title(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 }, children: [new TextRun({ text, bold: true, size: 44, font: TITLE_FONT })] });
}

export function centered(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text, size: BODY_SIZE, font: FONT })] });
}

/** A body paragraph; `indent`: the first line indented two characters, as official documents are. */
export function para(text: string, o: { indent?: boolean; bold?: boolean; align?: 'right' } = {}): Paragraph {
  return new Paragraph({
    ...(o.align === 'right' ? { alignment: AlignmentType.RIGHT } : {}),
    ...(o.indent ? { indent: { firstLine: 2 * BODY_SIZE * 10 } } : {}),
    spacing: { after: 80, line: 360 },
    children: [run(text, o.bold)],
  });
}

export function run(text: string, bold = false): ParagraphChild {
  return new TextRun({ text, bold, size: BODY_SIZE, font: FONT });
}

export function spacer(): Paragraph {
  return new Paragraph({ children: [] });
}

/** The lines of a multi-line text as separate paragraphs (a run cannot hold a line break as text). */
export function paragraphs(text: string, o: { indent?: boolean } = {}): Paragraph[] {
  return text.split(/\r?\n/).filter((l) => l.trim() !== '').map((l) => para(l, o));
}

/** One A4 portrait document of these paragraphs (and tables), as the bytes of a .docx file. */
export async function pack(docTitle: string, children: ConstructorParameters<typeof Document>[0]['sections'][number]['children']): Promise<Buffer> {
  const doc = new Document({
    creator: 'anjian',
    title: docTitle,
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1587, right: 1474 } } }, children }],
  });
  return Packer.toBuffer(doc);
}

/** An inspector's signature line with their card number (a blank to fill in by hand when none is recorded). */
export function inspectorLine(p: DocPerson, t: Translate): Paragraph {
  return para(t('document.inspector_line', { name: p.name, card: p.card ?? t('document.blank') }));
}
