import type { zhDemo } from '../zh-CN/demo.js';

/** English messages of the demo feature: exactly the keys of zh-CN/demo.ts. */
export const enDemo: Record<keyof typeof zhDemo, string> = {
};
