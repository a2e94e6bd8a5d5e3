import { createApp } from 'vue';
import { createSandbox } from 'light-elements/sandbox';
import App from './App.vue';

// The built-in sandbox stands in for the Light API and for your token endpoint, so this page runs offline.
// On your site, the token provider asks your backend instead:
//   const tokenProvider = () => fetch('/energy/token', { method: 'POST', credentials: 'include' }).then((r) => r.json());
const sandbox = createSandbox();
const { tokenProvider } = sandbox.session('active');

createApp(App, { tokenProvider, fetch: sandbox.fetch }).mount('#app');
