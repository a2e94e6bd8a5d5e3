// The partner's own copy (another URL, so another module instance) is the one configured.
import { configure } from '/dist/bundle/light-elements.js';

configure({ tokenEndpoint: '/energy/token', apiBase: '/light-api' });
