// The phone flow's script, served at PhoneFlow::ScriptPath: the pages' policy runs no inline script.
#include "sandbox/phoneflow.h"

namespace Xident::Sandbox {

namespace {

// One step on screen at a time; a photo (taken or simulated) is shown from a blob: URL made on the phone and is
// never read, sent or stored. Without the script the steps stack up and the form still posts.
constexpr auto Script = R"js('use strict';
document.documentElement.classList.add('js');

(function () {
  function byId(id) { return document.getElementById(id); }

  function show(step) {
    document.querySelectorAll('[data-step]').forEach(function (section) {
      section.classList.toggle('current', section.getAttribute('data-step') === step);
    });
    document.body.setAttribute('data-step', step);
    window.scrollTo(0, 0);
    var title = document.querySelector('[data-step="' + step + '"] h1');
    if (title)
      title.focus({ preventScroll: true });
  }

  function reset(kind) {
    var thumb = byId(kind + '-thumb');
    var old = thumb.getAttribute('src');
    if (old && old.indexOf('blob:') === 0)
      URL.revokeObjectURL(old);
    thumb.removeAttribute('src');
    thumb.hidden = true;
    byId(kind + '-input').value = '';
    byId(kind + '-step').classList.remove('captured');
  }

  function preview(kind, blob) {
    reset(kind);
    var thumb = byId(kind + '-thumb');
    thumb.onerror = function () { reset(kind); };
    thumb.src = URL.createObjectURL(blob);
    thumb.hidden = false;
    byId(kind + '-step').classList.add('captured');
  }

  function pill(g, x, y, w, h, r) {
    g.beginPath();
    g.moveTo(x + r, y);
    g.arcTo(x + w, y, x + w, y + h, r);
    g.arcTo(x + w, y + h, x, y + h, r);
    g.arcTo(x, y + h, x, y, r);
    g.arcTo(x, y, x + w, y, r);
    g.closePath();
    g.fill();
  }

  function person(g, cx, top, scale, shirt) {
    g.fillStyle = shirt;
    g.beginPath();
    g.ellipse(cx, top + 330 * scale, 190 * scale, 130 * scale, 0, Math.PI, 0);
    g.fill();
    g.fillStyle = '#4b3526';
    g.beginPath();
    g.ellipse(cx, top + 96 * scale, 94 * scale, 100 * scale, 0, 0, 2 * Math.PI);
    g.fill();
    g.fillStyle = '#e0b08c';
    pill(g, cx - 38 * scale, top + 150 * scale, 76 * scale, 80 * scale, 20 * scale);
    g.beginPath();
    g.ellipse(cx, top + 128 * scale, 80 * scale, 98 * scale, 0, 0, 2 * Math.PI);
    g.fill();
    g.fillStyle = '#4b3526';
    g.beginPath();
    g.ellipse(cx, top + 62 * scale, 84 * scale, 44 * scale, 0, Math.PI, 0);
    g.fill();
  }

  // A stand-in picture for "Simulate", drawn here: there is no camera in a demo on a laptop or in a test.
  function sample(kind) {
    var card = kind === 'id';
    var canvas = document.createElement('canvas');
    canvas.width = card ? 640 : 600;
    canvas.height = card ? 400 : 640;
    var g = canvas.getContext('2d');
    if (card) {
      g.fillStyle = '#eef3fb';
      pill(g, 0, 0, 640, 400, 28);
      g.fillStyle = '#2352d1';
      g.fillRect(0, 0, 640, 64);
      g.fillStyle = '#c9d6ea';
      pill(g, 40, 96, 170, 220, 12);
      g.save();
      g.beginPath();
      g.rect(40, 96, 170, 220);
      g.clip();
      person(g, 125, 120, 0.55, '#30425e');
      g.restore();
      g.fillStyle = '#9aa8bd';
      [[250, 120, 300], [250, 160, 220], [250, 200, 260], [250, 240, 180], [40, 344, 560]].forEach(function (l) {
        pill(g, l[0], l[1], l[2], 18, 9);
      });
    } else {
      var sky = g.createLinearGradient(0, 0, 0, 640);
      sky.addColorStop(0, '#d5e0f0');
      sky.addColorStop(1, '#93a7c6');
      g.fillStyle = sky;
      g.fillRect(0, 0, 600, 640);
      person(g, 300, 170, 1, '#30425e');
    }
    return new Promise(function (done) { canvas.toBlob(done, 'image/png'); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    ['selfie', 'id'].forEach(function (kind) {
      var input = byId(kind + '-input');
      input.addEventListener('change', function () {
        if (input.files && input.files.length)
          preview(kind, input.files[0]);
      });
    });

    document.addEventListener('click', function (event) {
      var target = event.target.closest('[data-go], [data-simulate], [data-retake]');
      if (!target)
        return;
      if (target.hasAttribute('data-go'))
        show(target.getAttribute('data-go'));
      else if (target.hasAttribute('data-retake'))
        reset(target.getAttribute('data-retake'));
      else
        sample(target.getAttribute('data-simulate')).then(function (blob) {
          preview(target.getAttribute('data-simulate'), blob);
        });
    });

    // The check shows for a moment before the post, as it would while photos were being compared.
    var form = byId('finish-form');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (form.getAttribute('data-sent'))
        return;
      form.setAttribute('data-sent', '1');
      var demo = byId('demo-outcome');
      if (demo) {
        byId('outcome').value = demo.value === 'pass' ? 'pass' : 'fail';
        byId('reason').value = demo.value === 'pass' ? '' : demo.value;
      }
      show('processing');
      window.setTimeout(function () { form.submit(); }, 1600);
    });
  });
})();
)js";

} // namespace

HttpReply PhoneFlow::script()
{
    HttpReply r;
    r.contentType = "text/javascript; charset=utf-8";
    r.body = QByteArray(Script);
    r.headers.append(qMakePair(QByteArray("X-Content-Type-Options"), QByteArray("nosniff")));
    r.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-cache")));
    return r;
}

} // namespace Xident::Sandbox
