/** zh-CN messages of the home feature (merged into zh-CN.ts; en/home.ts must have exactly these keys). */
export const zhHome = {
} as const satisfies Record<string, string>;
