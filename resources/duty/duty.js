// Reports the phone's position while the page is open, if the officer allows it. Nothing else
// needs script: every button is a form carrying the CSRF token.
(function () {
  var status = document.getElementById('position-status');
  var csrf = document.body.getAttribute('data-csrf');
  if (!status || !csrf || !navigator.geolocation) return;
  var lastSent = 0;
  function send(position) {
    var now = Date.now();
    if (now - lastSent < 30000) return;
    lastSent = now;
    var body = new URLSearchParams();
    body.set('lat', position.coords.latitude);
    body.set('lon', position.coords.longitude);
    if (position.coords.accuracy) body.set('accuracy', position.coords.accuracy);
    if (position.coords.speed !== null) body.set('speed', position.coords.speed);
    if (position.coords.heading !== null) body.set('heading', position.coords.heading);
    body.set('timestamp', position.timestamp);
    fetch('/duty/position', {method: 'POST', credentials: 'same-origin',
                             headers: {'X-CSRF-Token': csrf}, body: body})
      .then(function (r) { return r.json(); })
      .then(function (answer) { status.textContent = answer.message; })
      .catch(function () { status.textContent = status.dataset.failed; });
  }
  navigator.geolocation.watchPosition(send, function () { status.textContent = status.dataset.denied; },
                                      {enableHighAccuracy: true, maximumAge: 15000, timeout: 60000});
})();
