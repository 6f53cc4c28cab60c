import type { Message } from '../index';

export const scheduleMessages: Readonly<Record<string, Message>> = {};
