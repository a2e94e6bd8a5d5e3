// Records every Content-Security-Policy violation on the page, from the first script on.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample || 'inline'}`);
});
