/**
 * The task pane's first screen in plain DOM (no framework): the header with the language switch, the
 * as-of date with its 'today' switch, the actions (検証 / 集計シート作成 / ハイライトを消去), the capability
 * note and the busy indicator. It draws from the pane controller's state and calls its actions; the
 * React views (message bar, tabs, results, settings) are mounted later into `body`, below it.
 *
 * Elements are built once; render() updates texts, attributes and which optional elements are
 * present, so focus and typing are never disturbed.
 */
import { t } from '../i18n';
import { isIsoDate } from '../iso-date';
import { busyKey, canRun, type PaneController, type PaneState } from '../pane/controller';
import { installFirstScreenStyles } from './styles';
import type { ThemeKind } from './theme';

export interface FirstScreen {
  /** The pane's <main> (lang, aria-busy). */
  readonly main: HTMLElement;
  /** The container for the views below the first screen (a placeholder until they are mounted). */
  readonly body: HTMLElement;
  /** The views below have taken `body` over: the placeholder is no longer drawn. */
  bodyMounted(): void;
  /** Puts the date input in its field (with `deferDateInput`, the field's box is empty until then). */
  ensureDateInput(): void;
  /** Draws the controller's current state (called on every change while mounted). */
  render(): void;
  /** Stops following the controller and removes the first screen. */
  dispose(): void;
}

export interface FirstScreenOptions {
  readonly theme?: ThemeKind;
  /**
   * Leave the date input out until ensureDateInput() (its box is drawn, empty). Chromium's first
   * <input type="date"> costs as much as the rest of the first screen (creating it and its first
   * layout, ~300 ms at 4× CPU throttling): the pane puts it in right after it became interactive.
   */
  readonly deferDateInput?: boolean;
}

type Attrs = Record<string, string>;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const [k, value] of Object.entries(attrs)) e.setAttribute(k, value);
  e.append(...children);
  return e;
}

/** Sets an attribute (null removes it) only when it changes. */
function attr(e: Element, name: string, value: string | null): void {
  if (value === null) {
    if (e.hasAttribute(name)) e.removeAttribute(name);
  } else if (e.getAttribute(name) !== value) e.setAttribute(name, value);
}

function text(node: Node, value: string): void {
  if (node.textContent !== value) node.textContent = value;
}

/**
 * Makes `parent`'s children exactly the given nodes, in order (null: absent). Nodes already there are
 * never moved (their relative order is fixed), so focus stays where it is.
 */
function place(parent: Element, nodes: ReadonlyArray<Element | null>): void {
  const want = nodes.filter((n): n is Element => n !== null);
  for (const child of Array.from(parent.children)) if (!want.includes(child)) child.remove();
  let ref: Element | null = parent.firstElementChild;
  for (const n of want) {
    if (n === ref) ref = ref.nextElementSibling;
    else parent.insertBefore(n, ref);
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The Field's error icon: Fluent's DiamondDismiss12Filled, in a span as Field draws it. */
function errorIcon(doc: Document): Element {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  for (const [k, value] of Object.entries({
    width: '12',
    height: '12',
    viewBox: '0 0 12 12',
    fill: 'currentColor',
    'aria-hidden': 'true',
  }))
    svg.setAttribute(k, value);
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute(
    'd',
    'M4.59 1.09a2 2 0 0 1 2.82 0l3.5 3.5a2 2 0 0 1 0 2.82l-3.5 3.5a2 2 0 0 1-2.82 0l-3.5-3.5a2 2 0 0 1 0-2.83zm3.26 3.06a.5.5 0 0 0-.7 0L6 5.29 4.85 4.15a.5.5 0 0 0-.7.7L5.29 6 4.15 7.15a.5.5 0 0 0 .7.7L6 6.71l1.15 1.14a.5.5 0 1 0 .7-.7L6.71 6l1.14-1.15a.5.5 0 0 0 0-.7',
  );
  svg.appendChild(path);
  return el(doc, 'span', { class: 'dx-field-error-icon' }, svg);
}

/** Builds the first screen into `container` and draws the controller's state there from now on. */
export function mountFirstScreen(
  container: HTMLElement,
  controller: PaneController,
  options: FirstScreenOptions = {},
): FirstScreen {
  const doc = container.ownerDocument;
  installFirstScreenStyles(doc);
  const { canSummarize, canHighlight } = controller.capabilities;

  // Header: product name, tagline, language switch.
  const title = el(doc, 'h1', { class: 'dx-title3 dx-title' });
  const tagline = el(doc, 'span', { class: 'dx-caption1' });
  const langButton = el(doc, 'button', { type: 'button', class: 'dx-btn dx-btn-subtle dx-btn-small' });
  const header = el(
    doc,
    'header',
    { class: 'dx-header' },
    el(doc, 'div', { class: 'dx-titles' }, title, tagline),
    langButton,
  );

  // The as-of date: label, date input, validation message (when invalid), hint; then the 'today' switch.
  const dateLabel = el(doc, 'label', { class: 'dx-label', for: 'dx-asof-input', id: 'dx-asof-label' });
  const dateBox = el(doc, 'span', { class: 'dx-input' });
  let dateInput: HTMLInputElement | null = null;
  const dateErrorText = doc.createTextNode('');
  const dateError = el(
    doc,
    'div',
    { class: 'dx-field-text dx-field-error', id: 'dx-asof-error', role: 'alert' },
    errorIcon(doc),
    dateErrorText,
  );
  const dateHint = el(doc, 'div', { class: 'dx-field-text', id: 'dx-asof-hint' });
  const field = el(doc, 'div', { class: 'dx-field' }, dateLabel, dateBox, dateHint);
  const todaySwitch = el(doc, 'input', { type: 'checkbox', role: 'switch', class: 'dx-track' });
  const todayText = doc.createTextNode('');
  const todayLabel = el(doc, 'label', { class: 'dx-body1 dx-toggle' }, todaySwitch, todayText);
  const asOf = el(doc, 'div', { class: 'dx-asof' }, field, todayLabel);

  // Actions.
  const validateButton = el(doc, 'button', { type: 'button', class: 'dx-btn dx-btn-primary' });
  const summaryButton = el(doc, 'button', { type: 'button', class: 'dx-btn dx-btn-primary' });
  if (!canSummarize) summaryButton.setAttribute('aria-describedby', 'capability-note');
  const clearButton = canHighlight
    ? el(doc, 'button', { type: 'button', class: 'dx-btn dx-btn-secondary' })
    : null;
  const actions = el(
    doc,
    'div',
    { class: 'dx-actions', role: 'group' },
    validateButton,
    summaryButton,
    ...(clearButton ? [clearButton] : []),
  );
  const capabilityNote =
    !canSummarize || !canHighlight ? el(doc, 'span', { id: 'capability-note', class: 'dx-caption1' }) : null;

  // Busy indicator (Spinner's role and labelling).
  const busyLabel = el(doc, 'span', { id: 'dx-busy-label', class: 'dx-caption1' });
  const busy = el(
    doc,
    'div',
    { class: 'dx-busy', role: 'progressbar', 'aria-labelledby': 'dx-busy-label' },
    el(doc, 'span', { class: 'dx-ring', 'aria-hidden': 'true' }),
    busyLabel,
  );

  // Below: the placeholder of the React views (the tab bar's room and the empty results panel).
  const emptyResults = el(doc, 'span', { class: 'dx-body1' });
  const placeholder = [
    el(doc, 'div', { class: 'dx-tabs-slot' }),
    el(doc, 'div', { id: 'panel-results', role: 'tabpanel', 'aria-labelledby': 'tab-results' }, emptyResults),
  ];
  const body = el(doc, 'div', { class: 'dx-body', id: 'pane-body' }, ...placeholder);
  let bodyIsPlaceholder = true;

  const main = el(doc, 'main', { class: 'dx-pane', 'data-theme': options.theme ?? 'light' });

  // Events → controller actions.
  langButton.addEventListener('click', () => controller.toggleLang());
  todaySwitch.addEventListener('change', () => {
    const s = controller.getSnapshot();
    controller.setAsOf({ today: todaySwitch.checked, date: s.asOf.date || s.todayIso });
  });
  validateButton.addEventListener('click', () => void controller.validate());
  summaryButton.addEventListener('click', () => void controller.summary());
  clearButton?.addEventListener('click', () => void controller.clearHighlights());

  const render = (): void => {
    const s: PaneState = controller.getSnapshot();
    const { lang } = s;
    const isBusy = s.busy !== null;
    const ready = canRun(s);
    attr(main, 'lang', lang);
    attr(main, 'aria-busy', String(isBusy));

    text(title, t(lang, 'ui.app.name'));
    text(tagline, t(lang, 'ui.app.tagline'));
    text(langButton, t(lang, 'ui.lang.switch'));
    attr(langButton, 'aria-label', t(lang, 'ui.lang.switchLabel'));
    attr(langButton, 'lang', lang === 'ja' ? 'en' : 'ja');

    const invalid = !s.asOf.today && !isIsoDate(s.asOf.date);
    text(dateLabel, t(lang, 'ui.asOf.label'));
    text(dateHint, t(lang, 'ui.asOf.hint'));
    text(dateErrorText, t(lang, 'ui.asOf.invalid'));
    place(field, [dateLabel, dateBox, invalid ? dateError : null, dateHint]);
    const dateDisabled = isBusy || s.asOf.today;
    if (dateInput) {
      const value = s.asOf.today ? s.todayIso : s.asOf.date;
      if (dateInput.value !== value) dateInput.value = value;
      dateInput.disabled = dateDisabled;
      attr(dateInput, 'aria-invalid', invalid ? 'true' : null);
      attr(dateInput, 'aria-describedby', invalid ? 'dx-asof-error dx-asof-hint' : 'dx-asof-hint');
    }
    dateBox.classList.toggle('dx-input-disabled', dateDisabled);
    dateBox.classList.toggle('dx-input-invalid', invalid);
    todaySwitch.checked = s.asOf.today;
    todaySwitch.disabled = isBusy;
    todayLabel.classList.toggle('dx-toggle-disabled', isBusy);
    text(todayText, t(lang, 'ui.asOf.today', { date: s.todayIso }));

    attr(actions, 'aria-label', t(lang, 'ui.action.group'));
    text(validateButton, t(lang, 'ui.action.validate'));
    validateButton.disabled = !ready;
    text(summaryButton, t(lang, 'ui.action.summary'));
    summaryButton.disabled = !ready || !canSummarize;
    if (clearButton) {
      text(clearButton, t(lang, 'ui.action.clear'));
      clearButton.disabled = isBusy;
    }
    if (capabilityNote) {
      const notes: string[] = [];
      if (!canSummarize) notes.push(t(lang, 'ui.capability.noSummary'));
      if (!canHighlight) notes.push(t(lang, 'ui.capability.noHighlights'));
      text(capabilityNote, notes.join(' '));
    }
    const busyText = busyKey(s);
    if (busyText) text(busyLabel, t(lang, busyText));

    if (bodyIsPlaceholder) text(emptyResults, t(lang, 'ui.results.empty'));
    place(main, [header, asOf, actions, capabilityNote, busyText ? busy : null, body]);
  };

  const ensureDateInput = (): void => {
    if (dateInput) return;
    const input = el(doc, 'input', { type: 'date', id: 'dx-asof-input' });
    const onDate = () => controller.setAsOf({ today: false, date: input.value });
    input.addEventListener('input', onDate);
    input.addEventListener('change', onDate);
    dateInput = input;
    render();
    dateBox.appendChild(input);
  };

  if (!options.deferDateInput) ensureDateInput();
  render();
  container.appendChild(main);
  const unsubscribe = controller.subscribe(render);

  return {
    main,
    body,
    bodyMounted() {
      bodyIsPlaceholder = false;
    },
    ensureDateInput,
    render,
    dispose() {
      unsubscribe();
      main.remove();
    },
  };
}
