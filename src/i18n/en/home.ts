import type { zhHome } from '../zh-CN/home.js';

/** English messages of the home feature: exactly the keys of zh-CN/home.ts. */
export const enHome: Record<keyof typeof zhHome, string> = {
};
