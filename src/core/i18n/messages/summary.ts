import type { Message } from '../index';

export const summaryMessages: Readonly<Record<string, Message>> = {};
