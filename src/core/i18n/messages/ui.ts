import type { Message } from '../index';

export const uiMessages: Readonly<Record<string, Message>> = {};
