/** zh-CN messages of the demo feature (merged into zh-CN.ts; en/demo.ts must have exactly these keys). */
export const zhDemo = {
} as const satisfies Record<string, string>;
