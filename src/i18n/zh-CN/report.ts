/** zh-CN messages of the report feature (merged into zh-CN.ts; en/report.ts must have exactly these keys). */
export const zhReport = {
} as const satisfies Record<string, string>;
