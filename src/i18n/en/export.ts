import type { zhExport } from '../zh-CN/export.js';

/** English messages of the export feature: exactly the keys of zh-CN/export.ts. */
export const enExport: Record<keyof typeof zhExport, string> = {
};
