import { define } from '../../core/define.js';
import { LightDocuments } from './light-documents.component.js';

export { LightDocuments };
export type { DocumentsView } from './light-documents.component.js';

define('light-documents', LightDocuments);

declare global {
  interface HTMLElementTagNameMap {
    'light-documents': LightDocuments;
  }
}
