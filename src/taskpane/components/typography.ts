/**
 * Fluent's Caption1 and Body1 type ramp (from the theme's tokens) as plain classes, for the
 * busy indicator and the empty results text (the first screen has the same in its own CSS); the lazy views
 * use Fluent's Text components as usual.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useTypography = makeStyles({
  caption1: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
  },
  body1: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase300,
  },
});
