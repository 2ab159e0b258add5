import type { zhReport } from '../zh-CN/report.js';

/** English messages of the report feature: exactly the keys of zh-CN/report.ts. */
export const enReport: Record<keyof typeof zhReport, string> = {
};
