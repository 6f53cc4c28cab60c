import type { Message } from '../index';

export const excelMessages: Readonly<Record<string, Message>> = {};
