import type { Message } from '../index';

export const cliMessages: Readonly<Record<string, Message>> = {};
