// A plan the partner's backend fetched (the app-token plans request), handed to the card as a property.
const plan = {
  uuid: 'plan-partner-12',
  name: 'Partner Saver 12 <img src=x onerror=alert(1)>',
  description: 'Fixed rate for a year.',
  term_months: 12,
  energy_rate_cents_per_kwh: 9.8,
  tdu_charges: [
    { name: 'Oncor delivery charge', cents_per_kwh: 5.6, dollars_per_month: null },
    { name: 'Oncor monthly charge', cents_per_kwh: null, dollars_per_month: 4.23 },
  ],
  base_charge_dollars: 4.95,
  average_price_500_cents: 17.1,
  average_price_1000_cents: 15.9,
  average_price_2000_cents: 15.2,
  renewable_percent: 100,
  efl_url: 'https://example.com/efl.pdf',
  tos_url: 'javascript:alert(1)',
  yrac_url: null,
  earliest_start_date: null,
  latest_start_date: null,
  expires_at: null,
};
await customElements.whenDefined('light-plan-card');
document.querySelector('light-plan-card').plan = plan;
