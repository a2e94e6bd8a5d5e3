/** Card brands as customers know them. */
const BRANDS: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  american_express: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  diners_club: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
  cartes_bancaires: 'Cartes Bancaires',
};

/** `visa` → `Visa`; an unknown brand is shown as given, capitalized; `null` when there is none. */
export function brandName(brand: string | null | undefined): string | null {
  const raw = (brand ?? '').trim();
  if (!raw || raw.toLowerCase() === 'unknown') return null;
  return BRANDS[raw.toLowerCase()] ?? raw[0].toUpperCase() + raw.slice(1);
}
