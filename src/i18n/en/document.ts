import type { zhDocument } from '../zh-CN/document.js';

/** English messages of the document feature: exactly the keys of zh-CN/document.ts. */
export const enDocument: Record<keyof typeof zhDocument, string> = {
};
