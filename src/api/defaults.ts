/** Light's API, where requests go unless an API base is configured. */
export const DEFAULT_API_BASE = 'https://api.light.dev';
