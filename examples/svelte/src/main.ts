import { mount } from 'svelte';
import { createSandbox } from 'light-elements/sandbox';
import App from './App.svelte';

// The built-in sandbox stands in for the Light API and for your token endpoint, so this page runs offline.
// On your site, the token provider asks your backend instead:
//   const tokenProvider = () => fetch('/energy/token', { method: 'POST', credentials: 'include' }).then((r) => r.json());
const sandbox = createSandbox();
const { tokenProvider } = sandbox.session('active');

mount(App, { target: document.getElementById('app')!, props: { tokenProvider, fetch: sandbox.fetch } });
