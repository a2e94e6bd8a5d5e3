// Called right after the classic script tag, before the module build has arrived: it must be queued.
window.LightElements.configure({
  tokenProvider: async () => 'classic-token',
  fetch: async () =>
    new Response(
      JSON.stringify({ uuid: 'acc', status: 'active', status_reason: 'active', enrollment: {}, locations: [] }),
    ),
});
