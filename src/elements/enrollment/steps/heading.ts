import { html, type TemplateResult } from 'lit';

/** A step's heading: the target focus moves to when the customer reaches the step. */
export function heading(text: string | TemplateResult): TemplateResult {
  return html`<h2 id="step-title" tabindex="-1">${text}</h2>`;
}

/** A form's submit listener that keeps the page where it is and calls `action`. */
export function onSubmit(action: () => void): (event: Event) => void {
  return (event) => {
    event.preventDefault();
    action();
  };
}
