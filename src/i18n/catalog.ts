import { zhCN } from './zh-CN.js';

export type MessageKey = keyof typeof zhCN;
