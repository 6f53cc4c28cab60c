import type { Message } from '../index';

export const coreMessages: Readonly<Record<string, Message>> = {};
