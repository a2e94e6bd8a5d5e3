import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { createSandbox } from 'light-elements/sandbox';
import { AppComponent, LIGHT_ACCOUNT } from './app.component';

// The built-in sandbox stands in for the Light API and for your token endpoint, so this page runs offline.
// On your site, the token provider asks your backend instead:
//   const tokenProvider = () => fetch('/energy/token', { method: 'POST', credentials: 'include' }).then((r) => r.json());
const sandbox = createSandbox();
const { tokenProvider } = sandbox.session('active');

bootstrapApplication(AppComponent, {
  providers: [
    provideZonelessChangeDetection(),
    { provide: LIGHT_ACCOUNT, useValue: { tokenProvider, fetch: sandbox.fetch } },
  ],
}).catch((error: unknown) => console.error(error));
