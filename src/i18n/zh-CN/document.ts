/** zh-CN messages of the document feature (merged into zh-CN.ts; en/document.ts must have exactly these keys). */
export const zhDocument = {
} as const satisfies Record<string, string>;
