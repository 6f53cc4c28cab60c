import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTypography } from './typography';

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    alignSelf: 'flex-start',
  },
  ring: {
    flexShrink: 0,
    width: '16px',
    height: '16px',
    boxSizing: 'border-box',
    borderRadius: '50%',
    border: `2px solid ${tokens.colorBrandStroke2Contrast}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: 'rotate(0deg)' }, to: { transform: 'rotate(360deg)' } },
    animationDuration: '1s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    '@media (prefers-reduced-motion: reduce)': { animationDuration: '3s' },
  },
});

/**
 * A small busy indicator with its label, for the lazy views' loading states: a ring drawn with CSS
 * (as the first screen's own indicator), same role and labelling as Fluent's Spinner.
 */
export function BusyIndicator({ label }: { readonly label: string }) {
  const styles = useStyles();
  const type = useTypography();
  const id = useId();
  return (
    <div className={styles.root} role="progressbar" aria-labelledby={id}>
      <span className={styles.ring} aria-hidden="true" />
      <span id={id} className={type.caption1}>
        {label}
      </span>
    </div>
  );
}
