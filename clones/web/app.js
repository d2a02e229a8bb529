// The clone site's own pages. Every change goes to the clone API first and is then relayed to
// BVA from this browser with fetch(), as the public clones do (so BVA's CORS is exercised).
(function () {
  'use strict';
  var C = window.CLONE_CONFIG;
  var SESSION_KEY = C.flavor + '_clone_session';
  var COOKIE = C.flavor + '_clone_token';

  function $(id) { return document.getElementById(id); }
  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; }); }
  // Prices in the signed-in shop's currency (rupiah without decimals, as Indonesian shops show them).
  function peso(v) {
    var s = loadSession(), cur = (s && s.shop && s.shop.currency) || 'PHP', n = Number(v);
    if (cur === 'PHP') return '₱' + n.toLocaleString('en-PH', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    var d = cur === 'IDR' ? 0 : 2;
    return n.toLocaleString(cur === 'IDR' ? 'id-ID' : 'en-MY', { style: 'currency', currency: cur, minimumFractionDigits: d, maximumFractionDigits: d });
  }
  function toast(text) { var t = $('toast'); t.textContent = text; t.hidden = false; clearTimeout(toast.timer); toast.timer = setTimeout(function () { t.hidden = true; }, 3000); }

  function loadSession() {
    try { var s = JSON.parse(localStorage.getItem(SESSION_KEY) || 'null'); if (s && s.token) return s; } catch (e) {}
    var m = document.cookie.match(new RegExp('(?:^|; )' + COOKIE + '=([^;]*)'));
    return m ? { token: decodeURIComponent(m[1]) } : null;
  }
  function saveSession(s) {
    localStorage.setItem(SESSION_KEY, JSON.stringify(s));
    document.cookie = COOKIE + '=' + encodeURIComponent(s.token) + '; path=/; max-age=2592000; SameSite=Lax';
  }
  function clearSession() {
    localStorage.removeItem(SESSION_KEY);
    document.cookie = COOKIE + '=; path=/; max-age=0';
  }

  function api(method, path, body, token) {
    var headers = { 'Accept': 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (token) headers['Authorization'] = 'Bearer ' + token;
    return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) {
        return r.text().then(function (text) {
          var json = null;
          try { json = JSON.parse(text); } catch (e) {}
          return { status: r.status, ok: r.ok && json && json.success, json: json || {}, error: (json && (json.message || json.error)) || ('HTTP ' + r.status) };
        });
      });
  }

  // Relays the webhooks a write produced to BVA, from the browser.
  function relay(hooks, token) {
    var log = $('webhook-log');
    if (!hooks || !hooks.length) return Promise.resolve();
    if (!C.webhookUrl) {
      if (log) log.insertAdjacentHTML('afterbegin', '<li class="fail">BVA webhook URL not configured (start bva-clone with --webhook-url)</li>');
      return Promise.resolve();
    }
    var base = C.webhookUrl.replace(/\/+$/, '');
    var sends = [];
    hooks.forEach(function (h) {
      var copies = C.duplicateWebhooks ? 2 : 1;
      for (var i = 0; i < copies; ++i) {
        sends.push(fetch(base + h.path, {
          method: 'POST', mode: 'cors',
          headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + token },
          body: JSON.stringify(h.body)
        }).then(function (r) {
          if (log) log.insertAdjacentHTML('afterbegin', '<li>' + esc(h.path) + ' → ' + r.status + '</li>');
          return r.status;
        }, function (e) {
          if (log) log.insertAdjacentHTML('afterbegin', '<li class="fail">' + esc(h.path) + ' → failed (' + esc(e.message) + ')</li>');
          return 0;
        }));
      }
    });
    return Promise.all(sends);
  }

  function requireSession(page) {
    var s = loadSession();
    if (!s) { location.href = '/seller-login?redirect=' + encodeURIComponent(location.pathname); return null; }
    return s;
  }

  // A seller with several shops on one account switches between them in the header.
  function showWho(s) {
    if (!s || !s.user) return;
    var who = $('who');
    if (s.shops && s.shops.length > 1) {
      who.innerHTML = '<select id="shop-switch" class="shop-switch" aria-label="Shop">' + s.shops.map(function (x) {
        return '<option value="' + esc(x.id) + '"' + (s.shop && x.id === s.shop.id ? ' selected' : '') + '>' + esc(x.name) + '</option>';
      }).join('') + '</select> · ' + esc(s.user.email);
      $('shop-switch').onchange = function (e) {
        s.shop = shopIn(s.shops, e.target.value); saveSession(s); location.reload();
      };
    } else {
      who.textContent = (s.shop ? s.shop.name + ' · ' : '') + s.user.email;
    }
    var out = $('logout'); out.hidden = false;
    // Logging out on the consent page leads back to it, so another account can grant.
    var back = location.pathname === '/bva-integration-check' ? '?redirect=' + encodeURIComponent('/bva-integration-check') : '';
    out.onclick = function (e) { e.preventDefault(); clearSession(); location.href = '/seller-login' + back; };
  }

  function shopIn(shops, id) { for (var i = 0; i < shops.length; ++i) if (shops[i].id === id) return shops[i]; return null; }
  function shopsOf(d) { return (d.shops || []).map(function (x) { return { id: x.id, name: x.name, currency: x.currency || 'PHP' }; }); }

  // Completes a cookie-only or stale session from /api/auth/me; null when the token is no good.
  function refreshSession(s) {
    return api('GET', '/api/auth/me', undefined, s.token).then(function (r) {
      if (r.status === 401) { clearSession(); return { expired: true }; }
      if (!r.ok) return { error: r.error };
      var d = r.json.data;
      var shops = shopsOf(d);
      var shop = (s.shop && shopIn(shops, s.shop.id)) || shops[0] || null;
      var fresh = { token: s.token, user: { id: d.id, email: d.email, name: d.name }, shops: shops, shop: shop };
      saveSession(fresh);
      return { session: fresh };
    });
  }

  var pages = {};

  pages.home = function () { showWho(loadSession()); };

  pages.login = function () {
    $('demo-email').textContent = C.demoEmail;
    $('demo-password').textContent = C.demoPassword;
    var params = new URLSearchParams(location.search);
    $('login-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var err = $('login-error'); err.hidden = true;
      api('POST', '/api/auth/login', { email: $('email').value, password: $('password').value, platform: C.platform })
        .then(function (r) {
          if (!r.ok) { err.textContent = r.error; err.hidden = false; return; }
          var d = r.json.data;
          var shops = shopsOf(d);
          saveSession({ token: d.token, user: { id: d.user.id, email: d.user.email, name: d.user.name },
                        shops: shops, shop: shops[0] || null });
          var next = params.get('redirect') || '/seller/products';
          location.href = next.charAt(0) === '/' ? next : '/seller/products';
        }, function (e2) { err.textContent = e2.message; err.hidden = false; });
    });
  };

  pages.consent = function () {
    var P = C.messagePrefix;
    function post(msg) { window.parent.postMessage(msg, '*'); }
    function show(id) { ['consent-loading', 'consent-required', 'consent-ask', 'consent-done'].forEach(function (x) { $(x).hidden = x !== id; }); }
    function done(title) { $('consent-done-title').textContent = title; show('consent-done'); }
    function notLoggedIn() {
      if (C.flavor === 'lazada') { location.href = '/seller-login?redirect=' + encodeURIComponent('/bva-integration-check'); return; }
      show('consent-required');
      post({ type: P + '_AUTH_REQUIRED', message: 'Please log in to your seller account first.' });
    }
    function fail(text) {
      show(null); var e = $('consent-error'); e.textContent = text; e.hidden = false;
      if (C.flavor === 'shopee') post({ type: P + '_AUTH_ERROR', error: text });
    }
    var s = loadSession();
    if (!s) { notLoggedIn(); return; }
    refreshSession(s).then(function (r) {
      if (r.expired) { notLoggedIn(); return; }
      if (r.error) { fail(r.error); return; }
      var sess = r.session;
      showWho(sess);
      if (!sess.shop) { fail('No shop is linked to this seller account.'); return; }
      var chosen = sess.shop;
      $('consent-shop').textContent = chosen.name;
      $('consent-user').textContent = sess.user.email;
      // Several shops on this account: the seller picks the one BVA may read (one per grant).
      var picker = $('consent-shops');
      picker.hidden = sess.shops.length < 2;
      if (sess.shops.length > 1) {
        $('consent-shop-list').innerHTML = sess.shops.map(function (x) {
          return '<label class="shop-choice"><input type="radio" name="consent-shop" value="' + esc(x.id) + '"' +
            (x.id === chosen.id ? ' checked' : '') + '> ' + esc(x.name) + '</label>';
        }).join('');
        $('consent-shop-list').onchange = function (e) {
          chosen = shopIn(sess.shops, e.target.value) || chosen;
          $('consent-shop').textContent = chosen.name;
        };
      }
      show('consent-ask');
      // A grant of its own for BVA: the access token with its lifetime and a refresh token that
      // only BVA holds (this browser's session keeps its own).
      $('grant').onclick = function () {
        $('grant').disabled = true;
        api('POST', '/api/auth/grant', { shopId: chosen.id }, sess.token).then(function (r) {
          if (r.status === 401) { clearSession(); notLoggedIn(); return; }
          if (!r.ok) { fail(r.error); return; }
          var g = r.json.data;
          post({ type: P + '_AUTH_SUCCESS', shop: { id: chosen.id, name: chosen.name, currency: chosen.currency || 'PHP' },
                 user: { id: sess.user.id, email: sess.user.email, name: sess.user.name }, token: g.token,
                 refreshToken: g.refreshToken, expiresIn: g.expiresIn, expiresAt: g.expiresAt });
          done('Access granted');
        }, function (e) { fail(e.message || 'Network error'); });
      };
      $('deny').onclick = function () {
        if (C.flavor === 'shopee' && !C.deniedMessage) post({ type: P + '_AUTH_ERROR', error: 'User denied access' });
        else post({ type: P + '_AUTH_DENIED' });
        done('Access denied');
      };
    }, function (e) { fail(e.message || 'Network error'); });
  };

  pages.products = function () {
    var s = requireSession(); if (!s) return;
    var all = [];
    refreshSession(s).then(function (r) {
      if (!r.session) { location.href = '/seller-login?redirect=%2Fseller%2Fproducts'; return; }
      s = r.session; showWho(s); load();
    });
    function load() {
      api('GET', '/api/products/shop/' + encodeURIComponent(s.shop.id)).then(function (r) {
        if (!r.ok) { toast(r.error); return; }
        all = r.json.data; render();
      });
    }
    function render() {
      var q = ($('product-search').value || '').toLowerCase();
      var rows = all.filter(function (p) { return !q || p.name.toLowerCase().indexOf(q) >= 0 || (p.sku || '').toLowerCase().indexOf(q) >= 0; });
      $('product-count').textContent = '(' + all.length + ')';
      var now = Date.now();
      $('product-table').tBodies[0].innerHTML = rows.slice(0, 500).map(function (p) {
        var exp = p.expiryDate ? p.expiryDate.slice(0, 10) : '';
        var expired = p.expiryDate && Date.parse(p.expiryDate) < now;
        return '<tr data-id="' + esc(p.id) + '">' +
          '<td>' + (p.imageUrl ? '<img alt="" src="' + esc(p.imageUrl) + '">' : '') + '</td>' +
          '<td>' + esc(p.name) + '</td><td>' + esc(p.sku) + '</td><td>' + esc(p.category) + '</td>' +
          '<td class="num">' + peso(p.price) + '</td><td class="num">' + (p.cost == null ? '—' : peso(p.cost)) + '</td>' +
          '<td class="num"><button class="btn small dec" type="button">−</button> <input class="stock" type="number" min="0" value="' + Number(p.stock) + '"> <button class="btn small inc" type="button">+</button></td>' +
          '<td class="' + (expired ? 'expired' : '') + '">' + esc(exp) + '</td>' +
          '<td><button class="btn small edit" type="button">Edit</button> <button class="btn small danger delete" type="button">Delete</button></td></tr>';
      }).join('');
    }
    function byId(id) { for (var i = 0; i < all.length; ++i) if (all[i].id === id) return all[i]; return null; }
    function after(r) {
      if (!r.ok) { toast(r.error); return; }
      relay(r.json.webhooks, s.token);
      load();
    }
    $('product-search').addEventListener('input', render);
    $('product-table').addEventListener('click', function (e) {
      var tr = e.target.closest('tr'); if (!tr || !tr.dataset.id) return;
      var id = tr.dataset.id, p = byId(id);
      if (e.target.classList.contains('inc') || e.target.classList.contains('dec')) {
        api('PATCH', '/api/products/' + encodeURIComponent(id) + '/stock', { delta: e.target.classList.contains('inc') ? 1 : -1 }, s.token).then(after);
      } else if (e.target.classList.contains('delete')) {
        if (confirm('Delete ' + p.name + '?')) api('DELETE', '/api/products/' + encodeURIComponent(id), undefined, s.token).then(after);
      } else if (e.target.classList.contains('edit')) {
        $('p-id').value = p.id; $('p-name').value = p.name; $('p-sku').value = p.sku || '';
        $('p-category').value = p.category; $('p-price').value = p.price; $('p-cost').value = p.cost == null ? '' : p.cost;
        $('p-stock').value = p.stock; $('p-expiry').value = p.expiryDate ? p.expiryDate.slice(0, 10) : '';
        $('p-description').value = p.description || '';
        $('p-save').textContent = 'Save changes'; $('p-cancel').hidden = false; window.scrollTo(0, 0);
      }
    });
    $('product-table').addEventListener('change', function (e) {
      if (!e.target.classList.contains('stock')) return;
      var id = e.target.closest('tr').dataset.id;
      api('PATCH', '/api/products/' + encodeURIComponent(id) + '/stock', { stock: Number(e.target.value) }, s.token).then(after);
    });
    function resetForm() { $('product-form').reset(); $('p-id').value = ''; $('p-save').textContent = 'Add product'; $('p-cancel').hidden = true; }
    $('p-cancel').onclick = resetForm;
    $('product-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var body = { name: $('p-name').value, sku: $('p-sku').value, category: $('p-category').value,
                   price: Number($('p-price').value), cost: $('p-cost').value === '' ? null : Number($('p-cost').value),
                   stock: Number($('p-stock').value), description: $('p-description').value,
                   expiryDate: $('p-expiry').value || null, shopId: s.shop.id };
      var id = $('p-id').value;
      (id ? api('PUT', '/api/products/' + encodeURIComponent(id), body, s.token) : api('POST', '/api/products', body, s.token))
        .then(function (r) { after(r); if (r.ok) { resetForm(); toast(id ? 'Product saved' : 'Product added'); } });
    });
  };

  pages.orders = function () {
    var s = requireSession(); if (!s) return;
    var page = 1, pageSize = 50, total = 0;
    var statuses = C.statuses;
    $('order-filter').insertAdjacentHTML('beforeend', statuses.map(function (x) { return '<option>' + esc(x) + '</option>'; }).join(''));
    refreshSession(s).then(function (r) {
      if (!r.session) { location.href = '/seller-login?redirect=%2Fseller%2Forders'; return; }
      s = r.session; showWho(s); load();
    });
    function load() {
      var q = '?page=' + page + '&pageSize=' + pageSize + ($('order-filter').value ? '&status=' + encodeURIComponent($('order-filter').value) : '');
      api('GET', '/api/orders/seller/' + encodeURIComponent(s.shop.id) + q, undefined, s.token).then(function (r) {
        if (!r.ok) { toast(r.error); return; }
        total = r.json.pagination ? r.json.pagination.total : r.json.data.length;
        $('order-count').textContent = '(' + total + ')';
        $('order-page').textContent = page + ' / ' + Math.max(1, Math.ceil(total / pageSize));
        $('order-table').tBodies[0].innerHTML = r.json.data.map(function (o) {
          var options = statuses.map(function (x) { return '<option' + (x === o.status ? ' selected' : '') + '>' + esc(x) + '</option>'; }).join('');
          return '<tr data-id="' + esc(o.id) + '"><td title="' + esc(o.id) + '">' + esc(o.id.slice(-8)) + '</td>' +
            '<td>' + esc(new Date(o.createdAt).toLocaleString('en-PH')) + '</td><td>' + esc(o.customerName) + '</td>' +
            '<td>' + o.items.map(function (i) { return esc((i.productName || i.productId) + ' × ' + i.quantity); }).join('<br>') + '</td>' +
            '<td class="num">' + peso(o.total) + '</td><td><span class="status">' + esc(o.status) + '</span></td>' +
            '<td><select class="status-select">' + options + '</select></td></tr>';
        }).join('');
      });
    }
    $('order-filter').onchange = function () { page = 1; load(); };
    $('order-prev').onclick = function () { if (page > 1) { --page; load(); } };
    $('order-next').onclick = function () { if (page * pageSize < total) { ++page; load(); } };
    $('order-table').addEventListener('change', function (e) {
      if (!e.target.classList.contains('status-select')) return;
      var id = e.target.closest('tr').dataset.id;
      api('PATCH', '/api/orders/' + encodeURIComponent(id) + '/status', { status: e.target.value }, s.token).then(function (r) {
        if (!r.ok) { toast(r.error); return; }
        relay(r.json.webhooks, s.token); toast('Order moved to ' + e.target.value); load();
      });
    });
  };

  pages.shop = function () {
    showWho(loadSession());
    var shopId = new URLSearchParams(location.search).get('shop') || C.mainShopId;
    var products = [], cart = {};
    $('shop-title').textContent = C.mainShopName;
    function load() {
      api('GET', '/api/products/shop/' + encodeURIComponent(shopId)).then(function (r) {
        if (!r.ok) { toast(r.error); return; }
        products = r.json.data;
        $('shop-products').innerHTML = products.slice(0, 200).map(function (p) {
          return '<div class="tile" data-id="' + esc(p.id) + '">' + (p.imageUrl ? '<img alt="" src="' + esc(p.imageUrl) + '">' : '') +
            '<div>' + esc(p.name) + '</div><div class="price">' + peso(p.price) + '</div><div class="muted">' + Number(p.stock) + ' in stock</div>' +
            '<button class="btn small add" type="button"' + (Number(p.stock) > 0 ? '' : ' disabled') + '>Add to cart</button></div>';
        }).join('');
      });
    }
    function renderCart() {
      var total = 0;
      $('cart').innerHTML = Object.keys(cart).map(function (id) {
        var p = products.filter(function (x) { return x.id === id; })[0];
        total += Number(p.price) * cart[id];
        return '<li><span>' + esc(p.name) + ' × ' + cart[id] + '</span><span>' + peso(Number(p.price) * cart[id]) + '</span></li>';
      }).join('');
      $('cart-total').textContent = peso(total);
    }
    $('shop-products').addEventListener('click', function (e) {
      if (!e.target.classList.contains('add')) return;
      var id = e.target.closest('.tile').dataset.id; cart[id] = (cart[id] || 0) + 1; renderCart();
    });
    $('checkout').onclick = function () {
      var items = Object.keys(cart).map(function (id) { return { productId: id, quantity: cart[id] }; });
      if (!items.length) { toast('Your cart is empty'); return; }
      api('POST', '/api/orders', { shopId: shopId, items: items, customerName: $('buyer-name').value,
                                   customerEmail: $('buyer-email').value, paymentMethod: $('buyer-payment').value })
        .then(function (r) {
          if (!r.ok) { $('checkout-result').textContent = r.error; return; }
          $('checkout-result').textContent = 'Order placed: ' + r.json.data.id;
          cart = {}; renderCart(); load();
          relay(r.json.webhooks, r.json.webhookToken);
        });
    };
    load();
  };

  window.CloneSite = {
    start: function (page) { if (pages[page]) pages[page](); },
    session: loadSession,
    relay: relay
  };
})();
