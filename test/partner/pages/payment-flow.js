// The partner prefers Light's own card flow: its backend mints the flow link (app token) on request.
const element = document.querySelector('light-payment-method');
element.flowProvider = async (scope) => {
  const response = await fetch('/energy/flow-login', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ scope }),
  });
  if (!response.ok) throw new Error(`flow-login answered ${response.status}`);
  return response.json();
};
