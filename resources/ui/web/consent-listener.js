// BVA consent listener. Runs in an isolated JavaScript world (never the page's own world), so
// the page's scripts cannot see `qt`, the channel or the bridge. It forwards `message` events
// whose origin is exactly the marketplace site; BVA validates the payload again in C++.
(function () {
  'use strict';
  var EXPECTED_ORIGIN = __BVA_EXPECTED_ORIGIN__;
  if (window.top !== window || location.origin !== EXPECTED_ORIGIN) return;
  if (typeof qt === 'undefined' || !qt.webChannelTransport) return;

  // Where this document was created. A page script can rewrite location with history.pushState but
  // not this isolated world's copy: BVA takes a grant only from a document created on the consent page.
  var DOCUMENT_PATH = location.pathname;
  var bridge = null;
  var queue = [];
  var MAX_BYTES = 16384;

  function send(text) {
    if (bridge) bridge.receive(text, DOCUMENT_PATH); else if (queue.length < 8) queue.push(text);
  }

  new QWebChannel(qt.webChannelTransport, function (channel) {
    bridge = channel.objects.bvaConsentBridge;
    var pending = queue; queue = [];
    pending.forEach(function (t) { bridge.receive(t, DOCUMENT_PATH); });
  });

  window.addEventListener('message', function (event) {
    if (event.origin !== EXPECTED_ORIGIN) return;       // another site, an iframe, a sandbox: ignored
    if (event.source !== window) return;                // only the consent page itself
    var data = event.data;
    var text;
    if (typeof data === 'string') {
      text = data;                                      // some sites post JSON.stringify(msg)
    } else {
      if (data === null || typeof data !== 'object' || Array.isArray(data)) return;
      try { text = JSON.stringify(data); } catch (e) { return; }
    }
    if (typeof text !== 'string' || text.length > MAX_BYTES) return;
    send(text);
  }, false);
})();
