import type { Message } from '../index';

export const ruleMessages: Readonly<Record<string, Message>> = {};
