/**
 * Form fields with a label each, a hint and an error in words beside them, wired for screen
 * readers (aria-describedby, aria-invalid). Ids come from the field's path (form.ts fieldId),
 * so a problem found anywhere can find and focus its field.
 */
import type { ComponentChildren } from "preact";

export const describedBy = (id: string, hint: unknown, error: unknown, warning?: unknown) =>
  [hint ? `${id}-hint` : "", warning ? `${id}-warning` : "", error ? `${id}-error` : ""]
    .filter(Boolean)
    .join(" ") || undefined;

interface NotesProps {
  readonly id: string;
  readonly hint?: ComponentChildren;
  readonly error?: string | undefined;
  /** Said as the field is typed, without stopping anything (a deadline already past). */
  readonly warning?: string | undefined;
}

export function Notes({ id, hint, error, warning }: NotesProps) {
  return (
    <>
      {hint ? (
        <div class="hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {warning ? (
        <p class="warning" id={`${id}-warning`}>
          {warning}
        </p>
      ) : null}
      {error ? (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

interface InputProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly type?: "text" | "date";
  readonly inputMode?: "decimal" | "text";
  readonly hint?: ComponentChildren;
  readonly error?: string | undefined;
  readonly warning?: string | undefined;
  /** Shown right of the input, as part of what is typed ("%" for a rate in percent). */
  readonly suffix?: string | undefined;
}

export function TextField(props: InputProps) {
  const { id, label, value, onInput, type = "text", inputMode, hint, error, warning } = props;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <Input
        id={id}
        type={type}
        value={value}
        onInput={onInput}
        inputMode={inputMode}
        suffix={props.suffix}
        invalid={Boolean(error)}
        describedBy={describedBy(id, hint, error, warning)}
      />
      <Notes id={id} hint={hint} error={error} warning={warning} />
    </div>
  );
}

interface BareInputProps {
  readonly id: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly type?: "text" | "date";
  readonly inputMode?: "decimal" | "text" | undefined;
  readonly suffix?: string | undefined;
  readonly invalid: boolean;
  readonly describedBy: string | undefined;
  /** Where no <label for> names it. */
  readonly label?: string;
}

/** An input, with what follows it in the text ("%") drawn inside its box. */
export function Input(props: BareInputProps) {
  const { id, value, onInput, type = "text", inputMode, suffix, invalid } = props;
  const input = (
    <input
      id={id}
      type={type}
      value={value}
      inputMode={inputMode}
      autoComplete="off"
      spellcheck={false}
      aria-label={props.label}
      aria-invalid={invalid ? "true" : undefined}
      aria-describedby={props.describedBy}
      onInput={(event) => onInput(event.currentTarget.value)}
    />
  );
  if (!suffix) return input;
  return (
    <div class="with-suffix">
      {input}
      <span class="suffix" aria-hidden="true">
        {suffix}
      </span>
    </div>
  );
}

export interface Option {
  readonly value: string;
  readonly label: string;
}

interface SelectProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly options: readonly Option[];
  readonly onChange: (value: string) => void;
  readonly hint?: ComponentChildren;
  readonly error?: string | undefined;
}

export function SelectField({ id, label, value, options, onChange, hint, error }: SelectProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Notes id={id} hint={hint} error={error} />
    </div>
  );
}

interface Check {
  readonly value: string;
  readonly label: string;
  readonly checked: boolean;
  readonly disabled?: boolean;
  /** Beside the label: a badge ("target"). */
  readonly badge?: string | undefined;
  /** Under the label, in small type. */
  readonly note?: string | undefined;
}

interface ChecksProps {
  readonly id: string;
  readonly legend: string;
  readonly items: readonly Check[];
  readonly onToggle: (value: string, on: boolean) => void;
  readonly hint?: ComponentChildren;
  readonly error?: string | undefined;
}

/** Checkboxes under one legend; the fieldset carries the id, hint and error. */
export function Checks({ id, legend, items, onToggle, hint, error }: ChecksProps) {
  return (
    <fieldset id={id} class="field" aria-describedby={describedBy(id, hint, error)}>
      <legend>{legend}</legend>
      {items.map((item, index) => (
        <div class="check" key={item.value}>
          <input
            type="checkbox"
            id={`${id}-${index}`}
            value={item.value}
            checked={item.checked}
            disabled={item.disabled}
            aria-invalid={error ? "true" : undefined}
            aria-describedby={item.note ? `${id}-${index}-note` : undefined}
            onChange={(event) => onToggle(item.value, event.currentTarget.checked)}
          />
          <div>
            <label for={`${id}-${index}`}>
              {item.label}
              {item.badge ? <span class="badge">{item.badge}</span> : null}
            </label>
            {item.note ? (
              <div class="note" id={`${id}-${index}-note`}>
                {item.note}
              </div>
            ) : null}
          </div>
        </div>
      ))}
      <Notes id={id} hint={hint} error={error} />
    </fieldset>
  );
}

const CONTROL = "input:not(:disabled), select, button";

/** Moves focus to a field by id: the control itself, or the first one in its group. */
export function focusField(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  const target = element.matches(CONTROL) ? element : element.querySelector<HTMLElement>(CONTROL);
  target?.focus();
  target?.scrollIntoView?.({ block: "center" });
  return Boolean(target);
}

/**
 * Moves focus to the first field showing an error, in the order the page shows them (the
 * order problems are found in may differ: the sidebar's own before the builder's).
 */
export function focusFirstError(): boolean {
  const first = document.querySelector<HTMLElement>("main .error[id$='-error']");
  return first ? focusField(first.id.replace(/-error$/, "")) : false;
}
