/** One line for a service or billing address: `123 Main St Apt 4, Dallas, TX 75201`. */
export function formatAddress(address: {
  address_1: string;
  address_2?: string | null;
  city: string;
  state: string;
  postal_code: string;
}): string {
  const street = [address.address_1, address.address_2].filter(Boolean).join(' ');
  const region = [address.state, address.postal_code].filter(Boolean).join(' ');
  return [street, address.city, region].filter(Boolean).join(', ');
}
