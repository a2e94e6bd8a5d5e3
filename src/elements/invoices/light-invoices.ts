import { define } from '../../core/define.js';
import { LightInvoices } from './light-invoices.component.js';

export { LightInvoices };
export type { InvoiceSelectDetail } from './light-invoices.component.js';
export { invoiceStatus, autopayDate, type InvoiceStatus } from './invoice-status.js';

define('light-invoices', LightInvoices);

declare global {
  interface HTMLElementTagNameMap {
    'light-invoices': LightInvoices;
  }
}
