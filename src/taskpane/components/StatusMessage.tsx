import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { t, type Lang } from '../i18n';
import type { UiMessage } from '../errors';

const TITLE_KEY: Record<UiMessage['intent'], string> = {
  success: 'ui.msg.successTitle',
  info: 'ui.msg.successTitle',
  warning: 'ui.msg.warningTitle',
  error: 'ui.msg.errorTitle',
};

export interface StatusMessageProps {
  readonly lang: Lang;
  readonly message: UiMessage | null;
  readonly onDismiss: () => void;
}

/**
 * The outcome of the last action. The live region is always in the page so screen readers announce
 * each new message (errors assertively).
 */
export function StatusMessage({ lang, message, onDismiss }: StatusMessageProps) {
  const assertive = message?.intent === 'error';
  return (
    <div aria-live={assertive ? 'assertive' : 'polite'} role={assertive ? 'alert' : 'status'}>
      {message && (
        <MessageBar intent={message.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, TITLE_KEY[message.intent])}</MessageBarTitle>
            {t(lang, message.key, message.params)}
            {message.extra && <> {t(lang, message.extra.key, message.extra.params)}</>}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                onClick={onDismiss}
                aria-label={t(lang, 'ui.msg.dismiss')}
              >
                ×
              </Button>
            }
          />
        </MessageBar>
      )}
    </div>
  );
}
