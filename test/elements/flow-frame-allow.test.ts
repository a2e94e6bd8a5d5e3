import { expect } from '@open-wc/testing';
import { DEFAULT_FRAME_ALLOW, frameAllow, parseFrameAllow } from '../../src/elements/flow-frame/frame-allow.js';

describe('flow frame permissions policy', () => {
  it("defaults to what Light's example app grants its flows: the camera for identity checks among them", () => {
    expect(DEFAULT_FRAME_ALLOW).to.equal('camera; microphone; payment; encrypted-media');
    expect(frameAllow(undefined)).to.deep.equal({ allow: DEFAULT_FRAME_ALLOW, invalid: false });
    expect(frameAllow(null)).to.deep.equal({ allow: DEFAULT_FRAME_ALLOW, invalid: false });
  });

  it('takes a plain policy, normalised', () => {
    expect(parseFrameAllow('payment')).to.equal('payment');
    expect(parseFrameAllow('  camera ;payment;; ')).to.equal('camera; payment');
    expect(parseFrameAllow("camera 'self' https://flow.light.dev;  payment  'src'")).to.equal(
      "camera 'self' https://flow.light.dev; payment 'src'",
    );
    expect(parseFrameAllow('clipboard-write *; publickey-credentials-get https://*.light.dev:8443')).to.equal(
      'clipboard-write *; publickey-credentials-get https://*.light.dev:8443',
    );
    expect(parseFrameAllow("geolocation 'none'")).to.equal("geolocation 'none'");
    expect(frameAllow('payment')).to.deep.equal({ allow: 'payment', invalid: false });
  });

  it('takes an empty policy as allowing nothing', () => {
    expect(parseFrameAllow('')).to.equal('');
    expect(parseFrameAllow(' ; ')).to.equal('');
    expect(frameAllow('')).to.deep.equal({ allow: '', invalid: false });
  });

  it('refuses anything that is not a plain policy, keeping the default', () => {
    for (const value of [
      'camera, microphone',
      'camera=()',
      'payment "self"',
      'Camera',
      'payment self',
      'payment javascript:alert(1)',
      'payment https://flow.light.dev/path',
      'payment"><script>',
      'payment; <img>',
      'payment\u00a0camera',
    ]) {
      expect(parseFrameAllow(value), value).to.equal(null);
      expect(frameAllow(value), value).to.deep.equal({ allow: DEFAULT_FRAME_ALLOW, invalid: true });
    }
  });
});
