/** zh-CN messages of the export feature (merged into zh-CN.ts; en/export.ts must have exactly these keys). */
export const zhExport = {
} as const satisfies Record<string, string>;
