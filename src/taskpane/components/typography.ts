/**
 * The first screen's text styles (Fluent's Title3, Caption1 and Body1 type ramp, from the theme's
 * tokens) as plain classes: the first screen does without the Text components' code; the lazy views
 * use Fluent's Text components as usual.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useTypography = makeStyles({
  title3: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
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
