import JSZip from 'jszip';

/**
 * The text of a .docx as a reader sees it: word/document.xml unzipped, one line per paragraph (and per table cell
 * paragraph), tags stripped, XML entities decoded. Written independently of the code that builds the documents.
 */
export async function docxText(bytes: Buffer | Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('no word/document.xml in the file');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The paragraphs of a .docx, trimmed, empty ones left out. */
export async function docxLines(bytes: Buffer | Uint8Array): Promise<string[]> {
  return (await docxText(bytes)).split('\n').map((l) => l.trim()).filter(Boolean);
}
